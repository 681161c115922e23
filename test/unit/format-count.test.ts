// Counts in the interface language: the digits as Intl writes them there, and the singular or plural
// of a counted message as the language's plural rules pick it. The popup's "n more not shown" line is
// built here the way the browser builds it (the message's $COUNT$ replaced by the written count).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countForm, formatCount, formatPercent, type CountForm } from '../../src/format/format-count';

const root = join(new URL('.', import.meta.url).pathname, '..', '..');
const message = (lang: string, key: string) =>
  (JSON.parse(readFileSync(join(root, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>)[key].message;
const MORE: Record<CountForm, string> = { one: 'moreActorsOne', other: 'moreActorsOther' };
/** What the popup shows under the actors when `n` more were found than it shows. */
const moreLine = (lang: string, n: number) => message(lang, MORE[countForm(n, lang)]).replace(/\$COUNT\$/i, formatCount(n, lang));

describe('countForm', () => {
  it.each([
    ['en', 1, 'one'], ['en', 2, 'other'], ['en', 0, 'other'],
    ['de', 1, 'one'], ['de', 6, 'other'],
    ['fr', 1, 'one'], ['fr', 0, 'one'], ['fr', 2, 'other'],
    ['es', 1, 'one'], ['it', 1, 'one'], ['it', 11, 'other'], ['nl', 1, 'one'], ['nl', 21, 'other'],
  ] as [string, number, CountForm][])('%s %d -> %s', (lang, n, form) => expect(countForm(n, lang)).toBe(form));
});

describe('formatCount', () => {
  it.each([
    ['en', 12345, '12,345'], ['de', 12345, '12.345'], ['fr', 12345, '12\u202f345'],
    ['es', 12345, '12.345'], ['it', 12345, '12.345'], ['nl', 12345, '12.345'], ['en', 7, '7'],
  ] as [string, number, string][])('%s %d -> %s', (lang, n, text) => expect(formatCount(n, lang)).toBe(text));
});

describe('formatPercent', () => {
  it.each([
    ['en', '94%'], ['de', '94\u00a0%'], ['fr', '94\u00a0%'], ['es', '94\u00a0%'], ['it', '94%'], ['nl', '94%'],
  ] as [string, string][])('%s 94 -> %s', (lang, text) => expect(formatPercent(94, lang)).toBe(text));
});

describe('"n more not shown" under the actors, in each interface language', () => {
  it.each([
    ['en', 1, '1 more not shown'], ['en', 6, '6 more not shown'],
    ['de', 1, '1 weiterer nicht angezeigt'], ['de', 6, '6 weitere nicht angezeigt'],
    ['fr', 1, '1 autre non affiché'], ['fr', 6, '6 autres non affichés'],
    ['es', 1, '1 más sin mostrar'], ['es', 6, '6 más sin mostrar'],
    ['it', 1, '1 altro non mostrato'], ['it', 6, 'Altri 6 non mostrati'],
    ['nl', 1, 'Nog 1 niet getoond'], ['nl', 6, 'Nog 6 niet getoond'],
    ['de', 1234, '1.234 weitere nicht angezeigt'], ['fr', 1234, '1\u202f234 autres non affichés'],
  ] as [string, number, string][])('%s, %d -> %s', (lang, n, line) => expect(moreLine(lang, n)).toBe(line));
});
