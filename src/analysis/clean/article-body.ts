// The article's own text and its metadata from what the page handed over: metadata picked from the best
// source, noise blocks removed, and the headline, kicker and deck taken out of the body (they are fields
// of their own). analyze() builds everything else on this.
import type { Block, PageData, Removed } from '../types';
import { cleanBlocks } from './clean-blocks';
import { pickMetadata, type Metadata } from '../metadata/pick-metadata';

const squash = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
const same = (a: string | null, b: string) => !!a && squash(a) === squash(b);

export interface ArticleBody {
  meta: Metadata;
  blocks: Block[];
  removed: Removed[];
}

export function articleBody(page: PageData): ArticleBody {
  const meta = pickMetadata(page);
  const cleaned = cleanBlocks(page.blocks);
  const blocks = cleaned.blocks.filter((b) => !same(meta.headline, b.text) && !same(meta.deck, b.text)
    && !(meta.kicker && meta.headline && same(`${meta.kicker} ${meta.headline}`, b.text)));
  return { meta, blocks, removed: [...page.removed, ...cleaned.removed] };
}
