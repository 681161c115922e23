// Markup the browser wrote for a subtree of the page, brought to the copy's rules as text
// (src/inject/tidy-markup.ts): comments out, long attribute values cut, indentation as one space,
// everything else as it was.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { needsReading, tidyMarkup } from '../../src/inject/tidy-markup';

const MAX = 20;
const parse = (html: string) => new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document.body;

describe('tidyMarkup', () => {
  it('leaves out comments, wherever they sit, and keeps the text around them', () => {
    const html = '<p>Strike<!-- ad slot --> talks<!----> resume</p><!-- <p class="x">not a paragraph</p> -->';
    expect(needsReading(html, MAX)).toBe(true);
    expect(tidyMarkup(html, MAX)).toBe('<p>Strike talks resume</p>');
  });

  it('cuts an attribute value past the limit, and no other', () => {
    const html = `<img alt="short" src="data:image/png;base64,${'A'.repeat(100)}"><a href="/x">link</a>`;
    const body = parse(tidyMarkup(html, MAX));
    expect(body.querySelector('img')!.getAttribute('src')).toBe('data:image/png;base6');
    expect(body.querySelector('img')!.getAttribute('alt')).toBe('short');
    expect(body.querySelector('a')!.getAttribute('href')).toBe('/x');
  });

  it('never cuts an entity in half', () => {
    const html = `<p title="${'a'.repeat(17)}&amp;${'b'.repeat(30)}">x</p>`;
    expect(parse(tidyMarkup(html, MAX)).querySelector('p')!.getAttribute('title')).toBe('a'.repeat(17));
  });

  it("keeps a <meta>'s content whole: it is the page's metadata", () => {
    const html = `<meta itemprop="description" content="${'word '.repeat(20)}"><span data-x="${'y'.repeat(40)}">z</span>`;
    const body = parse(tidyMarkup(html, MAX));
    expect(body.querySelector('meta')!.getAttribute('content')).toBe('word '.repeat(20));
    expect(body.querySelector('span')!.getAttribute('data-x')).toBe('y'.repeat(MAX));
  });

  it('text that looks like an attribute or a comment is text', () => {
    // As the serializer writes it: "<" in text is &lt;, a quote in text stays a quote.
    const html = `<p>He wrote x="${'q'.repeat(40)}" and &lt;!-- this --&gt; in the text</p>`;
    expect(tidyMarkup(html, MAX)).toBe(html);
  });

  it('an attribute value holding ">" or "<" (jsdom writes them raw) stays whole', () => {
    const html = '<p title="a > b <c>" class="lead">x > y</p>';
    expect(tidyMarkup(html, MAX)).toBe(html);
  });

  it('markup with neither needs no pass through it', () => {
    expect(needsReading('<p class="lead">Plain <b>text</b></p>', MAX)).toBe(false);
  });

  it('indentation between elements becomes one space; spaces inside text stay', () => {
    expect(tidyMarkup('<ul>\n    <li>One  two</li>\n    <li>Three</li>\n</ul>', MAX)).toBe('<ul> <li>One  two</li> <li>Three</li> </ul>');
  });
});
