// The background's reader of the page's copy, when the background has one (Firefox: see
// src/shared/copy-reader.ts); null in Chromium, whose getBackgroundPage refuses at once (MV3 service
// worker), or when anything about it is amiss: the popup then reads the copy itself.
import { nativeApi } from '../src/shared/native-api';
import { READ_COPY, type CopyReading, type ReadCopy } from '../src/shared/copy-reader';
import type { AnalyzeOptions } from '../src/analysis/types';
import type { PageSnapshot } from '../src/extract/read-snapshot';

export async function backgroundReader(): Promise<ReadCopy | null> {
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
