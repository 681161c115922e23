// What the copy button writes and the CLI prints: the summary as Markdown or plain text.
// Page text is escaped for Markdown so a headline like "*click* [here](javascript:…)" stays text.
import type { Summary } from '../analysis/types';

/** Only http(s) addresses are ever written out as links; anything else is dropped. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()<>#+!|~])/g, '\\$1').replace(/^(\s*)([-=]{3,}|\d+\.)/gm, '$1\\$2');
}

function lines(s: Summary, md: boolean): string[] {
  const esc = md ? escapeMarkdown : (t: string) => t;
  const out: string[] = [];
  const title = [s.kicker ? `${s.kicker}: ` : '', s.headline ?? '(no headline)'].join('');
  out.push(md ? `# ${esc(title)}` : title);
  if (s.deck) out.push('', md ? `*${esc(s.deck)}*` : s.deck);
  const source = [s.site, s.byline, s.published?.slice(0, 10)].filter(Boolean).join(' · ');
  const url = safeUrl(s.url);
  if (source || url) {
    out.push('');
    if (md && url) out.push(`${esc(source || url)} — <${url}>`);
    else out.push([source, url].filter(Boolean).join(' — '));
  }
  if (s.summary.length) out.push('', md ? '## Summary' : 'Summary', '', s.summary.map(esc).join(' '));
  if (s.actors.length) {
    out.push('', md ? '## Key actors' : 'Key actors', '');
    for (const a of s.actors) out.push(`- ${md ? `**${esc(a.name)}**` : a.name}${a.role ? ` (${esc(a.role)})` : ''}`);
  }
  if (s.quotes.length) {
    out.push('', md ? '## Quotes' : 'Quotes', '');
    for (const q of s.quotes) out.push(`${md ? '> ' : ''}“${esc(q.text)}”${q.speaker ? ` — ${esc(q.speaker)}` : ''}`, ...(md ? [''] : []));
    if (md) out.pop();
  }
  return out;
}

export const toMarkdown = (s: Summary) => `${lines(s, true).join('\n')}\n`;
export const toPlainText = (s: Summary) => `${lines(s, false).join('\n')}\n`;
