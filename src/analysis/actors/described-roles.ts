// Roles given by description rather than beside the name: "Donald Trump: Der US-Präsident schießt …",
// "Sir Keir Starmer has defended … The Prime Minister suggested …". A sentence that opens on a definite
// role description refers to the person named last just before it; a person with no role of their own
// takes that one.
import type { Actor } from '../types';
import type { TokenSentence } from './article-sentences';
import type { Lexicon } from './lexicon';
import { formIndex } from './count-mentions';
import { openingDescription } from './find-role';
import { nameKey } from './name-key';

export function addDescribedRoles(actors: Actor[], sentences: TokenSentence[], lex: Lexicon): void {
  const index = formIndex(actors, lex.lang);
  let lastPerson = -1;
  let lastSegment = -1;
  for (const s of sentences) {
    if (s.segment - lastSegment > 1) lastPerson = -1;
    // Within a paragraph, or at the start of the next one.
    if (lastPerson >= 0 && s.segment - lastSegment <= 1) {
      const role = openingDescription(s.tokens, lex);
      const a = actors[lastPerson];
      if (role && !a.role) a.role = role;
    }
    // The last person named in this sentence, for the next one.
    const words = s.tokens.filter((t) => t.word);
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(5, words.length - i); n >= 1; n--) {
        const hit = index.get(nameKey(words.slice(i, i + n).map((t) => t.text), lex.lang));
        if (hit !== undefined && actors[hit].kind === 'person' && words[i].cap) { lastPerson = hit; i += n - 1; break; }
      }
    }
    lastSegment = s.segment;
  }
}
