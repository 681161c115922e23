// Property-based tests: on arbitrary text and arbitrary small pages the analysis never throws, and its
// output keeps its contract (quotes and summary sentences come from the body, actors have names).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze, pageFromText } from '../../src/analysis/analyze';
import { extractPage } from '../../src/extract/extract-page';
import type { Summary } from '../../src/analysis/types';

// Text built from pieces that exercise the analysis: names, quote marks of every style, speech verbs,
// abbreviations, odd white space, right-to-left and CJK text, emoji and zero-width characters.
const piece = fc.constantFrom(
  'Jens Stoltenberg', 'Kaja Kallas', 'sagte', 'said', 'betonte der Generalsekretär', 'er', 'sie', 'Nato', 'Russland',
  '„', '“', '"', '»', '«', '‚', '‘', '’', '「', '」', '« ', ' »', ':', '.', ',', '?', '!', 'Dr.', 'z. B.', 'am 3. Februar',
  '\n\n', '\n', ' ', '\u200b', '\u00a0', 'مرحبا بالعالم', '東京で会議が開かれた。', '🙂', 'Mittwoch', 'the', 'und', 'a',
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 80 }).map((p) => p.join(' ')),
  fc.string({ maxLength: 400 }),
  fc.array(fc.constantFrom(...'„“"«»‚‘’.:, \nabcÄ'), { maxLength: 200 }).map((c) => c.join('')),
);

const squash = (s: string) => s.replace(/\s+/g, ' ');
function assertContract(s: Summary) {
  const body = squash(s.body);
  for (const q of s.quotes) {
    expect(q.text.trim().length).toBeGreaterThan(0);
    expect(body).toContain(squash(q.text));
  }
  for (const a of s.actors) {
    expect(a.name.trim().length).toBeGreaterThan(0);
    expect(['person', 'organization', 'place']).toContain(a.kind);
  }
  for (const sentence of s.summary) expect(body).toContain(squash(sentence));
  expect(s.summary.length).toBeLessThanOrEqual(5);
}

describe('analysis on arbitrary text', () => {
  it('never throws and keeps its contract', () => {
    fc.assert(fc.property(text, fc.constantFrom('de', 'en', 'fr', null), (t, lang) => {
      assertContract(analyze(pageFromText(t), { lang }));
    }), { numRuns: 300 });
  });
});

const tag = fc.constantFrom('p', 'div', 'span', 'h1', 'h2', 'article', 'nav', 'aside', 'blockquote', 'li', 'ul', 'figure', 'figcaption', 'time', 'table', 'td', 'script', 'style', 'a');
interface Node { tag: string; text: string; children: Node[] }
const leaf: fc.Arbitrary<Node> = fc.record({ tag, text, children: fc.constant([]) });
const level = (inner: fc.Arbitrary<Node>) => fc.record({ tag, text, children: fc.array(inner, { maxLength: 3 }) });
const node = level(level(level(leaf)));
const html = (n: Node): string => `<${n.tag} class="x">${n.text.replace(/[<&]/g, ' ')}${n.children.map(html).join('')}</${n.tag}>`;

describe('extraction and analysis on arbitrary small pages', () => {
  it('never throws, keeps its contract, and leaves the document as it was', () => {
    fc.assert(fc.property(fc.array(node, { maxLength: 4 }), (nodes) => {
      const dom = new JSDOM(`<!doctype html><html><head><title>t</title></head><body>${nodes.map(html).join('')}</body></html>`, { virtualConsole: new VirtualConsole() });
      const before = dom.window.document.documentElement.outerHTML;
      const page = extractPage(dom.window.document, 'https://example.org/a');
      expect(dom.window.document.documentElement.outerHTML).toBe(before);
      assertContract(analyze(page));
      dom.window.close();
    }), { numRuns: 60 });
  });
});

describe('counterexamples the properties found, kept as fixed cases', () => {
  it('a Dutch ",," inside another quotation is quoted as printed, not as the mark it is read as (session 16)', () => {
    const inner = '<p class="x"><h1 class="x"><time class="x"><p class="x">„</p></time><span class="x">\n,,<p class="x">und Jens Stoltenberg</p></span><p class="x">0</p></h1></p>';
    const dom = new JSDOM(`<!doctype html><html><head><title>t</title></head><body>${inner}</body></html>`, { virtualConsole: new VirtualConsole() });
    const s = analyze(extractPage(dom.window.document, 'https://example.org/a'));
    assertContract(s);
    expect(s.quotes.length).toBeGreaterThan(0);
    dom.window.close();
  });
});
