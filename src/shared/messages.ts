// The one message that crosses from the page to the extension: the injected script's return value. It
// is checked by shape before use: a page can make the injected script throw or return something odd, and
// nothing it returns is trusted.
import type { Block, PageData, Removed } from '../analysis/types';
import type { PageSnapshot } from '../extract/read-snapshot';
import type { ClosedReason } from './tab-access';

/** What the injected script returns when it cannot hand over PageData. */
export interface InjectError {
  error: string;
  /** Set when the tab turned out to be closed to reading (a PDF shown by the browser's viewer). */
  closed?: ClosedReason;
}

/** PageData, with the load time of the document it was read from (performance.timeOrigin). */
export type PageResult = PageData & { loadedAt?: number; loading?: boolean };

/** What an injected script returns: the page's bounded copy as text (inject.js, read in the popup),
 *  PageData read in the page itself (inject-extract.js, where no DOMParser is at hand), or an error. */
export type InjectResult = { snapshot: PageSnapshot } | PageResult | InjectError;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const BLOCK_KINDS = new Set(['p', 'h', 'quote', 'li', 'caption', 'pre']);
const CLOSED = new Set(['browser-page', 'store', 'pdf', 'file', 'error-page']);

function isBlock(v: unknown): v is Block {
  return isObject(v) && isString(v.text) && BLOCK_KINDS.has(v.kind as string);
}
function isRemoved(v: unknown): v is Removed {
  return isObject(v) && isString(v.text) && isString(v.reason);
}

/** PageData when the value has its shape, else null. */
export function asPageData(v: unknown): PageData | null {
  if (!isObject(v) || !isString(v.url) || typeof v.readerable !== 'boolean' || !isObject(v.meta)) return null;
  if (!Array.isArray(v.blocks) || !v.blocks.every(isBlock)) return null;
  if (!Array.isArray(v.removed) || !v.removed.every(isRemoved)) return null;
  return v as unknown as PageData;
}

/** The page's bounded copy, when the value has its shape, else null. */
export function asSnapshot(v: unknown): PageSnapshot | null {
  if (!isObject(v) || !isObject(v.snapshot)) return null;
  const s = v.snapshot;
  if (!isString(s.url) || !isString(s.html) || typeof s.loadedAt !== 'number') return null;
  if (!Number.isFinite(s.total) || !Number.isFinite(s.skipped)) return null;
  const took = isObject(s.took) && Number.isFinite(s.took.startedAt) && Number.isFinite(s.took.writtenAt) ? { startedAt: s.took.startedAt as number, writtenAt: s.took.writtenAt as number } : undefined;
  return { url: s.url, loadedAt: s.loadedAt, html: s.html, total: s.total as number, skipped: s.skipped as number, ...(took && { took }) };
}

/** The injected script's own error report, when it sent one. */
export function asInjectError(v: unknown): InjectError | null {
  if (!isObject(v) || !isString(v.error)) return null;
  return CLOSED.has(v.closed as string) ? { error: v.error, closed: v.closed as ClosedReason } : { error: v.error };
}
