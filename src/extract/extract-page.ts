// The extraction that runs in the page (injected script) and on saved pages (CLI, with jsdom).
// Readability rewrites the DOM it is given, so it only ever sees a clone: the live page stays as it was.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { PageData, Removed } from '../analysis/types';
import { readMeta } from './read-meta';
import { blocksFrom } from './blocks';
import { pruneNoise } from './prune-noise';

export interface ExtractOptions {
  /** Readability's element budget: past it, Readability gives up, which keeps huge pages bounded. */
  maxElems?: number;
}

export function extractPage(doc: Document, url: string, options: ExtractOptions = {}): PageData {
  const meta = readMeta(doc);
  const readerable = isProbablyReaderable(doc);
  const clone = doc.cloneNode(true) as Document;
  const removed: Removed[] = [];
  pruneNoise(clone, removed);
  let note: string | null = null;
  let article: ReturnType<Readability<Element>['parse']> = null;
  try {
    article = new Readability<Element>(clone, {
      serializer: (el) => el as Element,
      maxElemsToParse: options.maxElems ?? 0,
    }).parse();
  } catch (error) {
    note = `Readability stopped: ${(error as Error).message}`;
  }
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
  };
}
