// Roles given by description rather than beside the name: "Donald Trump: Der US-Präsident schießt …",
// "Sir Keir Starmer has defended … The Prime Minister suggested …". A sentence that opens on a definite
// role description refers to someone named just before it (same paragraph, or the end of the one
// before). It goes to the last person named there who has no role yet, unless someone named there
// already holds that role ("Sophie Binet, la secrétaire générale … La secrétaire générale a …").
// A sentence that opens on a subject pronoun and a copula ("She was a secretary for …") describes the
// last person named just before it.
import type { Actor } from '../types';
import type { TokenSentence } from './article-sentences';
import type { Lexicon } from './lexicon';
import { formIndex } from './count-mentions';
import { openingDescription, pronounPredicate } from './find-role';
import { cachedWordKey, windowKeys } from './name-key';

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function addDescribedRoles(actors: Actor[], sentences: TokenSentence[], lex: Lexicon): void {
  const index = formIndex(actors, lex.lang);
  const firstWords = new Set([...index.keys()].map((k) => k.split(' ')[0]));
  let previous: number[] = [];
  let lastSegment = -1;
  for (const s of sentences) {
    if (s.segment - lastSegment > 1) previous = [];
    const role = previous.length ? openingDescription(s.tokens, lex) : null;
    // "Nicole Slemp finally landed one she loved. She was a secretary for …": the pronoun's person is the last one named.
    const predicate = previous.length && !role ? pronounPredicate(s.tokens, lex) : null;
    if (predicate) {
      const target = previous[previous.length - 1];
      if (!actors[target].role) actors[target].role = predicate;
    }
    if (role) {
      const head = words(role).pop()!;
      const holder = previous.some((p) => words(actors[p].role ?? '').includes(head));
      const target = [...previous].reverse().find((p) => !actors[p].role);
      if (!holder && target !== undefined) actors[target].role = role;
    }
    // The persons named in this sentence, for the next one.
    const named: number[] = [];
    const ws = s.tokens.filter((t) => t.word);
    for (let i = 0; i < ws.length; i++) {
      // Only a capitalised word that starts some form can start a name: checked before building any key.
      if (!ws[i].cap || !firstWords.has(cachedWordKey(ws[i].text, lex.lang))) continue;
      const keys = windowKeys(ws, i, 5, lex.lang);
      for (let n = keys.length; n >= 1; n--) {
        const hit = index.get(keys[n - 1]);
        if (hit !== undefined && actors[hit].kind === 'person') { named.push(hit); i += n - 1; break; }
      }
    }
    if (named.length) previous = named;
    else if (!role && !predicate) previous = [];
    lastSegment = s.segment;
  }
}
