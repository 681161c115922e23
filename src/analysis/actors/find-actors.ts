// First version: runs of two or three capitalised words that do not start a sentence. Replaced later.
import type { Actor } from '../types';
import type { ArticleText } from '../article-text';

export function findActors(article: ArticleText): Actor[] {
  const counts = new Map<string, number>();
  const text = [article.headline, article.deck, ...article.paragraphs].filter(Boolean).join('\n');
  for (const m of text.matchAll(/(?<=[\p{Ll},;:] )(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})/gu)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8)
    .map(([name, mentions]) => ({ name, kind: 'person', role: null, mentions }));
}
