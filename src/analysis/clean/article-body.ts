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
  const cleaned = cleanBlocks(page.blocks, { byline: meta.byline, published: meta.published });
  let blocks = cleaned.blocks.filter((b) => !same(meta.headline, b.text)
    && !(meta.kicker && meta.headline && same(`${meta.kicker} ${meta.headline}`, b.text)));
  // The same text, or a description cut short ("…") of a paragraph not much longer than it.
  const isDeck = (b: Block) => same(meta.deck, b.text) || (!!meta.deck && meta.deck.length > 80
    && b.text.length < meta.deck.length * 1.5 && squash(b.text).startsWith(squash(meta.deck).replace(/ \S*$/, '')));
  const deckAt = blocks.slice(0, 5).findIndex(isDeck);
  if (deckAt >= 0) {
    // A standfirst printed on the page is the deck, not body; a meta description that merely repeats
    // the first paragraph leaves that paragraph in the body, and is then no deck of its own.
    if (meta.deckOnPage) blocks = blocks.filter((_, i) => i !== deckAt);
    else meta.deck = null;
  }
  return { meta, blocks, removed: [...page.removed, ...cleaned.removed] };
}
