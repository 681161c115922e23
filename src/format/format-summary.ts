// What the copy button writes and the CLI prints: the summary as Markdown or plain text, with
// everything the popup shows (kicker, headline, deck, site/byline/date, source link, summary, actors
// with roles, quotes with speakers). Page text is escaped for Markdown so a headline like
// "*click* [here](javascript:…)" stays text, and only http(s) addresses are ever written as links.
import type { Actor, Summary } from '../analysis/types';
import { isoDay } from './format-date';

/** The address when it is http(s), else null: nothing else is shown or copied as a link. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Backslash-escapes what Markdown would read as markup, and line starts it would read as blocks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/([\\`*_{}[\]()<>#+!|~])/g, '\\$1')
    .replace(/^(\s*)([-=]{3,}|\d+\.|-\s)/, '$1\\$2');
}

const KIND = { person: 'person', organization: 'organisation', place: 'place' } as const;

function actorLine(a: Actor, md: boolean, esc: (t: string) => string): string {
  const name = md ? `**${esc(a.name)}**` : a.name;
  const detail = a.role ? ` — ${esc(a.role)}` : ` (${KIND[a.kind] ?? a.kind})`;
  return `- ${name}${detail}`;
}

function lines(s: Summary, md: boolean): string[] {
  const esc = md ? escapeMarkdown : (t: string) => t;
  const out: string[] = [];
  if (s.kicker) out.push(md ? `**${esc(s.kicker)}**` : s.kicker, '');
  const headline = s.headline ?? '(no headline)';
  out.push(md ? `# ${esc(headline)}` : headline);
  if (s.deck) out.push('', md ? `*${esc(s.deck)}*` : s.deck);

  const credits = [s.site, s.byline, isoDay(s.published)].filter((x): x is string => !!x).map(esc);
  const url = safeUrl(s.url);
  if (url) credits.push(md ? `<${url}>` : url);
  if (credits.length) out.push('', credits.join(' · '));

  out.push('', md ? '## Summary' : 'Summary', '');
  out.push(s.summary.length ? s.summary.map(esc).join(' ') : '(no summary)');

  out.push('', md ? '## Key actors' : 'Key actors', '');
  if (s.actors.length) for (const a of s.actors) out.push(actorLine(a, md, esc));
  else out.push('(none found)');

  out.push('', md ? '## Quotes' : 'Quotes', '');
  if (!s.quotes.length) out.push('(no direct quotes)');
  s.quotes.forEach((q, i) => {
    if (i > 0) out.push('');
    const said = q.speaker ? ` — ${esc(q.speaker)}` : '';
    out.push(md ? `> “${esc(q.text)}”${said}` : `“${q.text}”${said}`);
  });
  return out;
}

export const toMarkdown = (s: Summary) => `${lines(s, true).join('\n')}\n`;
export const toPlainText = (s: Summary) => `${lines(s, false).join('\n')}\n`;
