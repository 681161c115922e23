// Summarises one tab: from the cache when the same document was summarised before, else by having the
// injected script write the page's bounded copy out as text, then reading and analysing that text here,
// off the page's thread. The popup and the copy-summary command both come through here, so they show and
// copy the same thing. Everything that can go wrong ends in a state that can be shown: never a blank
// popup, never one that waits for good, never the browser's own words as the message.
import browser from 'webextension-polyfill';
import type { PageData, Summary, SummaryLength } from '../analysis/types';
import type { analyze } from '../analysis/analyze';
import type { extractSnapshot } from '../extract/read-snapshot';
import type { ReadCopy } from './copy-reader';
import { asInjectError, asPageData, asSnapshot } from './messages';
import { closedReason, isAccessRefusal, isClosedPageRefusal, isErrorPageRefusal, type ClosedReason } from './tab-access';
import { cacheHolds, cacheMayHold, readCached, writeCached, type CachedSummary } from './summary-cache';
import { readPage, type ReadOutcome } from './read-tab';
import { t } from './i18n';

/** The reading and the analysis, as the caller provides them: the popup loads them only when needed
 *  (they are most of its code). `extractSnapshot` reads the page's copy; a caller that has it not (the
 *  copy command: Chromium's service worker has no DOMParser) asks for `readInPage`, and the page then
 *  reads its own copy (inject-extract.js). */
export interface Reading {
  analyze: (...args: Parameters<typeof analyze>) => Summary | Promise<Summary>;
  extractSnapshot?: typeof extractSnapshot;
  /** Both in one call, where the background can (Firefox: copy-reader.ts); tried first. */
  readCopy?: ReadCopy;
}
export type LoadReading = () => Promise<Reading>;
export interface SummariseOptions {
  readInPage?: boolean;
  /** The tab's cached summary, if the caller has already asked storage for it. */
  cached?: Promise<CachedSummary | null>;
}

export type FailedStep = 'tab' | 'injection' | 'analysis' | 'navigated' | 'timeout';

export type TabState =
  | { kind: 'loading' }
  | { kind: 'closed'; reason: ClosedReason }
  /** `step` says which part failed, so the message can name it; `message` is Lede's own words, `detail`
   *  the browser's or the script's, when there are any. */
  | { kind: 'failed'; step: FailedStep; message: string; detail?: string }
  | { kind: 'done'; summary: Summary; fromCache: boolean };

const messageOf = (error: unknown) => String((error as Error)?.message ?? error);

/** A User Timing mark at each step of a read, so the benchmark can say where a popup's time goes; `at`
 *  (ms since the epoch) for a step taken elsewhere (the page's own). */
const step = (name: string, at?: number) => {
  try { performance.mark(`lede-step-${name}`, at === undefined ? undefined : { startTime: at - performance.timeOrigin }); } catch { /* no User Timing */ }
};

/** Which document the tab shows now: its address and load time, read in the page (cheap). */
function probe(): { url: string; loadedAt: number } {
  return { url: location.href, loadedAt: performance.timeOrigin };
}

type Refused = { kind: 'closed'; reason: ClosedReason } | { kind: 'failed'; step: FailedStep; message: string; detail?: string };

function refusal(message: string, url: string | undefined): Refused {
  if (isErrorPageRefusal(message)) return { kind: 'closed', reason: 'error-page' };
  if (isAccessRefusal(message)) return { kind: 'closed', reason: /^file:/i.test(url ?? '') ? 'file' : 'browser-page' };
  return { kind: 'failed', step: 'injection', message: t('pageUnreadable'), detail: message };
}

/** What a read came to when it brought no page: the state to show. */
function notRead(outcome: Exclude<ReadOutcome, { kind: 'answer' }>, url: string | undefined): Refused {
  switch (outcome.kind) {
    case 'refused': return refusal(outcome.message, url);
    case 'navigated': return { kind: 'failed', step: 'navigated', message: t('navigatedText') };
    case 'tab-closed': return { kind: 'failed', step: 'tab', message: t('tabClosed') };
    case 'timeout': return { kind: 'failed', step: 'timeout', message: t('timeoutText') };
  }
}

/**
 * Whether a web page the reader opened Lede on is gone from the tab: Firefox withdraws the one-time
 * grant on any navigation, Chromium on one to another site, and then refuses the script as it would on
 * a browser page. Without the grant the tab's address is no longer even readable, so a tab whose address
 * is missing, or now another, or that is loading again, has moved on.
 */
async function leftSinceOpened(tabId: number, url: string | undefined): Promise<boolean> {
  // No address at all: the grant (which shows it, even for the browser's own pages) was already gone
  // when the popup asked, a moment after the reader's key press.
  if (!url) return true;
  if (!/^https?:/i.test(url)) return false;
  try {
    // Still loading: the grant went when the navigation started, before the new address showed.
    const now = await browser.tabs.get(tabId);
    return now.url !== url || now.status === 'loading';
  } catch {
    return false;
  }
}

