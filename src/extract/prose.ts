// Evidence that an element holds article text, so no class-name rule may remove it. Newsletter boxes,
// share bars and related-article lists hold short blurbs or text that is mostly links; an element that
// holds running paragraphs, or much text outside links, is (or wraps) the article.
import { normalize } from './blocks';

const PROSE_MIN_CHARS = 160;
const PLAIN_TEXT_WRAPPER = 1500;
const NOT_TEXT = 'script, style, noscript, template';

/** Visible text length (no script, style or fallback markup, no spaces) and the part of it inside links. */
export function textStats(el: Element): { total: number; links: number } {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0, links = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.closest(NOT_TEXT)) continue;
    const length = (n.nodeValue ?? '').replace(/\s+/g, '').length;
    if (!length) continue;
    total += length;
    if (parent.closest('a')) links += length;
  }
  return { total, links };
}

/** Share of an element's text that sits inside links. */
export function linkDensity(el: Element): number {
  const { total, links } = textStats(el);
  return total ? links / total : 0;
}

function isProse(p: Element): boolean {
  const text = normalize(p.textContent ?? '');
  return text.length >= PROSE_MIN_CHARS && /[.!?…"“”»«)]$/.test(text) && text.split(' ').length >= 20 && linkDensity(p) < 0.3;
}

/**
 * True when the element holds article text: a paragraph of running text, three shorter paragraphs
 * (stat lines, short items), or a long stretch of text outside links.
 */
export function holdsProse(el: Element): boolean {
  if ((el.textContent ?? '').length < 80) return false;
  if (el.matches('p')) return isProse(el);
  let short = 0;
  for (const p of el.querySelectorAll('p')) {
    if (isProse(p)) return true;
    if (normalize(p.textContent ?? '').length >= 80 && linkDensity(p) < 0.3) short++;
  }
  if (short >= 3) return true;
  const { total, links } = textStats(el);
  return total - links >= PLAIN_TEXT_WRAPPER;
}
