// Where a page prints its dates, beyond meta tags and JSON-LD: itemprop="datePublished", <time>, a blog's
// <abbr class="published" title="…">, and short elements whose class or id names a date ("post-date",
// "entry-date", "newsdatum", "article_date", "info"). Only reads; the analysis parses and chooses
// (metadata/pick-date.ts). Comment threads, footers and sidebars hold other dates, and are skipped.
import type { PageDate } from '../analysis/types';

/** Element names that carry a date in their class or id. */
const DATE_CLASS = /date|datum|time|zeit|publish|posted|submitted|dateline|fecha|data-?pub|meta|info|byline|stand|timestamp|published|created/i;
/** Parts of a page that are never the article: navigation, asides, comments. */
const NEVER_ARTICLE = 'nav, aside, [class*="comment" i], [id*="comment" i]';
/** Parts of a page whose dates are not the article's. */
const ELSEWHERE = `footer, ${NEVER_ARTICLE}, [class*="related" i], [class*="sidebar" i], [id*="sidebar" i], [class*="widget" i], [class*="teaser" i], [class*="recommend" i], [class*="footer" i], [id*="footer" i]`;
/** A label that says the date after it is the publication's ("veröffentlicht", "Erschienen am:", "Published on"). */
const PUBLICATION_LABEL = /^(?:veröffentlicht|erschienen|publiziert|published|posted|publié|publicado|pubblicato|gepubliceerd)\b/i;
/** Enough for a dateline under the headline, never a whole page of teasers. */
const MAX_ELEMENTS = 40;
const MAX_TEXT = 100;
/** Elements looked at from the top of the page: far past any article header, never a whole huge page. */
const MAX_VISITED = 4000;

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
  const add = (el: Element, source: PageDate['source'], value: string | null | undefined) => {
    const v = clean(value);
    if (!v || v.length > MAX_TEXT * 2) return;
    out.push({ source, value: v, name: nameOf(el) || (el.parentElement ? nameOf(el.parentElement) : '') });
  };
  // JSON-LD objects that are not the article (a WebPage in a @graph) still date the page.
  for (const v of jsonLdDates) out.push({ source: 'itemprop', value: v, name: 'json-ld datePublished' });
  // One walk over the page's first elements, in document order: microdata, <time>/<abbr>, and elements
  // named for a date. A selector over the whole document would cost a test of every element of a 50,000-
  // paragraph page; the dateline is near the top.
  const root = doc.body ?? doc.documentElement;
  if (!root) return out;
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  let times = 0;
  let named = 0;
  for (let node = walker.nextNode(), visited = 0; node && visited < MAX_VISITED; node = walker.nextNode(), visited++) {
    const el = node as Element;
    const tag = el.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'META' || tag === 'LINK') continue;
    const itemprop = el.getAttribute('itemprop');
    // Marked up as the publication date, in microdata.
    if (itemprop && /\bdate(?:Published|Created)\b/.test(itemprop)) {
      add(el, 'itemprop', el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('title') ?? el.textContent);
      continue;
    }
    // <time>: its machine-readable datetime, else its text; a blog's <abbr class="published" title="…">.
    if (tag === 'TIME' || (tag === 'ABBR' && el.hasAttribute('title') && DATE_CLASS.test(nameOf(el)))) {
      if (times >= MAX_ELEMENTS || el.closest(ELSEWHERE)) continue;
      times++;
      add(el, 'time', el.getAttribute('datetime') ?? el.getAttribute('title') ?? el.textContent);
      // The printed form too: it is the day as the reader sees it, in the page's own time zone.
      const text = clean(el.textContent);
      if (text && text !== clean(el.getAttribute('datetime') ?? el.getAttribute('title'))) add(el, 'text', text);
      continue;
    }
    // Short elements named for a date.
    if (named >= MAX_ELEMENTS || !(el.hasAttribute('class') || el.hasAttribute('id')) || !DATE_CLASS.test(nameOf(el))) continue;
    // A date line has a few children at most; a container's text is long and costly to read.
    const text = el.childElementCount > 8 ? '' : clean(el.textContent);
    if (!text || text.length > MAX_TEXT || !/\d/.test(text)) {
      // A date kept in an attribute ("<span title="20.06.2018">").
      const title = el.getAttribute('title');
      if (title && /\d/.test(title) && title.length <= 40 && !el.closest(ELSEWHERE)) { add(el, 'text', title); named++; }
      continue;
    }
    if (el.closest(ELSEWHERE)) {
      // Layout rows and article footers are named like the site's ("footerRow", "rez_footer", "teaserTyp3
      // newsSingle"): a date there that the page labels as the publication, or an element named for it
      // ("documentPublished"), is the article's when nothing else dates it.
      if ((PUBLICATION_LABEL.test(text) || /publish/i.test(nameOf(el))) && !el.closest(NEVER_ARTICLE)) {
        named++;
        add(el, 'labelled', text);
      }
      continue;
    }
    // A child repeating its parent's text adds nothing.
    if (out.at(-1)?.value === text) continue;
    named++;
    add(el, 'text', text);
  }
  const near = textNear(doc, h1);
  if (near) out.push({ source: 'near', value: near, name: '' });
  return out;
}
