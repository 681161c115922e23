// A page too large to read whole: the extraction stops early, says so in English for the CLI (`note`)
// and as facts for the popup (`stopped`: the share read), which the popup words in the interface
// language. The English message, filled with the share as Intl writes it, is the CLI's note word for word.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPage } from '../../src/extract/extract-page';
import { formatPercent } from '../../src/format/format-count';

const root = join(new URL('.', import.meta.url).pathname, '..', '..');
const message = (lang: string, key: string) =>
  (JSON.parse(readFileSync(join(root, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>)[key].message;

// A report of 400 paragraphs, read with a budget of 100 elements.
const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i + 1} of the harbour strike report, with enough words to count as running text for a reader.</p>`).join('');
const doc = new JSDOM(`<!doctype html><html lang="en"><head><title>Harbour strike</title></head><body><article><h1>Harbour strike</h1>${paragraphs}</article></body></html>`).window.document;
const page = extractPage(doc, 'https://example.org/strike', { limits: { maxElements: 100, maxDepth: 120, maxChars: 1_000_000 } });

describe('a page read only in part', () => {
  it('says how much was read, as facts', () => {
    expect(page.stopped?.at).toBe('size');
    const share = (page.stopped as { readPercent: number }).readPercent;
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(100);
  });
  it('the English message, filled as the popup fills it, is the CLI’s note', () => {
    const share = (page.stopped as { readPercent: number }).readPercent;
    expect(message('en', 'noteStoppedSize').replace('$SHARE$', formatPercent(share, 'en'))).toBe(page.note);
  });
  it.each([
    ['de', 'Diese Seite ist sehr lang: Lede hat die ersten 25\u00a0% gelesen'],
    ['fr', 'Cette page est très longue\u00a0: Lede en a lu les premiers 25\u00a0%'],
    ['es', 'Esta página es muy larga: Lede ha leído el primer 25\u00a0%'],
    ['it', 'Questa pagina è molto lunga: Lede ne ha letto il primo 25%'],
    ['nl', 'Deze pagina is erg lang: Lede heeft de eerste 25% gelezen'],
  ])('in %s: %s…', (lang, start) => expect(message(lang, 'noteStoppedSize').replace('$SHARE$', formatPercent(25, lang))).toMatch(new RegExp(`^${start}`)));
});

describe('a page read whole', () => {
  it('has no note and nothing stopped', () => {
    const whole = extractPage(doc, 'https://example.org/strike');
    expect(whole.stopped).toBeNull();
    expect(whole.note).toBeNull();
  });
});
