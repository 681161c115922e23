// Evidence that an element holds article text, so no class-name rule may remove it. Newsletter boxes,
// share bars and related-article lists hold short blurbs or text that is mostly links; an element that
// holds running paragraphs, or much text outside links, is (or wraps) the article.
// Paragraphs are judged once per document and looked up after, so checking many candidate elements
// stays linear in the page's size.
import { normalize } from './blocks';
import { NOT_TEXT } from './visible-text';

const PROSE_MIN_CHARS = 160;
const SHORT_PARAGRAPH_CHARS = 80;
const PLAIN_TEXT_WRAPPER = 1500;

const squeezed = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '').length;

/** Visible text length (no script, style or fallback markup, no spaces) and the part of it inside links. */
export function textStats(el: Element): { total: number; links: number } {
  let total = squeezed(el);
  for (const s of el.querySelectorAll(NOT_TEXT)) total -= squeezed(s);
  let links = 0;
  for (const a of el.querySelectorAll('a')) {
    links += squeezed(a);
    for (const s of a.querySelectorAll(NOT_TEXT)) links -= squeezed(s);
  }
  return { total: Math.max(total, 0), links: Math.max(0, Math.min(links, total)) };
}

/** Share of an element's text that sits inside links. */
export function linkDensity(el: Element): number {
  const { total, links } = textStats(el);
  return total ? links / total : 0;
}

type Kind = 'prose' | 'short' | 'none';

function judge(p: Element): Kind {
  const text = normalize(p.textContent ?? '');
  if (text.length < SHORT_PARAGRAPH_CHARS || linkDensity(p) >= 0.3) return 'none';
  return text.length >= PROSE_MIN_CHARS && /[.!?…"“”»«)]$/.test(text) && text.split(' ').length >= 20 ? 'prose' : 'short';
}

export class ProseIndex {
  private readonly kinds = new Map<Element, Kind>();
  private kind(p: Element): Kind {
    let k = this.kinds.get(p);
    if (!k) { k = judge(p); this.kinds.set(p, k); }
    return k;
  }

  /** A paragraph of running text (see judge). */
  isProse(p: Element): boolean {
    return this.kind(p) === 'prose';
  }

  /**
   * True when the element holds article text: a paragraph of running text, three shorter paragraphs
   * (stat lines, short items), or a long stretch of text outside links.
   */
  holdsProse(el: Element): boolean {
    if ((el.textContent ?? '').length < SHORT_PARAGRAPH_CHARS) return false;
    if (el.tagName === 'P') return this.kind(el) === 'prose';
    let short = 0;
    for (const p of el.querySelectorAll('p')) {
      const k = this.kind(p);
      if (k === 'prose' || (k === 'short' && ++short >= 3)) return true;
    }
    if ((el.textContent ?? '').length < PLAIN_TEXT_WRAPPER) return false;
    const { total, links } = textStats(el);
    return total - links >= PLAIN_TEXT_WRAPPER;
  }
}
