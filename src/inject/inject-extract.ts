// The injected script for the one caller with no document of its own to read the page in: the
// copy-summary command in Chromium, whose background is a service worker (no DOMParser; an offscreen
// document needs a permission beyond the four Lede asks for). It writes the same bounded copy as
// inject.js, in the same slices, then reads it in the tab's isolated world exactly as the popup reads it
// (extractSnapshot), so the copy holds what the popup shows. Readability runs on the page's thread here:
// the price of copying without opening the popup, in Chromium only (Firefox's background page reads the
// copy itself). Returns PageData with the document's load time.
import { DEFAULT_LIMITS } from '../extract/bounded-clone';
import { extractSnapshot } from '../extract/read-snapshot';
import { serializePage } from './serialize-page';
import { pauseForPage, SLICE_MS } from './pause';
import type { InjectResult } from '../shared/messages';

async function run(): Promise<InjectResult> {
  if (document.contentType === 'application/pdf') return { error: 'This tab shows a PDF.', closed: 'pdf' };
  const pause = pauseForPage();
  try {
    const text = await serializePage(document, DEFAULT_LIMITS, { sliceMs: SLICE_MS, pause: pause.next, now: () => performance.now() });
    const snapshot = { url: location.href, loadedAt: performance.timeOrigin, html: text.html, total: text.total, skipped: text.skipped };
    return { ...extractSnapshot(snapshot), loadedAt: snapshot.loadedAt, loading: document.readyState === 'loading' };
  } catch (error) {
    return { error: (error as Error)?.message ?? String(error) };
  } finally {
    pause.close();
  }
}

export const result = run();
