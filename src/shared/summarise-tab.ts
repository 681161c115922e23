// Summarises one tab: from the cache when the same document was summarised before, else by running
// the injected script in the tab and analysing what it returns. The popup and the copy-summary command
// both come through here, so they show and copy the same thing. Everything that can go wrong ends in
// a state that can be shown: never a blank popup.
import browser from 'webextension-polyfill';
import type { Summary, SummaryLength } from '../analysis/types';
import type { analyze } from '../analysis/analyze';

/** How the caller provides the analysis: the popup loads it only when needed (it is most of the code). */
export type LoadAnalysis = () => Promise<typeof analyze>;
import { asInjectError, asPageData } from './messages';
import { closedReason, isAccessRefusal, type ClosedReason } from './tab-access';
import { cacheHolds, cacheMayHold, readCached, writeCached } from './summary-cache';
import { t } from './i18n';

export type TabState =
  | { kind: 'loading' }
  | { kind: 'closed'; reason: ClosedReason }
  /** `step` says which part failed, so the message can name it. */
  | { kind: 'failed'; step: 'tab' | 'injection' | 'analysis'; message: string }
  | { kind: 'done'; summary: Summary; fromCache: boolean };

const messageOf = (error: unknown) => String((error as Error)?.message ?? error);

/** Which document the tab shows now: its address and load time, read in the page (cheap). */
function probe(): { url: string; loadedAt: number } {
  return { url: location.href, loadedAt: performance.timeOrigin };
}

type Refused = { kind: 'closed'; reason: ClosedReason } | { kind: 'failed'; step: 'injection'; message: string };

function refusal(error: unknown, url: string | undefined): Refused {
  const message = messageOf(error);
  if (isAccessRefusal(message)) return { kind: 'closed', reason: /^file:/i.test(url ?? '') ? 'file' : 'browser-page' };
  return { kind: 'failed', step: 'injection', message };
}

export async function summariseTab(tab: { id?: number; url?: string }, length: SummaryLength, loadAnalysis: LoadAnalysis): Promise<TabState> {
  if (tab.id === undefined) return { kind: 'failed', step: 'tab', message: t('noTab') };
  const tabId = tab.id;
  const closed = closedReason(tab.url);
  if (closed) return { kind: 'closed', reason: closed };

  // A cached summary can hold only when it was made at the address the tab shows now. Only then is it
  // worth a round trip into the page to compare the document's load time; otherwise the page is read
  // at once, which spares that round trip (about 20 ms in Chromium) on every first open.
  const cached = await readCached(tabId);
  if (cacheMayHold(cached, tab.url, length)) {
    let now;
    try {
      now = (await browser.scripting.executeScript({ target: { tabId }, func: probe, injectImmediately: true }))?.[0]?.result as ReturnType<typeof probe> | undefined;
    } catch (error) {
      return refusal(error, tab.url);
    }
    if (now && cacheHolds(cached, now.url, now.loadedAt, length)) return { kind: 'done', summary: cached.summary, fromCache: true };
  }
  // The analysis loads (if the caller loads it lazily) while the page is read.
  const analysis = loadAnalysis();

  let results;
  try {
    // A leading slash: Firefox resolves the path from the popup's folder otherwise.
    results = await browser.scripting.executeScript({ target: { tabId }, files: ['/inject.js'], injectImmediately: true });
  } catch (error) {
    return refusal(error, tab.url);
  }
  // Firefox reports a script that threw as `error` on the result; Chromium rejects the call instead.
  const first = results?.[0] as { result?: unknown; error?: unknown } | undefined;
  if (first?.error) return { kind: 'failed', step: 'injection', message: messageOf(first.error) };
  const injectError = asInjectError(first?.result);
  if (injectError?.closed) return { kind: 'closed', reason: injectError.closed };
  if (injectError) return { kind: 'failed', step: 'injection', message: injectError.error };
  const page = asPageData(first?.result);
  if (!page) return { kind: 'failed', step: 'injection', message: t('badResult') };

  let summary: Summary;
  try {
    const run = await analysis;
    const started = performance.now();
    summary = run(page, { length });
    // A User Timing measure (not a mark: the popup's first `lede:` mark says when it answered), so the
    // benchmark reads how long the analysis took where it really runs: a fresh popup, cold code.
    performance.measure('lede-analysis', { start: started, end: performance.now() });
  } catch (error) {
    return { kind: 'failed', step: 'analysis', message: messageOf(error) };
  }
  const loadedAt = (first?.result as { loadedAt?: unknown }).loadedAt;
  // Not awaited: the reader sees the summary while it is stored. The article's full text (`body`) is
  // left out: nothing shows it, and on a huge page it would make the write slow and the entry large.
  if (typeof loadedAt === 'number') void writeCached(tabId, { url: page.url, loadedAt, length, summary: { ...summary, body: '' } });
  return { kind: 'done', summary, fromCache: false };
}
