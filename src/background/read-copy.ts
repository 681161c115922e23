// Firefox's background page reads the popup's copy of the page and analyses it, warm (src/shared/copy-reader.ts
// says why): offered on its global, where only the extension's own pages can reach it. A background
// without a DOM parser (Chromium's service worker) offers nothing, and the popup reads the copy itself.
import { analyze } from '../analysis/analyze';
import { extractSnapshot } from '../extract/read-snapshot';
import { READ_COPY, type ReadCopy } from '../shared/copy-reader';

export const canReadCopies = () => typeof DOMParser === 'function';

const readCopy: ReadCopy = (snapshot, options) => {
  const started = performance.now();
  const page = extractSnapshot(snapshot);
  const extracted = performance.now();
  const summary = analyze(page, options);
  return { summary, extractionMs: extracted - started, analysisMs: performance.now() - extracted };
};

export function offerCopyReading(): void {
  if (canReadCopies()) (globalThis as Record<string, unknown>)[READ_COPY] = readCopy;
}
