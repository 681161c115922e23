// First version: paired quotation marks with at least four words inside. Attribution comes later.
import type { Actor, Quote } from '../types';
import type { ArticleText } from '../article-text';

const PAIRS = /„([^“”]+)[“”]|»([^«]+)«|«\s?([^»]+?)\s?»|“([^”]+)”|"([^"]+)"/gu;

export function findQuotes(article: ArticleText, _actors: Actor[]): Quote[] {
  const quotes: Quote[] = [];
  for (const p of article.paragraphs) {
    for (const m of p.matchAll(PAIRS)) {
      const text = (m.slice(1).find(Boolean) ?? '').trim();
      if (text.split(/\s+/).length >= 4) quotes.push({ text, speaker: null });
    }
  }
  return quotes;
}
