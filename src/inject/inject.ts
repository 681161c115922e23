// The one script the popup injects into the tab (scripting.executeScript({files})). It runs in the
// extension's isolated world, so the page's own scripts see none of it, and all it does on the page's
// thread is write a bounded copy of the document out as text, in slices of a few milliseconds with the
// page's own tasks in between (serialize-page.ts): the page never waits on Lede. Readability and the
// analysis run on that text in the popup. The value of `result` (a promise, which executeScript waits
// for) is the file's last expression (see vite.config.ts, postFooter). `loadedAt` tells this document
// apart from a reload of it (the summary cache).
import { DEFAULT_LIMITS } from '../extract/bounded-clone';
import { serializePage } from './serialize-page';
import { pauseForPage, SLICE_MS } from './pause';
import type { InjectResult } from '../shared/messages';

async function run(): Promise<InjectResult> {
  // Chromium's PDF viewer is an HTML page holding an <embed>: there is no article text to read.
  if (document.contentType === 'application/pdf') return { error: 'This tab shows a PDF.', closed: 'pdf' };
  const pause = pauseForPage();
  // When the copy started and ended, on the clock every document shares (for the benchmark's table).
  const at = () => performance.timeOrigin + performance.now();
  const startedAt = at();
  try {
    const text = await serializePage(document, DEFAULT_LIMITS, { sliceMs: SLICE_MS, pause: pause.next, now: () => performance.now() });
    return { snapshot: { url: location.href, loadedAt: performance.timeOrigin, html: text.html, total: text.total, skipped: text.skipped, loading: document.readyState === 'loading', took: { startedAt, writtenAt: at() } } };
  } catch (error) {
    // The error's own words only: the popup's title already says, in the reader's language, that the
    // page could not be read.
    return { error: (error as Error)?.message ?? String(error) };
  } finally {
    pause.close();
  }
}

export const result = run();
