// The article's own text and its metadata from what the page handed over: metadata picked from the best
// source, noise blocks removed, and the headline, kicker and deck taken out of the body (they are fields
// of their own). analyze() builds everything else on this.
import type { Block, PageData, Removed } from '../types';
import { cleanBlocks, DATELINE, openingDateline } from './clean-blocks';
import { pickMetadata, type Metadata } from '../metadata/pick-metadata';
import { sharedShare, titleWords } from '../text/title-words';
import { dropInvisibleBreaks } from '../text/invisible-breaks';

// Meta titles keep soft hyphens and word joiners; the body's text has them taken out.
const squash = (s: string) => dropInvisibleBreaks(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
const same = (a: string | null, b: string) => !!a && squash(a) === squash(b);

export interface ArticleBody {
  meta: Metadata;
  blocks: Block[];
  removed: Removed[];
}

/**
 * Readability sometimes keeps only part of an article (mozilla/readability#776: German layouts that
 * split the text over several containers). When the publisher's JSON-LD articleBody is much longer than
 * what was extracted, and what was extracted is part of it, the articleBody is the article.
 */
function recoverFromJsonLd(page: PageData, blocks: Block[]): { blocks: Block[]; recovered: boolean } {
  const full = page.meta.jsonLd?.articleBody?.replace(/\r\n?/g, '\n').trim();
  if (!full) return { blocks, recovered: false };
  const have = blocks.reduce((n, b) => n + b.text.length, 0);
  const fullKey = squash(full);
  if (full.length < 1.6 * have + 200) return { blocks, recovered: false };
  // Only when the extracted paragraphs are inside it word for word: otherwise articleBody is another
  // text, or one whose markup was stripped carelessly (words glued together where tags were).
  const paragraphs = blocks.filter((b) => b.kind === 'p' && b.text.length > 80);
  const inside = paragraphs.filter((b) => fullKey.includes(squash(b.text))).length;
  if (!paragraphs.length || inside < paragraphs.length - 1 || inside < paragraphs.length * 0.8) return { blocks, recovered: false };
  const parts = full.split(/\n\s*\n|\n/).map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { blocks: parts.map((text) => ({ kind: 'p' as const, text })), recovered: true };
}

/**
 * A meta description is the deck only when it is the publisher's own teaser: not the article's opening
 * words cut to length (most of its words in the first paragraphs: "「UP Core」は、…" over the same
 * sentence in the body), and not a site-wide slogan that shares almost nothing with the article
 * ("PHP/HTML5/CSS3/JavaScript/CSS等の最新技術情報をお届け").
 */
function descriptionIsDeck(deck: string, headline: string | null, blocks: Block[]): boolean {
  if (!blocks.length) return true;
  // The body opens with the description's first words: the description is the opening, cut to length. The
  // body may print a section label or a photo caption before its first paragraph ("Sports", "Dec 27, 2014;
  // Louisville, KY, USA; …"), so any of its first blocks can be where the text opens.
  const opening = titleWords(deck).slice(0, 8).join(' ');
  for (let i = 0; opening && i < Math.min(4, blocks.length); i++) {
    const lead = blocks.slice(i, i + 3).map((b) => b.text).join(' ');
    if (titleWords(lead).slice(0, 8).join(' ') === opening && sharedShare(deck, lead) >= 0.8) return false;
  }
  const article = `${headline ?? ''} ${blocks.slice(0, 12).map((b) => b.text).join(' ')}`;
  return sharedShare(deck, article) >= 0.25;
}

export function articleBody(page: PageData): ArticleBody {
  const meta = pickMetadata(page);
  const recovered = recoverFromJsonLd(page, page.blocks);
  const cleaned = cleanBlocks(recovered.blocks, { byline: meta.byline, published: meta.published });
  // The h1 as printed (with its kicker) may differ from the headline chosen; near the top it is no body text.
  const h1 = page.meta.h1?.text ?? null;
  // Headline-like texts normalised once; a block is normalised only when its length is near one of them.
  const titles = [meta.headline, meta.kicker && meta.headline ? `${meta.kicker} ${meta.headline}` : null].filter((t): t is string => !!t);
  const near = (a: string, b: string) => b.length <= a.length * 2 + 20 && a.length <= b.length * 2 + 20;
  const keys = titles.map(squash);
  const h1Key = h1 ? squash(h1) : null;
  // The kicker printed on a line of its own above the headline ("<h4>Protestkultur in Japan nach der Katastrophe</h4>")
  // is a field of its own too, near the top.
  const kickerKey = meta.kicker ? squash(meta.kicker) : null;
  let blocks = cleaned.blocks.filter((b, i) => {
    if (i < 4 && kickerKey && b.text.length <= meta.kicker!.length + 5 && squash(b.text) === kickerKey) return false;
    const check = titles.some((t) => near(t, b.text)) || (i < 4 && !!h1 && near(h1, b.text));
    if (!check) return true;
    const k = squash(b.text);
    return !keys.includes(k) && !(i < 4 && k === h1Key);
  });
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
  // With the standfirst out, the story's first paragraph may open with the dateline that cleaning could not
  // see as the opening ("TOKIO taz | Im Café …" under taz's intro).
  const extra: Removed[] = [];
  const first = blocks.findIndex((b) => b.kind === 'p');
  const dateline = deckAt >= 0 && meta.deckOnPage && first >= 0 ? openingDateline(blocks[first].text) : null;
  if (dateline) {
    extra.push({ text: dateline.trim(), reason: 'wire dateline' });
    blocks = blocks.map((b, i) => (i === first ? { ...b, text: b.text.slice(dateline.length) } : b));
  }
  // A description that opens with a wire dateline ("LONDON (AP) — Britain's …") is the story's opening.
  if (meta.deck && !meta.deckOnPage && (DATELINE.test(meta.deck) || !descriptionIsDeck(meta.deck, meta.headline, blocks))) meta.deck = null;
  return { meta, blocks, removed: [...page.removed, ...cleaned.removed, ...extra] };
}
