// Word tokens of a sentence with the little the actor rules need to know about each.
export interface Token {
  text: string;
  /** Letters or digits (a word), as opposed to punctuation. */
  word: boolean;
  /** Starts with a capital letter or a digit-led name ("Flightradar24" starts with F). */
  cap: boolean;
  /** An acronym: two to five capitals (longer all-caps words are mostly shouted credits: "IMAGO", "DIYORA"), digits allowed after the first ("NATO", "CDU", "G7", "UN"). */
  acronym: boolean;
  /** First word of its sentence, or the first after an opening quotation mark or a colon: any word is capitalised there. */
  initial: boolean;
}

// "U.S." and "E.U." keep their full stops; elsewhere a full stop ends the word ("von der Leyen.Philipp" is two).
const WORD = /(?:\p{Lu}\.){2,4}|[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
// French and Italian elide the article into the next word: "l’Etat", "d’Alcúdia", "dell’Iran".
const ELISION = /^((?:l|d|j|qu|n|s|c|m|t|dell|all|nell|sull|dall|dall|un|quest|nell)['’])(\p{L}.*)$/iu;
const OPENERS = new Set([':', '„', '“', '«', '"', '‚', '‘', '»', '–', '—']);

// Invisible format characters (word joiner, zero-width space, soft hyphen) that pages leave inside the text
// would stand as punctuation between a comma and an apposition ("Ed Hirs, \u2060an energy fellow").
const INVISIBLE = /\p{Cf}/gu;
// A left single quotation mark between letters is a mistyped apostrophe: "Travis Kelce‘s mom".
const LEFT_QUOTE_APOSTROPHE = /(\p{L})‘(\p{L})/gu;

export function tokenize(sentence: string, lang: string): Token[] {
  const raw: string[] = [];
  const clean = sentence.replace(INVISIBLE, '').replace(LEFT_QUOTE_APOSTROPHE, '$1’$2');
  for (const m of clean.matchAll(WORD)) {
    const t = m[0];
    const e = (lang === 'fr' || lang === 'it') ? t.match(ELISION) : null;
    if (e) raw.push(e[1], e[2]); else raw.push(t);
  }
  const out: Token[] = [];
  let initial = true;
  for (const text of raw) {
    const word = /^[\p{L}\p{M}\p{N}]/u.test(text);
    if (!word) {
      out.push({ text, word, cap: false, acronym: false, initial: false });
      if (OPENERS.has(text)) initial = true;
      continue;
    }
    const cap = /^\p{Lu}/u.test(text) || /^\d+\p{Lu}/u.test(text);
    const bare = text.replace(/['’]s$/u, '');
    const acronym = /^\p{Lu}[\p{Lu}\d]{1,4}$/u.test(bare) || /^(?:\p{Lu}\.){2,4}$/u.test(bare);
    out.push({ text, word, cap, acronym, initial });
    initial = false;
  }
  return out;
}
