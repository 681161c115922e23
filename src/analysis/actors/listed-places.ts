// Names listed together are of one kind: "Dallas, Oklahoma City, Tulsa, Wichita and Omaha" is a list of
// places once one of them is a known place. Cities are too many for any list an extension can carry,
// but news names them in such lists, after the state or the country that is known.
import type { Token } from './tokens';
import type { Lexicon } from './lexicon';
import type { Mention } from './find-mentions';

/** Marks the bare names of a sentence that stand in one list with a known place (reading order, no quadratic scan). */
export function markListedPlaces(tokens: Token[], mentions: Mention[], lex: Lexicon): void {
  const placed = mentions.filter((m) => m.start !== undefined && m.end !== undefined && !m.title).sort((a, b) => a.start! - b.start!);
  let chain: Mention[] = [];
  let joinerSeen = false;
  // A list has three items or a joiner: "In Texas, Republicans …" is no list, "Kansas and Dallas" is.
  const close = () => {
    if ((chain.length > 2 || (chain.length === 2 && joinerSeen)) && chain.some((m) => m.kind === 'place')) {
      for (const m of chain) if (m.evidence === 'bare' && !m.kind) m.listedWithPlace = true;
    }
    chain = [];
    joinerSeen = false;
  };
  for (const m of placed) {
    const prev = chain[chain.length - 1];
    const link = prev ? between(tokens, prev.end!, m.start!, lex) : 'none';
    if (prev && link === 'none') close();
    if (link === 'joiner') joinerSeen = true;
    chain.push(m);
  }
  close();
}

/** What stands between two names: only list punctuation (", "), a joiner (" and ", ", and "), or anything else. */
function between(tokens: Token[], from: number, to: number, lex: Lexicon): 'comma' | 'joiner' | 'none' {
  if (to <= from || to - from > 3) return 'none';
  let joiner = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    // An abbreviation's full stop inside a list: "Kansas City, Mo., Omaha".
    if (t.text === ',' || (t.text === '.' && tokens[i + 1]?.text === ',')) continue;
    if (t.word && lex.isListJoiner(t.text)) joiner = true;
    else return 'none';
  }
  return joiner ? 'joiner' : 'comma';
}
