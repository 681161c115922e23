// The popup's first work, before its interface has loaded: which tab, the page's copy (the injected
// script), where the copy is read, the settings, and the first summary itself. main.tsx imports this module
// alone, then loads the interface (Preact and the views), which shows the loading state meanwhile and
// the answer when it is there: measured in Chromium on a busy machine, the full script graph took about
// 100 ms to load and run, and the summary needs none of it.
import { nativeApi } from '../src/shared/native-api';
import { readPage, type ReadOutcome } from '../src/shared/read-tab';
import { loadSettings } from '../src/shared/settings-store';
import { summariseTab, type Reading, type TabState } from '../src/shared/summarise-tab';
import type { SummaryLength } from '../src/analysis/types';
import { analyzeInBackground } from './analyze-in-background';
import { backgroundReader } from './read-in-background';

performance.mark('lede-step-script');

export const activeTab = nativeApi.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab);
export const pageCopy: Promise<ReadOutcome | null> = activeTab.then((tab) => (tab ? readPage(tab) : null));

// Where the page's copy is read: in Firefox's background, warm, in one call (read-in-background.ts);
// else here, with the reading code (Readability and the extraction) loaded meanwhile (its load: fetch,
// parse, module init, measured for the benchmark), and analysed by the background.
const loadStart = performance.now();
const reading: Promise<Reading> = backgroundReader().then((readCopy) => readCopy
  ? { readCopy, analyze: analyzeInBackground }
  : import('../src/shared/reading').then((m) => {
    performance.measure('lede-analysis-load', { start: loadStart, end: performance.now() });
    return { extractSnapshot: m.extractSnapshot, analyze: analyzeInBackground };
  }));

export const settingsAtOpen = loadSettings();
const loadReading = () => reading;

export async function summariseActiveTab(length: SummaryLength, started?: Promise<ReadOutcome | null> | null): Promise<{ state: TabState; tabId?: number }> {
  const tab = await activeTab;
  return { state: await summariseTab(tab ?? {}, length, loadReading, {}, started), tabId: tab?.id };
}

/** The first summary, with the settings as they are when the popup opens and the page's copy already
 *  under way; a later change of length (from the menu) summarises again (app.tsx). */
export const firstRun = settingsAtOpen.then((s) => ({ length: s.length, run: summariseActiveTab(s.length, pageCopy) }));
