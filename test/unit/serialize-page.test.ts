// The page's bounded copy, written out as text in the page (src/inject/serialize-page.ts) and parsed again
// where it is read (src/extract/read-snapshot.ts): what the page shows as text stays text, what the
// extraction reads survives the trip, what it never reads is left out, the budget holds, and the work
// pauses for the page. And the extension's way (the copy as text, parsed again) reads the pages the
// browser tests use exactly as the CLI's way (the page's DOM, copied) does.
import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync } from 'node:fs';
import { serializePage } from '../../src/inject/serialize-page';
import { extractSnapshot } from '../../src/extract/read-snapshot';
import { extractPage } from '../../src/extract/extract-page';
import { boundedClone, DEFAULT_LIMITS } from '../../src/extract/bounded-clone';
import { analyze } from '../../src/analysis/analyze';
import { mutatingPage, payloadPage, pollutedPage, watchedPage } from '../fixtures/hostile/hostile-pages';
import { arabicPage, chinesePage, emojiPage, framedPage, loginPage, plainArticle, searchResultsPage, shadowPage } from '../fixtures/hostile/odd-pages';
import { deepPage, giantParagraphPage, tablesOnlyPage } from '../fixtures/hostile/huge-pages';

const URL_ = 'https://example.org/news/strike';
const parse = (html: string) => new JSDOM(html, { url: URL_, virtualConsole: new VirtualConsole() }).window.document;
const page = (body: string, head = '') => parse(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`);
/** The copy of a page as the popup gets it: written out, then parsed into a document of its own. */
async function roundTrip(doc: Document, limits = DEFAULT_LIMITS) {
  const text = await serializePage(doc, limits);
  return { ...text, doc: parse(text.html) };
}

describe('what the page shows as text stays text', () => {
  it.each([
    ['markup typed as text', '<p>Strike talks &lt;img src=x onerror="alert(1)"&gt; resume</p>'],
    ['ampersands and angle brackets', '<p>Profits &amp; losses: 3 &lt; 4 &gt; 2 &amp;amp;</p>'],
    ['an entity-looking text', '<p>&amp;nbsp; is not a space</p>'],
    ['zero-width and non-breaking characters', '<p>Mon\u00adday\u00a0\u200bnoon</p>'],
  ])('%s', async (_what, body) => {
    const original = page(body);
    const { doc } = await roundTrip(original);
    expect(doc.querySelector('p')!.textContent).toBe(original.querySelector('p')!.textContent);
    expect(doc.querySelectorAll('img, script').length, 'no element came alive').toBe(0);
  });

  it('attribute values with quotes and ampersands', async () => {
    const original = page('<p class="lead" title="a &quot;quoted&quot; &amp; odd \' value">x</p>');
    const { doc } = await roundTrip(original);
    expect(doc.querySelector('p')!.getAttribute('title')).toBe('a "quoted" & odd \' value');
    expect(doc.querySelector('p')!.className).toBe('lead');
  });

  it('a title and a textarea (their content is text to the parser)', async () => {
    const original = parse('<!DOCTYPE html><html><head><title>A &lt;b&gt; title &amp; more</title></head><body><textarea>&lt;/textarea&gt;&lt;p&gt;</textarea></body></html>');
    const { doc } = await roundTrip(original);
    expect(doc.title).toBe('A <b> title & more');
    expect(doc.querySelector('textarea')!.value).toBe('</textarea><p>');
    expect(doc.querySelector('p')).toBeNull();
  });

  it('the leading newline of a pre survives the parser, which drops one', async () => {
    const original = page('<pre>\n\nindented\n  code</pre>');
    const { doc } = await roundTrip(original);
    expect(doc.querySelector('pre')!.textContent).toBe(original.querySelector('pre')!.textContent);
  });

  it('void elements, SVG names and the structure of the article', async () => {
    const original = page('<article><h1>Head</h1><p>One<br>two <img src="/a.jpg" alt="A"> three</p><svg viewBox="0 0 1 1"><linearGradient id="g"></linearGradient><title>Icon</title></svg><ul><li>a</li><li>b</li></ul></article>');
    const { doc } = await roundTrip(original);
    expect(doc.body.innerHTML).toBe(original.body.innerHTML);
    expect(doc.querySelector('linearGradient'), 'the SVG element keeps its camel case').not.toBeNull();
  });
});

describe('what the extraction never reads is left out; metadata stays', () => {
  const jsonLd = JSON.stringify({ '@type': 'NewsArticle', headline: 'Strike </script><script>alert(1)</script> ends', author: { name: 'Tom Weber' } });
  const original = page(
    `<p>Text<script>var x = "inline";</script></p><style>p { color: red }</style><noscript><img src="/pixel"></noscript><template><p>later</p></template><!-- a comment --><p>More</p>`,
    `<meta name="description" content="${'A long description. '.repeat(150)}"><script>var tracking = 1;</script><link rel="stylesheet" href="/s.css">`,
  );
  // A JSON-LD block whose text holds an end tag: pages write it as "<\/script>", a script may set it raw.
  const ld = original.createElement('script');
  ld.type = 'application/ld+json';
  ld.textContent = jsonLd;
  original.head.append(ld);

  it('scripts, styles, noscript and template content, comments: gone', async () => {
    const { doc, html } = await roundTrip(original);
    expect(doc.querySelectorAll('script:not([type="application/ld+json"]), style, noscript, template').length).toBe(0);
    expect(html).not.toContain('inline');
    expect(html).not.toContain('a comment');
    expect(doc.body.textContent).toBe('TextMore');
  });

  it('JSON-LD: kept, and its text reads as the same JSON (an end tag inside cannot close it)', async () => {
    const { doc } = await roundTrip(original);
    const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts.length).toBe(1);
    expect(JSON.parse(scripts[0].textContent!)).toEqual(JSON.parse(jsonLd));
  });

  it('inside a part of the page written whole (no script in it), comments still go and long values are cut', async () => {
    const original = page(`<article><p>One<!-- ad slot --> two</p><figure><img alt="A" src="data:image/png;base64,${'A'.repeat(5000)}"></figure><meta itemprop="description" content="${'word '.repeat(1000)}"></article>`);
    const { doc, html } = await roundTrip(original);
    expect(html).not.toContain('ad slot');
    expect(doc.querySelector('p')!.textContent).toBe('One two');
    expect(doc.querySelector('img')!.getAttribute('src')!.length).toBe(2000);
    expect(doc.querySelector('meta[itemprop]')!.getAttribute('content')!.length).toBe(5000);
  });

  it('a <meta> content stays whole; another attribute past 2,000 characters is cut', async () => {
    const big = page(`<img alt="x" src="data:image/png;base64,${'A'.repeat(50_000)}">`, `<meta name="description" content="${'word '.repeat(1000)}">`);
    const { doc, html } = await roundTrip(big);
    expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')!.length).toBe(5000);
    expect(doc.querySelector('img')!.getAttribute('src')!.length).toBe(2000);
    expect(html.length).toBeLessThan(10_000);
  });
});

describe('the budget holds', () => {
  const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i + 1} of the report.</p>`).join('');
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"At the end"}</script>';

  it('elements: the copy stops, says how much it left out, and still carries the JSON-LD from past the cut', async () => {
    const { doc, skipped, total } = await roundTrip(page(`<article>${paragraphs}</article>${ld}`), { maxElements: 100, maxDepth: 120, maxChars: 1_000_000 });
    expect(doc.querySelectorAll('body *:not(script)').length).toBeLessThanOrEqual(100);
    expect(total).toBeGreaterThan(400);
    expect(skipped).toBeGreaterThan(250);
    expect(doc.querySelector('script[type="application/ld+json"]')!.textContent).toContain('At the end');
    expect(doc.querySelector('p')!.textContent, 'the copy starts at the start').toBe('Paragraph 1 of the report.');
  });

  it('characters: the copy stops once the text budget is spent', async () => {
    const { doc, skipped } = await roundTrip(page(`<article>${paragraphs}</article>`), { maxElements: 15_000, maxDepth: 120, maxChars: 2000 });
    expect(doc.body.textContent!.length).toBeLessThan(2100);
    expect(skipped).toBeGreaterThan(0);
  });

  it('one text node longer than what is left of the budget is cut there, in the copy and in the CLI\'s clone alike', async () => {
    const limits = { maxElements: 15_000, maxDepth: 120, maxChars: 3000 };
    const long = 'The strike went on. '.repeat(1000);
    const original = page(`<article><h1>Strike</h1><p>${long}</p><p>After it.</p></article>`);
    const { doc, skipped } = await roundTrip(original, limits);
    const kept = doc.querySelectorAll('p')[0].textContent!;
    expect(kept.length).toBe(3000 - 'Strike'.length - 'T'.length);
    expect(long.startsWith(kept)).toBe(true);
    expect(skipped, 'the paragraph after it is left out').toBeGreaterThan(0);
    expect(boundedClone(original, limits).doc.querySelectorAll('p')[0].textContent).toBe(kept);
  });

  it('depth: wrappers nested past the limit are flattened, the article at the bottom stays', async () => {
    const original = page('<main></main>');
    let inner = original.querySelector('main')!;
    for (let i = 0; i < 3000; i++) { const d = original.createElement('div'); inner.append(d); inner = d; }
    inner.innerHTML = '<article><h1>Deep</h1><p>At the bottom.</p></article>';
    const text = await serializePage(original);
    const doc = parse(text.html);
    let depth = 0;
    for (let e: Element | null = doc.querySelector('h1'); e; e = e.parentElement) depth++;
    expect(depth).toBeLessThan(DEFAULT_LIMITS.maxDepth + 10);
    expect(text.flattened).toBeGreaterThan(2800);
    expect(doc.querySelector('article p')!.textContent).toBe('At the bottom.');
  });
});