/** `started`: the page's copy, if the caller has already asked for it (readPage). */
export async function summariseTab(tab: { id?: number; url?: string }, length: SummaryLength, loadReading: LoadReading, options: SummariseOptions = {}, started?: Promise<ReadOutcome | null> | null): Promise<TabState> {
  if (tab.id === undefined) return { kind: 'failed', step: 'tab', message: t('noTab') };
  const tabId = tab.id;
  const closed = closedReason(tab.url);
  if (closed) return { kind: 'closed', reason: closed };

  // A cached summary can hold only when it was made at the address the tab shows now. Only then is it
  // worth a round trip into the page to compare the document's load time (the page's copy, already
  // under way, is then left unused).
  const cached = await (options.cached ?? readCached(tabId));
  step('cache-read');
  if (cacheMayHold(cached, tab.url, length)) {
    let now;
    try {
      now = (await browser.scripting.executeScript({ target: { tabId }, func: probe, injectImmediately: true }))?.[0]?.result as ReturnType<typeof probe> | undefined;
    } catch (error) {
      return refusal(messageOf(error), tab.url);
    }
    if (now && cacheHolds(cached, now.url, now.loadedAt, length)) return { kind: 'done', summary: cached.summary, fromCache: true };
  }
  // The reading code loads (if the caller loads it lazily) while the page writes its copy.
  const reading = loadReading();
  const outcome = (started ? await started : null) ?? await readPage(tab, options)!;
  step('page-copy');
  if (outcome.kind === 'refused' && isAccessRefusal(outcome.message) && !isClosedPageRefusal(outcome.message)
    && await leftSinceOpened(tabId, tab.url)) return notRead({ kind: 'navigated' }, tab.url);
  if (outcome.kind !== 'answer') return notRead(outcome, tab.url);
  if (outcome.error) return { kind: 'failed', step: 'injection', message: t('pageUnreadable'), detail: messageOf(outcome.error) };
  const injectError = asInjectError(outcome.value);
  if (injectError?.closed) return { kind: 'closed', reason: injectError.closed };
  if (injectError) return { kind: 'failed', step: 'injection', message: t('pageUnreadable'), detail: injectError.error };

  let page: PageData | null;
  let loadedAt: unknown;
  let run: Reading;
  try {
    run = await reading;
    step('code');
  } catch (error) {
    return { kind: 'failed', step: 'analysis', message: t('analysisFailed'), detail: messageOf(error) };
  }
  const snapshot = asSnapshot(outcome.value);
  if (snapshot?.took) { step('page-started', snapshot.took.startedAt); step('page-written', snapshot.took.writtenAt); }
  if (snapshot && run.readCopy) {
    try {
      const started = performance.now();
      const read = run.readCopy(snapshot, { length });
      // The benchmark's measures, as the popup takes them below.
      performance.measure('lede-extraction', { start: started, duration: read.extractionMs });
      performance.measure('lede-analysis', { start: started + read.extractionMs, duration: read.analysisMs });
      step('analysed');
      return done(tabId, snapshot.url, snapshot.loadedAt, length, read.summary);
    } catch (error) {
      return { kind: 'failed', step: 'analysis', message: t('analysisFailed'), detail: messageOf(error) };
    }
  }
  try {
    if (snapshot && run.extractSnapshot) {
      const started = performance.now();
      page = run.extractSnapshot(snapshot);
      // User Timing measures, so the benchmark reads where the time goes in a fresh popup (cold code).
      performance.measure('lede-extraction', { start: started, end: performance.now() });
      step('extracted');
      loadedAt = snapshot.loadedAt;
    } else {
      page = asPageData(outcome.value);
      loadedAt = (outcome.value as { loadedAt?: unknown } | undefined)?.loadedAt;
    }
  } catch (error) {
    return { kind: 'failed', step: 'analysis', message: t('analysisFailed'), detail: messageOf(error) };
  }
  if (!page) return { kind: 'failed', step: 'injection', message: t('badResult') };

  let summary: Summary;
  try {
    const started = performance.now();
    summary = await run.analyze(page, { length });
    performance.measure('lede-analysis', { start: started, end: performance.now() });
    step('analysed');
  } catch (error) {
    return { kind: 'failed', step: 'analysis', message: t('analysisFailed'), detail: messageOf(error) };
  }
  return done(tabId, page.url, loadedAt, length, summary);
}

/** The summary to show, stored for the next popup on the same document. */
function done(tabId: number, url: string, loadedAt: unknown, length: SummaryLength, summary: Summary): TabState {
  // Not awaited: the reader sees the summary while it is stored. The article's full text (`body`) is
  // left out: nothing shows it, and on a huge page it would make the write slow and the entry large.
  if (typeof loadedAt === 'number') void writeCached(tabId, { url, loadedAt, length, summary: { ...summary, body: '' } });
  return { kind: 'done', summary, fromCache: false };
}
