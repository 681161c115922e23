// The extraction: metadata and the reader test on the page as it is, then noise pruning and Readability
// on a copy bounded in size (Readability rewrites the DOM it is given, so it only ever sees a copy).
// Two ways in: the CLI hands a saved page parsed by jsdom (extractPage); the extension hands the bounded
// copy the page wrote out as text, parsed in the popup (read-snapshot.ts). Both end in extractArticle.
import { Readability } from '@mozilla/readability';
import { isReaderable } from './readerable';
import type { PageData, PageMeta, Removed, Stopped } from '../analysis/types';
import { readMeta } from './read-meta';
import { blocksFrom } from './blocks';
import { pruneLinkLines, pruneNoise } from './prune-noise';
import { shieldMainProse } from './main-prose';
import { boundedClone, DEFAULT_LIMITS, type CloneLimits } from './bounded-clone';

export interface ExtractOptions {
  /** How much of the page Readability may see (see bounded-clone.ts). */
  limits?: CloneLimits;
}

/** How much of the page the bounded copy holds: elements in all, and those left out. */
export interface CopyBounds { total: number; skipped: number }

export function extractPage(doc: Document, url: string, options: ExtractOptions = {}): PageData {
  const meta = readMeta(doc);
  const readerable = isReaderable(doc);
  const bounded = boundedClone(doc, options.limits ?? DEFAULT_LIMITS);
  return extractArticle(bounded.doc, url, meta, readerable, bounded);
}

/** Noise pruning, Readability and the blocks, on `work`: a copy of the page that may be rewritten. */
export function extractArticle(work: Document, url: string, meta: PageMeta, readerable: boolean, bounds: CopyBounds): PageData {
  const removed: Removed[] = [];
  pruneNoise(work, removed);
  shieldMainProse(work);
  const share = bounds.total ? Math.round((100 * (bounds.total - bounds.skipped)) / bounds.total) : 100;
  let stopped: Stopped | null = bounds.skipped ? { at: 'size', readPercent: share } : null;
  let note: string | null = bounds.skipped
    ? `This page is very long: Lede read its first ${share}% and stopped there, to answer quickly.`
    : null;
  let article: ReturnType<Readability<Element>['parse']> = null;
  try {
    article = new Readability<Element>(work, {
      serializer: (el) => el as Element,
    }).parse();
  } catch (error) {
    note = `Readability stopped: ${(error as Error).message}`;
    stopped = { at: 'readability', error: String((error as Error)?.message ?? error) };
  }
  if (article?.content) pruneLinkLines(article.content, removed);
  const blocks = article?.content ? blocksFrom(article.content) : [];
  return {
    url,
    meta,
    readability: article ? {
      title: article.title ?? null, byline: article.byline ?? null, excerpt: article.excerpt ?? null,
      siteName: article.siteName ?? null, publishedTime: article.publishedTime ?? null, lang: article.lang ?? null,
    } : null,
    readerable,
    blocks,
    removed,
    note,
    stopped,
  };
}
