// Counts how often each actor is named anywhere in the article, in any of its forms, and where:
// the headline, the deck and the first paragraphs weigh more for importance. A hyphenated compound
// ("Nato-Staaten", "Trump-Anwältin") names the actor too, but counts apart, as a half mention.
import type { Actor } from '../types';
import type { TokenSentence } from './article-sentences';
import { DECK, HEADLINE } from './article-sentences';
import { cachedWordKey, nameKey, wordKey, windowKeys } from './name-key';

export interface MentionStats {
  total: number;
  compounds: number;
  headline: number;
  deck: number;
  /** Mentions in the first body paragraph. */
  lead: number;
  /** Index of the first sentence naming the actor. */
  first: number;
  /** The forms the article uses for the actor, as written ("Estlands", "Trump's"). */
  forms: Set<string>;
}

const MAX_WORDS = 7;

/** Every form of an actor as a token key ("jens stoltenberg", "stoltenberg", "nato"). */
export function formIndex(actors: Actor[], lang: string): Map<string, number> {
  const index = new Map<string, number>();
  const ambiguous = new Set<string>();
  actors.forEach((a, n) => {
    for (const form of new Set([a.name, ...(a.aliases ?? [])])) {
      const words = form.split(/\s+/).filter(Boolean);
      if (!words.length || words.length > MAX_WORDS) continue;
      const key = nameKey(words, lang);
      if (index.has(key) && index.get(key) !== n) ambiguous.add(key);
      else index.set(key, n);
    }
  });
  for (const k of ambiguous) index.delete(k);
  return index;
}

export function countMentions(actors: Actor[], sentences: TokenSentence[], lang: string): MentionStats[] {
  const stats: MentionStats[] = actors.map(() => ({ total: 0, compounds: 0, headline: 0, deck: 0, lead: 0, first: Infinity, forms: new Set<string>() }));
  const index = formIndex(actors, lang);
  const firstWords = new Set([...index.keys()].map((k) => k.split(' ')[0]));
  sentences.forEach((s, si) => {
    const words = s.tokens.filter((t) => t.word);
    for (let i = 0; i < words.length;) {
      let hit = -1;
      if (!firstWords.has(cachedWordKey(words[i].text, lang)) && !words[i].text.includes('-')) { i++; continue; }
      let n = Math.min(MAX_WORDS, words.length - i);
      // A lowercase word starts a name only inside a longer form ("von der Leyen"), never alone ("china" is an adjective in Spanish).
      const keys = windowKeys(words, i, n, lang);
      for (; n >= (words[i].cap ? 1 : 2); n--) {
        const a = index.get(keys[n - 1]);
        if (a !== undefined) { hit = a; break; }
      }
      if (hit < 0) {
        const parts = words[i].text.split('-');
        if (parts.length > 1) {
          const a = index.get(wordKey(parts[0], lang)) ?? index.get(wordKey(parts[parts.length - 1], lang));
          if (a !== undefined) stats[a].compounds++;
        }
        i++;
        continue;
      }
      const st = stats[hit];
      st.total++;
      st.forms.add(words.slice(i, i + n).map((t) => t.text).join(' '));
      if (s.segment === HEADLINE) st.headline++;
      else if (s.segment === DECK) st.deck++;
      else if (s.segment === DECK + 1) st.lead++;
      st.first = Math.min(st.first, si);
      i += n;
    }
  });
  return stats;
}
