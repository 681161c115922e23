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
/** Medium takes a third sentence only while the first two are brief: teasers run 30 to 50 words. */
const MEDIUM_THIRD_BELOW_WORDS = 35;
// Weights measured on the fundus development pages against the publishers' own teasers (ROUGE-1);
// the penalties cost a little ROUGE but keep sentences that cannot stand alone out of the summary.
const W = { decay: 0.35, topic: 1.5, short: 0.8, long: 0.4, opener: 0.3, question: 0.7, quote: 0.2, shownQuote: 0.5, unfinished: 0.5 };
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
      let score = 1 / (1 + index * W.decay) + W.topic * overlap(own, topic);
      if (words < 6) score -= W.short;
      if (words > 60) score -= W.long;
      if (openersHere.has(firstWord(text))) score -= W.opener;
      if (/\?["“”»«]?$/.test(text)) score -= W.question;
      if (/^["„“”«»‚‘']/.test(text)) score -= W.quote;
      if (quoted.some((q) => q.length > 20 && text.includes(q))) score -= W.shownQuote;
      if (!/[.!?…]["“”»«’)]?$/.test(text)) score -= W.unfinished;
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
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.index - b.index);
  let chosen = ranked.slice(0, want);
  if (length === 'medium' && chosen.length === 3 && chosen[0].words + chosen[1].words >= MEDIUM_THIRD_BELOW_WORDS) chosen = chosen.slice(0, 2);
  if (length === 'short') {
    // One sentence of at most about 35 words: the best one that fits, else the best one.
    chosen = [scored.filter((s) => s.words <= SHORT_MAX_WORDS).sort((a, b) => b.score - a.score)[0] ?? chosen[0]].filter(Boolean);
  }
  return chosen.sort((a, b) => a.index - b.index).map((s) => s.text);
}
