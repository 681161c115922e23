// The popup's very first script: which tab, the page's copy, the two stored values the first summary
// needs (the settings, the tab's cached summary), and where it reads the copy (its own reading code,
// unless Firefox's background page reads it), all asked for at once. It imports nothing but the
// browser's own API, the read itself and two small pure modules (no polyfill, no reading code), so it runs
// as soon as the popup's document does. Measured in Firefox ESR (bench): Lede's first script ran 48 ms
// after its document started, against 32 ms for a popup whose script is a few lines (the floor); from
// here it runs 24 ms after, as the floor's. Press to answer did not change measurably (A/B over 20 pages,
// twice, in each browser: within ±15 ms), the page's copy and the background's work being the long wait.
// Everything else (start.ts, the interface) loads after.
import { nativeApi } from '../src/shared/native-api';
import { readPage, type ReadOutcome } from '../src/shared/read-tab';
import { SETTINGS_KEY } from '../src/shared/settings';
import { cacheKey } from '../src/shared/cache-entry';
import { backgroundMayRead } from './read-in-background';

performance.mark('lede-step-script');

export const activeTab = nativeApi.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab);
export const pageCopy: Promise<ReadOutcome | null> = activeTab.then((tab) => (tab ? readPage(tab) : null));

type Stored = Record<string, unknown>;
/** What storage held when the popup opened (empty when it could not be read: defaults, no cache). */
export const storedSettings: Promise<Stored> = nativeApi.storage.sync.get(SETTINGS_KEY).catch(() => ({}));
export const storedCache: Promise<Stored> = activeTab
  .then((tab) => (tab?.id === undefined ? {} : nativeApi.storage.session.get(cacheKey(tab.id))))
  .catch(() => ({}));

/** The popup's own reading code (Readability and the extraction), where the background cannot read the
 *  copy (Chromium): it loads while the page writes its copy. Its load is measured for the benchmark. */
const loadStart = performance.now();
export const readingCode = backgroundMayRead() ? null : import('../src/shared/reading').then((m) => {
  performance.measure('lede-analysis-load', { start: loadStart, end: performance.now() });
  return m;
});
