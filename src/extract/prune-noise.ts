// Noise removed from the clone before Readability sees it: elements no reader wants, found by role,
// landmark, visibility and class/id vocabulary (data/noise-selectors.json). Class words are weak evidence
// ("share" names wrappers, "paywall" names the article body behind it), so a class, role or landmark
// match is removed only when the element holds no article prose. Each removal is recorded with its reason.
import type { Removed } from '../analysis/types';
import selectors from '../analysis/data/noise-selectors.json';
import { normalize, spacedText } from './blocks';
import { ProseIndex, linkDensity } from './prose';

interface RawRule { reason: string; guarded: boolean; tags?: string[]; roles?: string[]; attributes?: string[]; classOrId?: string; style?: string }
export interface Rule {
  reason: string;
  guarded: boolean;
  tags: Set<string>;
  roles: Set<string>;
  attributes: [string, string | null][];
  classOrId: RegExp | null;
  style: RegExp | null;
}

export const RULES: Rule[] = (selectors.rules as RawRule[]).map((r) => ({
  reason: r.reason,
  guarded: r.guarded,
  tags: new Set((r.tags ?? []).map((t) => t.toUpperCase())),
  roles: new Set(r.roles ?? []),
  attributes: (r.attributes ?? []).map((a) => { const [name, value] = a.split('='); return [name, value ?? null] as [string, string | null]; }),
  classOrId: r.classOrId ? new RegExp(r.classOrId, 'i') : null,
  style: r.style ? new RegExp(r.style, 'i') : null,
}));

function matches(rule: Rule, el: Element, classOrId: string, style: string, role: string): boolean {
  return rule.tags.has(el.tagName) || (!!role && rule.roles.has(role))
    || rule.attributes.some(([name, value]) => (value === null ? el.hasAttribute(name) : el.getAttribute(name) === value))
    || (!!classOrId && !!rule.classOrId?.test(classOrId)) || (!!style && !!rule.style?.test(style));
}

/** Whole-element texts that are noise wherever they sit: a progress strip "-0%1%…100%", an ad label. */
const PROGRESS = /^-?\s*(\d{1,3}\s*%\s*){5,}-?%?$/;
const AD_LABEL = /^(anzeige|advertisement|werbung|publicité|publicidad|pubblicità|advertentie|sponsored|gesponsert|ad)$/i;

/** The text a reader would see (no scripts or styles), with spaces where elements meet. */
const readableText = (el: Element) => (el.matches('script, style, noscript, template') ? '' : spacedText(el));

const record = (removed: Removed[], text: string, reason: string) => {
  if (text) removed.push({ text: text.length > 300 ? `${text.slice(0, 300)}…` : text, reason });
};

export function pruneNoise(doc: Document, removed: Removed[], rules: Rule[] = RULES): void {
  const body = doc.body;
  if (!body) return;
  const prose = new ProseIndex();
  // A saved page may keep its whole content in a wrapper hidden until its scripts run (style="display: none" on
  // the page's main <div>): what holds most of the page's text and its headline or article is the page, not a
  // hidden widget.
  const pageText = body.textContent?.length ?? 0;
  // One pass over the elements, outermost first; CSS attribute-substring selectors are far slower.
  for (const el of body.querySelectorAll('*')) {
    if (!el.isConnected) continue;
    const classOrId = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.trim();
    const style = el.getAttribute('style') ?? '';
    const role = el.getAttribute('role') ?? '';
    const rule = rules.find((r) => matches(r, el, classOrId, style, role));
    if (!rule) continue;
    // The article's own landmarks are never boilerplate, whatever their class says.
    if (rule.reason !== 'hidden' && (el.matches('article, main, [role="main"], [itemprop="articleBody"]') || el.querySelector('h1'))) continue;
    if (rule.reason === 'hidden' && (el.textContent?.length ?? 0) > pageText / 2 && el.querySelector('h1, article, main, [role="main"]')) {
      // Shown, as its scripts would (this is the page's copy, never the live page): Readability skips hidden nodes.
      if (style) el.setAttribute('style', style.replace(/(?:display:\s*none|visibility:\s*hidden)\s*;?/giu, ''));
      el.removeAttribute('hidden');
      continue;
    }
    if (rule.guarded && prose.holdsProse(el)) continue;
    record(removed, readableText(el), rule.reason);
    el.remove();
  }
  // Elements whose whole text is a progress strip or an ad label, found from their text nodes (one
  // pass over the text, not a textContent per element).
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const labels = new Set<Element>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = (n.nodeValue ?? '').trim();
    if (v && v.length <= 20 && (AD_LABEL.test(v) || /^-?\d{1,3}\s*%$/.test(v)) && n.parentElement) labels.add(n.parentElement);
  }
  for (const start of labels) {
    // Climb while the text stays a bare label or strip: the widest such element goes.
    let el: Element | null = start, hit: Element | null = null, reason = '';
    for (let i = 0; el && el !== body && i < 4; i++, el = el.parentElement) {
      const raw = el.textContent ?? '';
      if (raw.length > 800) break;
      const text = normalize(raw);
      if (PROGRESS.test(text)) { hit = el; reason = 'reading progress'; }
      else if (AD_LABEL.test(text)) { hit = el; reason = 'advertisement label'; }
      else break;
    }
    if (hit?.isConnected) { record(removed, normalize(hit.textContent ?? ''), reason); hit.remove(); }
  }
}

/** Words that end a sentence: a line of running text ends on one, a headline used as a link does not. */
const SENTENCE_END = /[.!?…:;"“”»«)]$/;
const LINE_TAGS = 'p, li, h2, h3, h4, h5, h6';
const MIN_LINK_LINE_WORDS = 3;
const MAX_LINK_LINE_WORDS = 20;
/** Lines that are links by nature and part of the text: an address, a handle, a price to buy at. */
const CITED = /https?:|www\.|@\w|[$€£]\s?\d|\d\s?[$€£]/;

/**
 * Noise inside what Readability returns: a line that is nothing but a link to another article (the
 * "SEE ALSO"-style headline set between paragraphs, a list of further stories). Evidence: the line is
 * short, almost all of its text sits in links, and it is no sentence of its own (no closing
 * punctuation), or it shouts in capitals as teaser lines do. A link inside a sentence never counts; a
 * heading counts only when it shouts (a linked subhead is still the article's outline).
 */
export function pruneLinkLines(root: Element, removed: Removed[]): void {
  for (const el of [...root.querySelectorAll(LINE_TAGS)]) {
    // Readability's element is detached from the document, so "still there" is asked of the root.
    if (!root.contains(el) || el.querySelector(LINE_TAGS)) continue;
    const text = normalize(el.textContent ?? '');
    const words = text.split(' ').length;
    if (words < MIN_LINK_LINE_WORDS || words > MAX_LINK_LINE_WORDS || CITED.test(text)) continue;
    if (!el.querySelector('a') || linkDensity(el) < 0.8) continue;
    const letters = text.replace(/[^\p{L}]/gu, '');
    const shouting = letters.length >= 12 && letters === letters.toUpperCase();
    if (!shouting && (SENTENCE_END.test(text) || /^H\d$/.test(el.tagName))) continue;
    record(removed, text, 'related link');
    el.remove();
  }
}
