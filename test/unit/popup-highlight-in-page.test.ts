// Finding an actor or a quote in the page (src/shared/highlight-in-page.ts), on the seed article in
// jsdom: the first occurrence in the article, across inline elements and whitespace, whole words only,
// and the page's DOM left exactly as it was. jsdom has no CSS Custom Highlights: a registry stands in,
// so the test sees which Range would be painted (the browsers' own registry is checked in test/e2e).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { highlightInPage } from '../../src/shared/highlight-in-page';

const SEED = readFileSync(new URL('../pages/handelsblatt-nato-seed/source.html', import.meta.url), 'utf8');
const g = globalThis as Record<string, unknown>;
let dom: JSDOM;
let registry: Map<string, { ranges: Range[] }>;

function install(html: string) {
  dom = new JSDOM(html, { url: 'https://www.handelsblatt.com/x.html' });
  registry = new Map();
  Object.assign(g, {
    document: dom.window.document, NodeFilter: dom.window.NodeFilter,
    CSS: { highlights: registry }, Highlight: class { ranges: Range[]; constructor(...r: Range[]) { this.ranges = r; } },
  });
}
beforeEach(() => install(SEED));
afterEach(() => { for (const k of ['document', 'NodeFilter', 'CSS', 'Highlight']) delete g[k]; dom.window.close(); });

describe('highlightInPage on the seed article', () => {
  it.each([
    ['a person by full name', ['Jens Stoltenberg'], 'Jens Stoltenberg'],
    ['a quote, verbatim', ['Das war keine einfache Diskussion.'], 'Das war keine einfache Diskussion.'],
    ['an alias when the name itself is absent', ['Generalsekretär Jens Q. Stoltenberg', 'Stoltenberg'], 'Stoltenberg'],
  ])('%s', (_what, needles, text) => {
    const r = highlightInPage(needles, 'lede-find', 50);
    expect(r).toEqual({ found: true, text, highlighted: true });
    expect(registry.get('lede-find')?.ranges[0].toString()).toBe(text);
  });
  it('reports what it cannot find, and highlights nothing', () => {
    expect(highlightInPage(['Angela Merkel'], 'lede-find', 50)).toEqual({ found: false });
    expect(registry.size).toBe(0);
  });
  it('leaves the page’s DOM exactly as it was', () => {
    const before = dom.window.document.documentElement.outerHTML;
    highlightInPage(['Kaja Kallas'], 'lede-find', 50);
    expect(dom.window.document.documentElement.outerHTML).toBe(before);
  });
  it('removes the highlight after the given time', async () => {
    highlightInPage(['Kaja Kallas'], 'lede-find', 20);
    expect(registry.has('lede-find')).toBe(true);
    await new Promise((r) => setTimeout(r, 60));
    expect(registry.has('lede-find')).toBe(false);
  });
});

describe('highlightInPage on small pages', () => {
  it('matches across inline elements and line breaks', () => {
    install('<body><article><p>„Wir sind <em>bereit</em>,\n   zu reden“, sagte er.</p></article></body>');
    expect(highlightInPage(['Wir sind bereit, zu reden'], 'lede-find', 50).text).toBe('Wir sind bereit,\n   zu reden');
  });
  it('matches whole words only (Nato is not in Natolia)', () => {
    install('<body><article><p>Natolia liegt fern. Die Nato tagt.</p></article></body>');
    const r = highlightInPage(['Nato'], 'lede-find', 50);
    const range = registry.get('lede-find')!.ranges[0];
    expect(r.text).toBe('Nato');
    expect(range.startOffset).toBe('Natolia liegt fern. Die '.length);
  });
  it('prefers the article to the navigation before it', () => {
    install('<body><nav>Biden news</nav><article><p>President Biden said so.</p></article></body>');
    highlightInPage(['Biden'], 'lede-find', 50);
    expect(registry.get('lede-find')!.ranges[0].startContainer.parentElement?.localName).toBe('p');
  });
  it('skips scripts and hidden text', () => {
    install('<body><script>var a = "Kallas";</script><p hidden>Kallas</p><p>Kaja Kallas spoke.</p></body>');
    highlightInPage(['Kallas'], 'lede-find', 50);
    expect(registry.get('lede-find')!.ranges[0].startContainer.textContent).toBe('Kaja Kallas spoke.');
  });
  it('still scrolls to the text where the browser has no highlights', () => {
    install('<body><p>Kaja Kallas spoke.</p></body>');
    delete g.CSS;
    expect(highlightInPage(['Kallas'], 'lede-find', 50)).toEqual({ found: true, text: 'Kallas', highlighted: false });
  });
});
