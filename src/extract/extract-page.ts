// The extraction that runs in the page (injected script) and on saved pages (CLI, with jsdom).
// Readability rewrites the DOM it is given, so it only ever sees a clone: the live page stays as it was.
import { Readability } from '@mozilla/readability';
import { isReaderable } from './readerable';
import type { PageData, Removed, Stopped } from '../analysis/types';
import { readMeta } from './read-meta';
import { blocksFrom } from './blocks';
import { pruneLinkLines, pruneNoise } from './prune-noise';
import { boundedClone, DEFAULT_LIMITS, type CloneLimits } from './bounded-clone';

export interface ExtractOptions {
  /** How much of the page Readability may see (see bounded-clone.ts). */
  limits?: CloneLimits;
}

export function extractPage(doc: Document, url: string, options: ExtractOptions = {}): PageData {
  const meta = readMeta(doc);
  const readerable = isReaderable(doc);
  const bounded = boundedClone(doc, options.limits ?? DEFAULT_LIMITS);
  const clone = bounded.doc;
  const removed: Removed[] = [];
  pruneNoise(clone, removed);
  const share = bounded.total ? Math.round((100 * (bounded.total - bounded.skipped)) / bounded.total) : 100;
  let stopped: Stopped | null = bounded.skipped ? { at: 'size', readPercent: share } : null;
  let note: string | null = bounded.skipped
    ? `This page is very long: Lede read its first ${share}% and stopped there, to answer quickly.`
    : null;
  let article: ReturnType<Readability<Element>['parse']> = null;
  try {
    article = new Readability<Element>(clone, {
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
