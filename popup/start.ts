// The popup's work before its interface has loaded, once the page's copy is under way (first-read.ts):
// where the copy is read, the settings, and the first summary itself. main.tsx loads this module and the
// interface (Preact and the views) after first-read.ts; the interface shows the loading state meanwhile and
// the answer when it is there: measured in Chromium on a busy machine, the full script graph took about
// 100 ms to load and run, and the summary needs none of it.
import type { ReadOutcome } from '../src/shared/read-tab';
import { activeTab, pageCopy, readingCode, storedCache, storedSettings } from './first-read';
import { parseSettings, SETTINGS_KEY } from '../src/shared/settings';
import { cachedIn } from '../src/shared/summary-cache';
import { summariseTab, type Reading, type TabState } from '../src/shared/summarise-tab';
import type { SummaryLength } from '../src/analysis/types';
import { analyzeInBackground } from './analyze-in-background';
import { backgroundReader } from './read-in-background';

// Where the page's copy is read: in Firefox's background, warm, in one call (read-in-background.ts);
// else here, with the reading code first-read.ts started loading, and analysed by the background.
const reading: Promise<Reading> = backgroundReader().then(async (readCopy) => (readCopy
  ? { readCopy, analyze: analyzeInBackground }
  : { extractSnapshot: (await (readingCode ?? import('../src/shared/reading'))).extractSnapshot, analyze: analyzeInBackground }));

export const settingsAtOpen = storedSettings.then((stored) => parseSettings(stored[SETTINGS_KEY]));
const loadReading = () => reading;

/** `early`: the page's copy and the cache entry the popup asked for as it opened (the first summary). */
export async function summariseActiveTab(length: SummaryLength, early?: { copy: Promise<ReadOutcome | null>; cached: Promise<Record<string, unknown>> }): Promise<{ state: TabState; tabId?: number }> {
  const tab = await activeTab;
  const cached = early && tab?.id !== undefined ? early.cached.then((stored) => cachedIn(stored, tab.id!)) : undefined;
  return { state: await summariseTab(tab ?? {}, length, loadReading, { cached }, early?.copy), tabId: tab?.id };
}

/** The first summary, with the settings as they are when the popup opens and the page's copy already
 *  under way; a later change of length (from the menu) summarises again (app.tsx). */
export const firstRun = settingsAtOpen.then((s) => ({ length: s.length, run: summariseActiveTab(s.length, { copy: pageCopy, cached: storedCache }) }));