describe('the work pauses for the page', () => {
  it('in slices: the page gets its thread back, and the copy is the same as in one go', async () => {
    const original = page(`<article>${Array.from({ length: 2000 }, (_, i) => `<p>Paragraph ${i}</p>`).join('')}</article>`);
    let clock = 0;
    let pauses = 0;
    // Each reading of the clock advances it by 1 ms: a slice of 4 ms ends after a few checks.
    const sliced = await serializePage(original, DEFAULT_LIMITS, { sliceMs: 4, now: () => clock++, pause: async () => { pauses++; } });
    expect(pauses).toBeGreaterThan(5);
    expect(sliced).toEqual(await serializePage(original));
  });
});

describe('the extension reads a page as the CLI does', () => {
  const fixtures: Record<string, string> = {
    'plain article': plainArticle(), 'payloads': payloadPage('https://beacon.invalid/b'), 'polluted': pollutedPage(),
    'mutating': mutatingPage(), 'watched': watchedPage(), 'login': loginPage(), 'search': searchResultsPage(), 'framed': framedPage(),
    'shadow': shadowPage(), 'arabic': arabicPage(), 'chinese': chinesePage(), 'emoji': emojiPage(),
    'deep (as served)': deepPage(), 'giant paragraph': giantParagraphPage(), 'tables': tablesOnlyPage(),
    'markup in text': readFileSync(new URL('../e2e/pages/markup-in-text.html', import.meta.url), 'utf8'),
    'not an article': readFileSync(new URL('../e2e/pages/not-an-article.html', import.meta.url), 'utf8'),
  };
  it.each(Object.keys(fixtures))('%s: the same PageData and the same summary', async (name) => {
    const cli = extractPage(parse(fixtures[name]), URL_);
    const text = await serializePage(parse(fixtures[name]));
    const extension = extractSnapshot({ url: URL_, loadedAt: 0, ...text }, parse);
    expect(extension).toEqual(cli);
    expect(analyze(extension)).toEqual(analyze(cli));
  }, 120_000); // jsdom takes seconds over the tables and the 300 KB paragraph on a busy machine
});
