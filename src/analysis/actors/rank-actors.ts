// Orders actors by importance once the quotes are known: a person who speaks matters more.
import type { Actor, Quote } from '../types';
import type { ArticleText } from '../article-text';

export function rankActors(actors: Actor[], quotes: Quote[], _article: ArticleText): Actor[] {
  const spoken = new Map<string, number>();
  for (const q of quotes) if (q.speaker) spoken.set(q.speaker, (spoken.get(q.speaker) ?? 0) + 1);
  return actors
    .map((a, i) => ({ a, i, score: a.mentions + 2 * (spoken.get(a.name) ?? 0) }))
    .sort((x, y) => y.score - x.score || x.i - y.i)
    .map((x) => x.a);
}
