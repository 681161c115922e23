// The background's reader of the page's copy, when the background has one (Firefox: see
// src/shared/copy-reader.ts); null in Chromium, whose background is a service worker, or when anything
// about it is amiss: the popup then reads the copy itself.
import { nativeApi } from '../src/shared/native-api';
import { READ_COPY, type CopyReading, type ReadCopy } from '../src/shared/copy-reader';
import type { AnalyzeOptions } from '../src/analysis/types';
import type { PageSnapshot } from '../src/extract/read-snapshot';

/** Whether the background can be a page at all, known at once: the one manifest names both a `scripts`
 *  background (Firefox's, a page) and a `service_worker` (Chromium's), and only Firefox has
 *  runtime.getBrowserInfo. Elsewhere the popup starts loading its own reading code without waiting for
 *  getBackgroundPage to refuse (about 10 ms in Chromium, which its reading code then arrived late by). */
export const backgroundMayRead = () => typeof (nativeApi.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

export async function backgroundReader(): Promise<ReadCopy | null> {
  if (!backgroundMayRead()) return null;
  try {
    const background = await nativeApi.runtime.getBackgroundPage?.() as unknown as Record<string, unknown> | null | undefined;
    const read = background?.[READ_COPY];
    if (typeof read !== 'function') return null;
    // The answer is made in the background's realm: cloned into the popup's own, so it outlives the
    // background page (Firefox unloads an idle one, and its objects with it).
    return (snapshot: PageSnapshot, options: AnalyzeOptions) => structuredClone((read as ReadCopy)(snapshot, options)) as CopyReading;
  } catch {
    return null;
  }
}
