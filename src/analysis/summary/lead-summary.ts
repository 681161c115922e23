// The lead summary: sentences taken verbatim from the start of the article. First version: lead-3.
import type { SummaryLength } from '../types';
import type { ArticleText } from '../article-text';
import { splitSentences } from '../text/sentences';

const COUNT: Record<SummaryLength, number> = { short: 1, medium: 3, long: 5 };

export function leadSummary(article: ArticleText, length: SummaryLength = 'medium'): string[] {
  const out: string[] = [];
  for (const p of article.paragraphs) {
    for (const s of splitSentences(p, article.lang)) {
      if (out.length >= COUNT[length]) return out;
      out.push(s);
    }
  }
  return out;
}
