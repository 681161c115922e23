// The lead summary: one to five sentences taken verbatim from the article. News puts the story first,
// so position is the strongest signal; on top of it, sentences that share the headline's and deck's
// words rise, and sentences that cannot stand alone (a pronoun or connective opening, a question, a bare
// quote, a dateline fragment) fall. The chosen sentences are shown in article order.
import type { Quote, SummaryLength } from '../types';
import type { ArticleText } from '../article-text';
import { splitSentences } from '../text/sentences';
import openers from '../data/summary-dependent-openers.json';
import { contentWords, overlap } from './words';

const COUNT: Record<SummaryLength, number> = { short: 1, medium: 3, long: 5 };
/** Only the top of the article is a lead; further down, sentences need context. */
const CANDIDATES = 14;
const SHORT_MAX_WORDS = 35;
const OPENERS = new Map(Object.entries(openers).filter(([k]) => !k.startsWith('_')).map(([k, v]) => [k, new Set(v as string[])]));

export interface Scored { text: string; index: number; score: number; words: number }

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
const firstWord = (s: string) => s.match(/^[\s"„“”«»‚‘'(]*([\p{L}]+)/u)?.[1]?.toLowerCase() ?? '';

/** Sentences of the lead, each scored; exported for tests. */
export function scoreSentences(article: ArticleText, quotes: Quote[] = []): Scored[] {
  const topic = contentWords([article.headline, article.deck].filter(Boolean).join(' '), article.lang);
  const deckWords = contentWords(article.deck ?? '', article.lang);
  const openersHere = OPENERS.get(article.lang) ?? OPENERS.get('en')!;
  const quoted = quotes.map((q) => q.text);
  const out: Scored[] = [];
  for (const paragraph of article.paragraphs) {
    for (const text of splitSentences(paragraph, article.lang)) {
      if (out.length >= CANDIDATES) return out;
      const index = out.length;
      const words = wordCount(text);
      const own = contentWords(text, article.lang);
      let score = 1 / (1 + index * 0.35);
      score += 0.8 * overlap(own, topic);
      if (words < 6) score -= 0.8;
      if (words > 60) score -= 0.4;
      if (openersHere.has(firstWord(text))) score -= 0.6;
      if (/\?["“”»«]?$/.test(text)) score -= 0.7;
      if (/^["„“”«»‚‘']/.test(text) || quoted.some((q) => q.length > 20 && text.includes(q))) score -= 0.5;
      if (!/[.!?…]["“”»«’)]?$/.test(text)) score -= 0.5;
      // The deck is shown above the summary: repeating it word for word adds nothing.
      if (deckWords.size && overlap(own, deckWords) > 0.8) score = -Infinity;
      out.push({ text, index, score, words });
    }
  }
  return out;
}

export function leadSummary(article: ArticleText, length: SummaryLength = 'medium', quotes: Quote[] = []): string[] {
  const scored = scoreSentences(article, quotes).filter((s) => s.score > -Infinity);
  const want = COUNT[length];
  let chosen = [...scored].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, want);
  if (length === 'short') {
    // One sentence of at most about 35 words: the best one that fits, else the best one.
    chosen = [scored.filter((s) => s.words <= SHORT_MAX_WORDS).sort((a, b) => b.score - a.score)[0] ?? chosen[0]].filter(Boolean);
  }
  return chosen.sort((a, b) => a.index - b.index).map((s) => s.text);
}
