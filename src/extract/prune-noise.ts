// Noise removed from the clone before Readability sees it: elements no reader wants, found by role,
// landmark, visibility and class/id vocabulary. Each removal is recorded with its reason.
import type { Removed } from '../analysis/types';
import { normalize } from './blocks';

interface Rule { reason: string; selector: string }

const RULES: Rule[] = [
  { reason: 'hidden', selector: '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"]' },
  { reason: 'navigation', selector: 'nav, [role="navigation"], .breadcrumb, .breadcrumbs, [class*="breadcrumb"]' },
  { reason: 'share buttons', selector: '[class*="share" i], [class*="social" i], [id*="share" i]' },
  { reason: 'reading progress', selector: 'progress, [class*="progress" i], [role="progressbar"]' },
  { reason: 'newsletter or subscription box', selector: '[class*="newsletter" i], [class*="paywall" i], [class*="subscribe" i]' },
  { reason: 'cookie or consent dialog', selector: '[class*="cookie" i], [id*="cookie" i], [class*="consent" i], [id*="consent" i]' },
  { reason: 'advertisement', selector: '[class*="advert" i], [id*="advert" i], [class~="ad"], [class*="ad-slot" i], [class*="anzeige" i]' },
  { reason: 'comments', selector: '#comments, [class*="comments" i], [id*="disqus" i]' },
  { reason: 'related articles', selector: '[class*="related" i], [class*="recommend" i], [class*="read-more" i], [class*="readmore" i]' },
];

/** Elements that hold the article must never be removed by a class-name rule, however it matches. */
function holdsArticle(el: Element): boolean {
  return el.matches('article, main, [role="main"], body, html') || (el.querySelectorAll('p').length >= 5);
}

export function pruneNoise(doc: Document, removed: Removed[]): void {
  for (const rule of RULES) {
    for (const el of doc.querySelectorAll(rule.selector)) {
      if (!el.isConnected || holdsArticle(el)) continue;
      const text = normalize(el.textContent ?? '');
      el.remove();
      if (text) removed.push({ text: text.length > 300 ? `${text.slice(0, 300)}…` : text, reason: rule.reason });
    }
  }
}
