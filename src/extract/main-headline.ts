// The element that prints the article's headline. A page can have several <h1>: the site's logo ("Zoll",
// "POLITICO Politico Logo"), a section name ("Fachmeldungen", "ニュースリリース"), a widget's title, and
// the headline. The headline is the one whose words the page's own titles (<title>, og:title,
// twitter:title) repeat; without such agreement the first h1 in the article, as before.
import { sharedCount, sharedShare } from '../analysis/text/title-words';
import { visibleText } from './visible-text';

const chosen = new WeakMap<Document, Element | null>();
/** Headline elements looked at: enough for logo, section, widget and article. */
const MAX_CANDIDATES = 12;

const text = (el: Element) => visibleText(el).replace(/\s+/g, ' ').trim();

export function mainHeadline(doc: Document): Element | null {
  if (chosen.has(doc)) return chosen.get(doc)!;
  const fallback = doc.querySelector('article h1, main h1, [role="main"] h1') ?? doc.querySelector('h1');
  // In <head> only: an attribute selector over a huge page's body would test every element.
  const meta = (name: string) => doc.head?.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content') ?? '';
  const titles = [doc.title, meta('og:title'), meta('twitter:title')].filter((t) => t.trim());
  let best: Element | null = null;
  let bestCount = 0;
  if (titles.length) {
    // By tag name, not by an attribute selector: that would test every element of a huge page. Besides the
    // h1, an h2 marked up as the headline (itemprop="headline": the h1 is then a short label).
    const h2s = [...doc.getElementsByTagName('h2')].slice(0, MAX_CANDIDATES).filter((el) => /\bheadline\b/.test(el.getAttribute('itemprop') ?? ''));
    const candidates = [...[...doc.getElementsByTagName('h1')].slice(0, MAX_CANDIDATES), ...h2s].filter((el) => text(el) && text(el).length <= 400);
    for (const el of candidates) {
      const t = text(el);
      // Most of its words in some title, and more of them than any other candidate.
      // An h2 marked as the headline must be nearly all title words (not a headline with its subtitle).
      const agrees = titles.filter((title) => sharedShare(t, title) >= (el.tagName === 'H1' ? 0.6 : 0.8));
      const count = Math.max(0, ...agrees.map((title) => sharedCount(t, title)));
      if (count > bestCount || (count === bestCount && count > 0 && el === fallback)) { best = el; bestCount = count; }
    }
  }
  // One word in common (a logo that is the site name) is no agreement when the article's h1 exists.
  let result = best && (bestCount >= 2 || !fallback) ? best : fallback;
  // An h1 that ends a trail of links ("Home – Wirtschaft – <title>") is the breadcrumb's last item; the
  // headline the page prints is the first h2 after it that a title repeats.
  if (result && endsTrail(result)) {
    const headings = [...doc.getElementsByTagName('h2')].filter((h) => result!.compareDocumentPosition(h) & 4 /* FOLLOWING */).slice(0, MAX_CANDIDATES);
    // It must agree with a title as well as the breadcrumb's h1 does (a subheading shares only some words).
    const agreement = (el: Element) => Math.max(0, ...titles.filter((title) => sharedShare(text(el), title) >= 0.6).map((title) => sharedCount(text(el), title)));
    const floor = Math.max(3, agreement(result));
    const printed = headings.find((h) => text(h).length <= 400 && agreement(h) >= floor);
    if (printed) result = printed;
  }
  chosen.set(doc, result);
  return result;
}

/** Where the headline is printed, for reading the dateline beside it: the main h1, or on a page with no h1
 * at all, the first h2 whose words a title repeats (a blog's or club's "<article><h2>…</h2><small>Erstellt
 * am: 30.01.2022</small>"). Without it the text around the headline would be the page's top: its cookie
 * banner and menus. */
export function headlineForDates(doc: Document): Element | null {
  const h1 = mainHeadline(doc);
  if (h1 || doc.getElementsByTagName('h1').length) return h1;
  const meta = (name: string) => doc.head?.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content') ?? '';
  const titles = [doc.title, meta('og:title')].filter((t) => t.trim());
  return [...doc.getElementsByTagName('h2')].slice(0, MAX_CANDIDATES)
    .find((h) => text(h).length <= 400 && titles.some((t) => sharedShare(text(h), t) >= 0.8 && sharedCount(text(h), t) >= 2)) ?? null;
}

/** The last item of a breadcrumb: its parent holds two links or more before it, and ends with its text. */
function endsTrail(h1: Element): boolean {
  const parent = h1.parentElement;
  if (!parent) return false;
  const links = [...parent.querySelectorAll('a')].filter((a) => !h1.contains(a) && (a.compareDocumentPosition(h1) & 4));
  return links.length >= 2 && text(parent).endsWith(text(h1));
}
