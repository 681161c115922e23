// The extension's extraction, off the page's thread: the bounded copy the page wrote out as HTML
// (src/inject/serialize-page.ts) is parsed into an inert document (no scripts run, nothing loads, nothing
// is shown: DOMParser's, or jsdom's in the tests) and read as the CLI reads a saved page. The parsed
// document is never put into any document that is shown.
import type { PageData } from '../analysis/types';
import { readMeta } from './read-meta';
import { isReaderable } from './readerable';
import { extractArticle } from './extract-page';

/** What the injected script hands over: the page's bounded copy as text, and where it came from. */
export interface PageSnapshot {
  url: string;
  /** performance.timeOrigin of the document it was read from (tells a reload apart: the summary cache). */
  loadedAt: number;
  html: string;
  /** Elements of the page in all, and those the budget left out. */
  total: number;
  skipped: number;
  /** The document was still loading (what had arrived was read). */
  loading?: boolean;
  /** When the page started and finished writing the copy (ms since the epoch): where the time goes. */
  took?: { startedAt: number; writtenAt: number };
}

/** Parses HTML into an inert document. */
export type ParseHtml = (html: string) => Document;

export const parseInert: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');

export function extractSnapshot(snapshot: PageSnapshot, parse: ParseHtml = parseInert): PageData {
  const doc = parse(snapshot.html);
  // Metadata and the reader test first: the article's extraction below rewrites this document.
  const meta = readMeta(doc);
  const readerable = isReaderable(doc);
  return extractArticle(doc, snapshot.url, meta, readerable, snapshot);
}
