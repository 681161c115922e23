// The interface in every language Lede reads (English, German, French, Spanish, Italian, Dutch): each
// message file has exactly the keys of English, the same placeholders, each used in its text, and no
// message left in English; every key the code asks for exists, and the manifest's __MSG_ names resolve.
// A missing message would otherwise show the English one (or the key) in the middle of a French popup.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(new URL('.', import.meta.url).pathname, '..', '..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) => JSON.parse(readFileSync(join(root, '_locales', lang, 'messages.json'), 'utf8')) as Messages;
const en = load('en');
const LANGUAGES = ['de', 'fr', 'es', 'it', 'nl'] as const;
const locales = Object.fromEntries(LANGUAGES.map((lang) => [lang, load(lang)])) as Record<(typeof LANGUAGES)[number], Messages>;

/** Messages that are the same word in English and in the language: names, formats, words spelt alike
 *  ("organisation" and "navigation" are French too), loanwords the language itself uses (Italian and
 *  Dutch say "Privacy"), and "In Chromium:", which is German, Italian and Dutch as well. */
const SAME_AS_ENGLISH: Record<(typeof LANGUAGES)[number], string[]> = {
  de: ['copyFormatMarkdown', 'shortcutHintChromium'],
  fr: ['copyFormatMarkdown', 'kindOrganization', 'noiseNavigation'],
  es: ['copyFormatMarkdown'],
  it: ['copyFormatMarkdown', 'privacyHeading', 'shortcutHintChromium'],
  nl: ['copyFormatMarkdown', 'privacyHeading', 'shortcutHintChromium'],
};

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = join(dir, name);
    return statSync(join(root, rel)).isDirectory() ? files(rel) : /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}
const code = [...files('popup'), ...files('src/shared'), ...files('src/background')].map((f) => readFileSync(join(root, f), 'utf8')).join('\n');

it('every language Lede reads has its folder in _locales, and no other', () => {
  expect(readdirSync(join(root, '_locales')).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl']);
});

// What ships: dist/ (which `npm test` builds first, and `npm run pack` zips as it is) carries every
// language's messages as written.
describe.skipIf(!existsSync(join(root, 'dist', 'manifest.json')))('dist/_locales', () => {
  it.each(['en', ...LANGUAGES])('%s ships', (lang) => {
    expect(readFileSync(join(root, 'dist', '_locales', lang, 'messages.json'), 'utf8')).toBe(readFileSync(join(root, '_locales', lang, 'messages.json'), 'utf8'));
  });
});

describe.each(LANGUAGES)('_locales/%s', (lang) => {
  const messages = locales[lang];
  it('has every English message, and no other', () => expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort()));
  it.each(Object.keys(en))('%s: the placeholders of English, each used in the text', (key) => {
    const m = messages[key];
    expect(m, `${lang} has ${key}`).toBeDefined();
    expect(Object.keys(m.placeholders ?? {}).sort(), key).toEqual(Object.keys(en[key].placeholders ?? {}).sort());
    for (const [name, p] of Object.entries(m.placeholders ?? {})) {
      expect(p.content, `${lang} ${key} $${name}$`).toBe(en[key].placeholders![name].content);
      expect(m.message.toLowerCase(), `${lang} ${key}`).toContain(`$${name}$`);
    }
    // A $word$ the file does not declare would be shown as it is, or blank.
    for (const used of m.message.matchAll(/\$([A-Za-z_]+)\$/g)) expect(Object.keys(m.placeholders ?? {}), `${lang} ${key}`).toContain(used[1].toLowerCase());
    expect(m.message.trim(), `${lang} ${key} is not empty`).not.toBe('');
  });
  it('names its own language (uiLocale), which dates, counts and the popup’s lang follow', () => expect(messages.uiLocale.message).toBe(lang));
  it('is its language, not a copy of English (beyond names and formats)', () => {
    const same = Object.keys(en).filter((k) => en[k].message === messages[k].message);
    expect(same.sort()).toEqual(SAME_AS_ENGLISH[lang]);
  });
});

describe('English', () => {
  it.each(Object.keys(en))('%s: each placeholder used in the text', (key) => {
    for (const name of Object.keys(en[key].placeholders ?? {})) expect(en[key].message.toLowerCase()).toContain(`$${name}$`);
  });
  it('names its own language', () => expect(en.uiLocale.message).toBe('en'));
});

// The stores cut or refuse longer ones: addons.mozilla.org's linter and the Edge store take a name of
// at most 45 characters, the Chrome Web Store a description of at most 132.
describe.each(['en', ...LANGUAGES])('the store listing in %s', (lang) => {
  const messages = lang === 'en' ? en : locales[lang as (typeof LANGUAGES)[number]];
  it('a name of at most 45 characters, starting with the brand', () => {
    expect(messages.extName.message.length).toBeLessThanOrEqual(45);
    expect(messages.extName.message.startsWith('Lede – ')).toBe(true);
  });
  it('a description of at most 132 characters', () => expect(messages.extDescription.message.length).toBeLessThanOrEqual(132));
});

describe('every message the code and the manifest use exists', () => {
  const used = new Set([...code.matchAll(/\bt\(\s*'([A-Za-z]+)'/g)].map((m) => m[1]));
  // Keys passed through tables (LENGTH_LABEL and the like) are quoted values ending the table's entries.
  for (const m of code.matchAll(/:\s*'([a-z][A-Za-z]+)'\s*[,}]/g)) if (m[1] in en) used.add(m[1]);
  const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');
  for (const m of manifest.matchAll(/__MSG_(\w+)__/g)) used.add(m[1]);
  it('finds the keys in the code', () => expect(used.size).toBeGreaterThan(40));
  for (const key of used) it(key, () => expect(en[key], `_locales/en has ${key}`).toBeDefined());
});
