// The plain data that crosses from the page to the popup is checked by shape before use: a page can
// make the injected script throw or return something odd, and nothing it returns is trusted.
import type { Block, PageData, Removed } from '../analysis/types';

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const BLOCK_KINDS = new Set(['p', 'h', 'quote', 'li', 'caption', 'pre']);

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

/** The injected script's own error report, when it sent one. */
export function asInjectError(v: unknown): string | null {
  return isObject(v) && isString(v.error) ? v.error : null;
}
