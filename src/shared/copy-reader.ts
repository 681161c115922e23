// Reading the page's copy and analysing it in one call to Firefox's background. There the background is
// a page, with a DOM parser, in the popup's own process: the popup calls it directly (through
// runtime.getBackgroundPage) instead of parsing the copy with its own cold code and sending the result
// over runtime messaging. Measured in Firefox ESR: a popup's first extraction took 1.5-2.5x as long as the
// same extraction in a page that had run it before, and each message between popup and background
// 5-30 ms through the parent process. Chromium's background is a service worker, with no DOM and no
// getBackgroundPage: there the popup reads the copy and the worker analyses it (analyze-message.ts).
import type { AnalyzeOptions, Summary } from '../analysis/types';
import type { PageSnapshot } from '../extract/read-snapshot';

/** The name under which the background offers it on its global. */
export const READ_COPY = 'ledeReadCopy';

export interface CopyReading {
  summary: Summary;
  /** How long the reading and the analysis took (ms), for the benchmark's table. */
  extractionMs: number;
  analysisMs: number;
}

export type ReadCopy = (snapshot: PageSnapshot, options: AnalyzeOptions) => CopyReading;
