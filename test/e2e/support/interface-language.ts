// The interface in a language other than English, as the browser tests check it: the messages of each
// language, the copy's labels in it, and the English left on screen (none may be). The popup is opened
// on an English article, so the article's text is English by right: it carries the article's `lang`,
// and everything under such an element is left out of the check.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { FormatLabels } from '../../../src/format/format-summary';

/** Every interface language besides English, as the browser is asked for it: Chromium's --lang, and
 *  Firefox's requested locale, which needs Debian's language pack (firefox-esr-l10n-<pack>). */
export const INTERFACE_LANGUAGES = [
  { lang: 'de', firefox: 'de' },
  { lang: 'fr', firefox: 'fr' },
  { lang: 'es', firefox: 'es-ES' },
  { lang: 'it', firefox: 'it' },
  { lang: 'nl', firefox: 'nl' },
] as const;

type MessageFile = Record<string, { message: string }>;
const load = (lang: string) => JSON.parse(readFileSync(`_locales/${lang}/messages.json`, 'utf8')) as MessageFile;

/** A language's messages, by key. */
export function messagesOf(lang: string): (key: string) => string {
  const file = load(lang);
  return (key) => {
    if (!file[key]) throw new Error(`_locales/${lang} has no ${key}`);
    return file[key].message;
  };
}

/** A message with its $NAME$ placeholders filled in order, as the browser fills $1, $2. */
export function filled(message: string, ...values: string[]): string {
  let i = 0;
  return message.replace(/\$[A-Za-z_]+\$/g, () => values[i++] ?? '');
}

/** The copy's headings and placeholders in a language (what src/shared/i18n.ts formatLabels() reads). */
export function formatLabelsOf(lang: string): FormatLabels {
  const m = messagesOf(lang);
  return {
    summary: m('summaryHeading'), actors: m('actorsHeading'), quotes: m('quotesHeading'),
    noHeadline: m('fmtNoHeadline'), noSummary: m('fmtNoSummary'), noActors: m('fmtNoActors'), noQuotes: m('fmtNoQuotes'),
    kinds: { person: m('kindPerson'), organization: m('kindOrganization'), place: m('kindPlace') },
  };
}

const normal = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The English messages found in a page of the extension (its whole HTML) shown in `lang`: each element's
 * own text, its title, aria-label and alt, and the document's title, compared with every English message
 * the language writes differently (a $PLACEHOLDER$ stands for any text). Longer English messages (two
 * words or more) are looked for inside the page's text too. The elements carrying a `lang` (the
 * article's text) are left out. Returns what was found, as "English message key: text".
 */
export function englishLeft(html: string, lang: string): string[] {
  const en = load('en');
  const target = load(lang);
  const { document } = new JSDOM(`<!doctype html>${html}`).window;
  for (const el of [...document.body.querySelectorAll('[lang]')]) el.remove();
  const texts = [
    normal(document.title),
    ...[...document.body.querySelectorAll('*')].flatMap((el) => [
      normal(el.textContent),
      ...['title', 'aria-label', 'alt', 'placeholder'].map((a) => normal(el.getAttribute(a))),
    ]),
  ].filter(Boolean);
  const whole = texts.join(' \u241E ');
  const found: string[] = [];
  for (const [key, { message }] of Object.entries(en)) {
    if (key === 'uiLocale' || target[key]?.message === message) continue;
    const pattern = new RegExp(`^${message.split(/\$[A-Za-z_]+\$/).map(escapeRegExp).join('.+')}$`);
    const hit = texts.find((t) => pattern.test(t))
      ?? (!message.includes('$') && message.includes(' ') && whole.includes(message) ? message : undefined);
    if (hit) found.push(`${key}: ${hit}`);
  }
  return found;
}
