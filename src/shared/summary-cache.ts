// The summary of each tab, kept in storage.session (memory only, gone when the browser closes) so that
// reopening the popup on the same page is instant. An entry belongs to one document: the tab, its
// address and the document's load time (performance.timeOrigin, new on every load and reload). The
// background drops a tab's entry as soon as the tab starts loading or closes; the load time catches
// what that misses (a reload the background did not see in time).
import browser from 'webextension-polyfill';
import { cacheKey, type CachedSummary } from './cache-entry';

export { cacheHolds, cacheKey, cacheMayHold, type CachedSummary } from './cache-entry';

function asEntry(v: unknown): CachedSummary | null {
  const e = v as CachedSummary | undefined;
  return e && typeof e.url === 'string' && typeof e.loadedAt === 'number' && typeof e.length === 'string' && e.summary && typeof e.summary === 'object' ? e : null;
}

/** The tab's entry in what storage.session.get returned (a read the popup started early). */
export const cachedIn = (stored: Record<string, unknown>, tabId: number) => asEntry(stored[cacheKey(tabId)]);

export async function readCached(tabId: number): Promise<CachedSummary | null> {
  try {
    return asEntry((await browser.storage.session.get(cacheKey(tabId)))[cacheKey(tabId)]);
  } catch {
    return null; // no storage.session: every popup summarises afresh
  }
}

export async function writeCached(tabId: number, entry: CachedSummary): Promise<void> {
  try {
    await browser.storage.session.set({ [cacheKey(tabId)]: entry });
  } catch {
    // Over the session quota (10 MB in Chromium): start again from this entry rather than fail the popup.
    try {
      await browser.storage.session.clear();
      await browser.storage.session.set({ [cacheKey(tabId)]: entry });
    } catch { /* the cache is an optimisation */ }
  }
}

export async function dropCached(tabId: number): Promise<void> {
  try { await browser.storage.session.remove(cacheKey(tabId)); } catch { /* nothing cached */ }
}
