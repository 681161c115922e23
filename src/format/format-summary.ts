// What the copy button writes and the CLI prints: the summary as Markdown, plain text or HTML, with
// everything the popup shows (kicker, headline, deck, site/byline/date, source link, summary, actors
// with roles, quotes with speakers), minus the sections the reader switched off. Page text is escaped
// for the target format so a headline like "*click* [here](javascript:…)" or "<img onerror=…>" stays
// text, and only http(s) addresses are ever written as links. The HTML is built from escaped text,
// never from the page's markup.
import type { Actor, Summary } from '../analysis/types';
import type { SectionName } from '../shared/settings';
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

/** Text as HTML text or attribute value: the five characters HTML gives a meaning, as references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The words the output is written with: English by default (the CLI), the interface's language in the popup. */
export interface FormatLabels {
  summary: string; actors: string; quotes: string;
  noHeadline: string; noSummary: string; noActors: string; noQuotes: string;
  kinds: Record<Actor['kind'], string>;
}

export const ENGLISH_LABELS: FormatLabels = {
  summary: 'Summary', actors: 'Key actors', quotes: 'Quotes',
  noHeadline: '(no headline)', noSummary: '(no summary)', noActors: '(none found)', noQuotes: '(no direct quotes)',
  kinds: { person: 'person', organization: 'organisation', place: 'place' },
};

export interface FormatOptions {
  /** Sections switched off are left out; missing means shown. The removed noise is never written. */
  sections?: Partial<Record<SectionName, boolean>>;
  labels?: FormatLabels;
}

type Style = 'md' | 'text';

function actorLine(a: Actor, style: Style, esc: (t: string) => string, labels: FormatLabels): string {
  const name = style === 'md' ? `**${esc(a.name)}**` : a.name;
  const detail = a.role ? ` — ${esc(a.role)}` : ` (${labels.kinds[a.kind] ?? a.kind})`;
  return `- ${name}${detail}`;
}

function lines(s: Summary, style: Style, options: FormatOptions): string[] {
  const md = style === 'md';
  const labels = options.labels ?? ENGLISH_LABELS;
  const shown = (name: SectionName) => options.sections?.[name] !== false;
  const esc = md ? escapeMarkdown : (t: string) => t;
  const out: string[] = [];
  if (s.kicker) out.push(md ? `**${esc(s.kicker)}**` : s.kicker, '');
  const headline = s.headline ?? labels.noHeadline;
  out.push(md ? `# ${esc(headline)}` : headline);
  if (s.deck) out.push('', md ? `*${esc(s.deck)}*` : s.deck);

  const credits = [s.site, s.byline, isoDay(s.published)].filter((x): x is string => !!x).map(esc);
  const url = safeUrl(s.url);
  if (url) credits.push(md ? `<${url}>` : url);
  if (credits.length) out.push('', credits.join(' · '));

  if (shown('summary')) {
    out.push('', md ? `## ${labels.summary}` : labels.summary, '');
    out.push(s.summary.length ? s.summary.map(esc).join(' ') : labels.noSummary);
  }
  if (shown('actors')) {
    out.push('', md ? `## ${labels.actors}` : labels.actors, '');
    if (s.actors.length) for (const a of s.actors) out.push(actorLine(a, style, esc, labels));
    else out.push(labels.noActors);
  }
  if (shown('quotes')) {
    out.push('', md ? `## ${labels.quotes}` : labels.quotes, '');
    if (!s.quotes.length) out.push(labels.noQuotes);
    s.quotes.forEach((q, i) => {
      if (i > 0) out.push('');
      const said = q.speaker ? ` — ${esc(q.speaker)}` : '';
      out.push(md ? `> “${esc(q.text)}”${said}` : `“${q.text}”${said}`);
    });
  }
  return out;
}

export const toMarkdown = (s: Summary, options: FormatOptions = {}) => `${lines(s, 'md', options).join('\n')}\n`;
export const toPlainText = (s: Summary, options: FormatOptions = {}) => `${lines(s, 'text', options).join('\n')}\n`;

/** The same content as HTML for rich-text editors: every piece of page text escaped, links http(s) only. */
export function toHtml(s: Summary, options: FormatOptions = {}): string {
  const labels = options.labels ?? ENGLISH_LABELS;
  const shown = (name: SectionName) => options.sections?.[name] !== false;
  const e = escapeHtml;
  const out: string[] = [];
  if (s.kicker) out.push(`<p><strong>${e(s.kicker)}</strong></p>`);
  out.push(`<h1>${e(s.headline ?? labels.noHeadline)}</h1>`);
  if (s.deck) out.push(`<p><em>${e(s.deck)}</em></p>`);
  const credits = [s.site, s.byline, isoDay(s.published)].filter((x): x is string => !!x).map(e);
  const url = safeUrl(s.url);
  if (url) credits.push(`<a href="${e(url)}">${e(url)}</a>`);
  if (credits.length) out.push(`<p>${credits.join(' · ')}</p>`);
  if (shown('summary')) {
    out.push(`<h2>${e(labels.summary)}</h2>`, `<p>${s.summary.length ? e(s.summary.join(' ')) : e(labels.noSummary)}</p>`);
  }
  if (shown('actors')) {
    out.push(`<h2>${e(labels.actors)}</h2>`);
    out.push(s.actors.length
      ? `<ul>${s.actors.map((a) => `<li><strong>${e(a.name)}</strong>${a.role ? ` — ${e(a.role)}` : ` (${e(labels.kinds[a.kind] ?? a.kind)})`}</li>`).join('')}</ul>`
      : `<p>${e(labels.noActors)}</p>`);
  }
  if (shown('quotes')) {
    out.push(`<h2>${e(labels.quotes)}</h2>`);
    if (!s.quotes.length) out.push(`<p>${e(labels.noQuotes)}</p>`);
    for (const q of s.quotes) out.push(`<blockquote><p>“${e(q.text)}”</p>${q.speaker ? `<p>— ${e(q.speaker)}</p>` : ''}</blockquote>`);
  }
  return out.join('\n');
}
