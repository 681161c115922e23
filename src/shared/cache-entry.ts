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

/** True when the entry was made from this document with this summary length. */
export function cacheHolds(entry: CachedSummary | null | undefined, url: string, loadedAt: number, length: SummaryLength): entry is CachedSummary {
  return !!entry && entry.url === url && entry.loadedAt === loadedAt && entry.length === length;
}
