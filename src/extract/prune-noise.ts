// Noise removed from the clone before Readability sees it: elements no reader wants, found by role,
// landmark, visibility and class/id vocabulary (data/noise-selectors.json). Class words are weak evidence
// ("share" names wrappers, "paywall" names the article body behind it), so a class, role or landmark
// match is removed only when the element holds no article prose. Each removal is recorded with its reason.
import type { Removed } from '../analysis/types';
import selectors from '../analysis/data/noise-selectors.json';
import { normalize } from './blocks';
import { holdsProse } from './prose';

export interface Rule { reason: string; selector: string; guarded: boolean }

export const RULES: Rule[] = [
  ...Object.entries(selectors.always).map(([reason, selector]) => ({ reason, selector, guarded: false })),
  ...Object.entries(selectors.guarded).map(([reason, selector]) => ({ reason, selector, guarded: true })),
];

/** Whole-element texts that are noise wherever they sit: a progress strip "-0%1%…100%", an ad label. */
const PROGRESS = /^-?\s*(\d{1,3}\s*%\s*){5,}-?%?$/;
const AD_LABEL = /^(anzeige|advertisement|werbung|publicité|publicidad|pubblicità|advertentie|sponsored|gesponsert|ad)$/i;

/** The text a reader would see: no script, style or fallback markup. */
function readableText(el: Element): string {
  if (el.matches('script, style, noscript, template')) return '';
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('script, style, noscript, template')) out += `${n.nodeValue} `;
  }
  return normalize(out);
}

const record = (removed: Removed[], text: string, reason: string) => {
  if (text) removed.push({ text: text.length > 300 ? `${text.slice(0, 300)}…` : text, reason });
};

export function pruneNoise(doc: Document, removed: Removed[], rules: Rule[] = RULES): void {
  const body = doc.body;
  if (!body) return;
  for (const rule of rules) {
    for (const el of body.querySelectorAll(rule.selector)) {
      if (!el.isConnected || el === body) continue;
      // The article's own landmarks are never boilerplate, whatever their class says.
      if (rule.guarded && (el.matches('article, main, [role="main"], [itemprop="articleBody"]') || el.querySelector('h1'))) continue;
      if (rule.guarded && holdsProse(el)) continue;
      record(removed, readableText(el), rule.reason);
      el.remove();
    }
  }
  // Short leaf-ish elements whose whole text is a progress strip or an ad label.
  for (const el of body.querySelectorAll('div, span, p, section, aside, ol, ul, li')) {
    if (!el.isConnected) continue;
    const raw = el.textContent ?? '';
    if (raw.length > 800) continue;
    const text = normalize(raw);
    if (PROGRESS.test(text)) { record(removed, text, 'reading progress'); el.remove(); }
    else if (AD_LABEL.test(text)) { record(removed, text, 'advertisement label'); el.remove(); }
  }
}
