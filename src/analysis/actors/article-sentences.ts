// The article as tokenised sentences, each tagged with where it stands (headline, deck, body paragraph),
// shared by the actor finder and the ranking so both read the same words.
import type { ArticleText } from '../article-text';
import { splitSentences } from '../text/sentences';
import { tokenize, type Token } from './tokens';

export interface TokenSentence {
  /** 0 headline, 1 deck, 2 + n body paragraph n. */
  segment: number;
  tokens: Token[];
}

export const HEADLINE = 0;
export const DECK = 1;

// The finder and the ranking read the same article: tokenised once per article object. Nothing
// downstream writes to the tokens, so sharing them is safe.
const cache = new WeakMap<ArticleText, TokenSentence[]>();

export function articleSentences(article: ArticleText): TokenSentence[] {
  let sentences = cache.get(article);
  if (!sentences) cache.set(article, (sentences = tokenizeArticle(article)));
  return sentences;
}

function tokenizeArticle(article: ArticleText): TokenSentence[] {
  const out: TokenSentence[] = [];
  const segments = [article.headline ?? '', article.deck ?? '', ...article.paragraphs];
  segments.forEach((text, segment) => {
    if (!text.trim()) return;
    for (const s of splitSentences(text, article.lang)) out.push({ segment, tokens: tokenize(s, article.lang) });
  });
  return out;
}
