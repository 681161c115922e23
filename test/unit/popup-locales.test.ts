// The interface in English and German: both message files have the same keys and placeholders, every
// key the code asks for exists, and the manifest's __MSG_ names resolve. A missing German message would
// otherwise show the English one (or the key) in the middle of a German popup.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(new URL('.', import.meta.url).pathname, '..', '..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) => JSON.parse(readFileSync(join(root, '_locales', lang, 'messages.json'), 'utf8')) as Messages;
const en = load('en');
const de = load('de');

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = join(dir, name);
    return statSync(join(root, rel)).isDirectory() ? files(rel) : /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}
const code = [...files('popup'), ...files('src/shared'), ...files('src/background')].map((f) => readFileSync(join(root, f), 'utf8')).join('\n');

describe('_locales', () => {
  it('German has every English message, and no other', () => expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort()));
  for (const key of Object.keys(en)) {
    it(`${key}: same placeholders in both languages, each used in the text`, () => {
      expect(Object.keys(de[key].placeholders ?? {}), key).toEqual(Object.keys(en[key].placeholders ?? {}));
      for (const [lang, m] of [['en', en[key]], ['de', de[key]]] as const) {
        for (const name of Object.keys(m.placeholders ?? {})) expect(m.message.toLowerCase(), `${lang} ${key}`).toContain(`$${name}$`);
        expect(m.message.trim(), `${lang} ${key} is not empty`).not.toBe('');
      }
    });
  }
  it('names its own language (uiLocale), which dates and the popup’s lang follow', () => {
    expect(en.uiLocale.message).toBe('en');
    expect(de.uiLocale.message).toBe('de');
  });
  it('German is German, not a copy of English (beyond names and formats)', () => {
    const same = Object.keys(en).filter((k) => en[k].message === de[k].message);
    expect(same.sort()).toEqual(['copyFormatMarkdown', 'shortcutHintChromium']);
  });
});

// The stores cut or refuse longer ones: addons.mozilla.org's linter and the Edge store take a name of
// at most 45 characters, the Chrome Web Store a description of at most 132.
describe.each([['en', en], ['de', de]] as const)('the store listing in %s', (_lang, messages) => {
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
