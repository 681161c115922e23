// Where a page prints its dates, beyond meta tags and JSON-LD: itemprop="datePublished", <time>, a blog's
// <abbr class="published" title="…">, and short elements whose class or id names a date ("post-date",
// "entry-date", "newsdatum", "article_date", "info"). Only reads; the analysis parses and chooses
// (metadata/pick-date.ts). Comment threads, footers and sidebars hold other dates, and are skipped.
import type { PageDate } from '../analysis/types';

/** Element names that carry a date in their class or id. */
const DATE_CLASS = /date|datum|time|zeit|publish|posted|submitted|dateline|fecha|data-?pub|meta|info|byline|stand|timestamp|published|created/i;
/** Parts of a page whose dates are not the article's. */
const ELSEWHERE = 'footer, nav, aside, [class*="comment" i], [id*="comment" i], [class*="related" i], [class*="sidebar" i], [id*="sidebar" i], [class*="widget" i], [class*="teaser" i], [class*="recommend" i], [class*="footer" i], [id*="footer" i]';
/** Enough for a dateline under the headline, never a whole page of teasers. */
const MAX_ELEMENTS = 40;
const MAX_TEXT = 100;

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const nameOf = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`.trim().slice(0, 120);

/** How much text around the headline is read for a date printed in no element of its own. */
const BEFORE_H1 = 300;
const AFTER_H1 = 1500;

/** Text around the headline, in reading order: "(18.01.2018) Deutschlands Landwirte …", "<em>10.11.2021</em>". */
function textNear(doc: Document, h1: Element | null): string | null {
  const root = doc.body;
  if (!root) return null;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let before = '';
  let after = '';
  let passed = !h1;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName)) continue;
    const t = node.nodeValue ?? '';
    if (!t.trim()) continue;
    if (!passed) {
      if (h1 && h1.contains(node)) { passed = true; continue; }
      before = (before + ' ' + t).slice(-BEFORE_H1);
      continue;
    }
    if (h1 && h1.contains(node)) continue;
    after += ' ' + t;
    if (after.length >= AFTER_H1) break;
  }
  return clean(`${before} | ${after.slice(0, AFTER_H1)}`) || null;
}

export function readDates(doc: Document, h1: Element | null = null, jsonLdDates: string[] = []): PageDate[] {
  const out: PageDate[] = [];
  const seen = new Set<Element>();
  const add = (el: Element, source: PageDate['source'], value: string | null | undefined) => {
    const v = clean(value);
    if (!v || v.length > MAX_TEXT * 2) return;
    out.push({ source, value: v, name: nameOf(el) || (el.parentElement ? nameOf(el.parentElement) : '') });
  };
  // JSON-LD objects that are not the article (a WebPage in a @graph) still date the page.
  for (const v of jsonLdDates) out.push({ source: 'itemprop', value: v, name: 'json-ld datePublished' });
  // Marked up as the publication date, in microdata.
  for (const el of doc.querySelectorAll('[itemprop~="datePublished"], [itemprop~="dateCreated"]')) {
    if (el.tagName === 'META') continue; // already among the meta tags
    seen.add(el);
    add(el, 'itemprop', el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('title') ?? el.textContent);
  }
  // <time>: its machine-readable datetime, else its text; a blog's <abbr class="published" title="…">.
  let times = 0;
  for (const el of doc.querySelectorAll('time, abbr[title]')) {
    if (seen.has(el) || times >= MAX_ELEMENTS) continue;
    if (el.tagName === 'ABBR' && !DATE_CLASS.test(nameOf(el))) continue;
    if (el.closest(ELSEWHERE)) continue;
    times++;
    seen.add(el);
    add(el, 'time', el.getAttribute('datetime') ?? el.getAttribute('title') ?? el.textContent);
    // The printed form too: it is the day as the reader sees it, in the page's own time zone.
    const text = clean(el.textContent);
    if (text && text !== clean(el.getAttribute('datetime') ?? el.getAttribute('title'))) add(el, 'text', text);
  }
  // Short elements named for a date, in document order.
  let named = 0;
  for (const el of doc.querySelectorAll('[class], [id]')) {
    if (named >= MAX_ELEMENTS) break;
    if (seen.has(el) || !DATE_CLASS.test(nameOf(el))) continue;
    // A date line has a few children at most; a container's text is long and costly to read.
    const text = el.childElementCount > 8 ? '' : clean(el.textContent);
    if (!text || text.length > MAX_TEXT || !/\d/.test(text)) {
      // A date kept in an attribute ("<span title="20.06.2018">").
      const title = el.getAttribute('title');
      if (title && /\d/.test(title) && title.length <= 40 && !el.closest(ELSEWHERE)) { add(el, 'text', title); named++; }
      continue;
    }
    if (el.closest(ELSEWHERE)) continue;
    // A child repeating its parent's text adds nothing.
    if (out.at(-1)?.value === text) continue;
    named++;
    add(el, 'text', text);
  }
  const near = textNear(doc, h1);
  if (near) out.push({ source: 'near', value: near, name: '' });
  return out;
}
