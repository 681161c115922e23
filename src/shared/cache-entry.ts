// What the summary cache keeps per tab, and when an entry may be shown again. Pure, so it is unit
// tested without a browser; storage is in summary-cache.ts.
import type { Summary, SummaryLength } from '../analysis/types';

export interface CachedSummary {
  url: string;
  /** performance.timeOrigin of the document the summary was made from. */
  loadedAt: number;
  length: SummaryLength;
  summary: Summary;
}

export const cacheKey = (tabId: number) => `summary:${tabId}`;

/** True when the entry was made at this address with this summary length: only then can it hold, and
 *  only then is the document's load time worth reading from the page (cacheHolds). */
export function cacheMayHold(entry: CachedSummary | null | undefined, url: string | undefined, length: SummaryLength): entry is CachedSummary {
  return !!entry && entry.url === url && entry.length === length;
}

/** True when the entry was made from this document with this summary length. */
export function cacheHolds(entry: CachedSummary | null | undefined, url: string, loadedAt: number, length: SummaryLength): entry is CachedSummary {
  return cacheMayHold(entry, url, length) && entry.loadedAt === loadedAt;
}
