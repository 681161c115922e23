// Word and punctuation tokens with their offsets: the unit the attribution patterns look at.
import { isAsciiLetterOrDigit, isAsciiUpper } from '../text/char-codes';
import abbreviations from '../data/abbreviations.json';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Punctuation (one character). */
  punct: boolean;
  /** A form of a verb of saying used as a noun here ("tener en cuenta"). */
  noun?: boolean;
}

// Words may hold inner hyphens and apostrophes ("Nato-Generalsekretär", "O’Brien", "a-t-il").
// "U.S." and "N.H." keep their full stops, as the actors' tokens do: an abbreviation, not two initials.
const TOKEN = /(?:\p{Lu}\.){2,4}(?!\p{L})|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const CAPITAL = /^\p{Lu}/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN.lastIndex = 0;
  // The first character decides both flags; ASCII (most of it) is read by its code, the rest by the
  // Unicode classes. Why: this runs over every word of the article twice, cold, in a fresh popup.
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const ascii = c < 128;
    const punct = ascii ? !isAsciiLetterOrDigit(c) : !LETTER_OR_NUMBER.test(t[0]);
    const cap = ascii ? isAsciiUpper(c) : CAPITAL.test(t);
    const start = from + m.index;
    // French and Italian elide the article into the next word: "l’ex governatore", "dell’Interno", "qu’il". The
    // article is a token of its own (written with a straight apostrophe in `lower`), so "dice l’ex governatore"
    // reads as a determiner and a role. Only a lowercase article: "D’Alema", "O’Brien" are names.
    const e = !punct && !cap && t.length > 3 ? ELISION.exec(t) : null;
    if (e) {
      const n = e[1].length + 1;
      out.push({ text: t.slice(0, n), lower: `${e[1]}'`, start, end: start + n, cap: false, punct: false });
      const rest = t.slice(n);
      out.push({ text: rest, lower: rest.toLowerCase(), start: start + n, end: start + t.length, cap: CAPITAL.test(rest), punct: false });
      continue;
    }
    out.push({ text: t, lower: t.toLowerCase(), start, end: start + t.length, cap, punct });
  }
  return out;
}

const ELISION = /^(l|d|j|qu|n|s|c|m|t|dell|all|nell|sull|dall|dagl|sugl|quest|quell)['’](?=\p{L}{2})/u;

/** Words of a text, for counting. */
export const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

const ABBREVIATIONS = new Set(abbreviations.all);
const INITIAL = /^\p{Lu}$/u;

/**
 * tokens[i] is the full stop of an abbreviation or an initial ("Gov. Kasich", "Andrew J. Tabler",
 * "A.F.L.-C.I.O."): part of a name phrase, not the end of a clause.
 */
export function isAbbreviationDot(tokens: Token[], i: number): boolean {
  const t = tokens[i], w = tokens[i - 1];
  return !!t && t.text === '.' && !!w && !w.punct && w.end === t.start && (ABBREVIATIONS.has(w.text) || INITIAL.test(w.text));
}

/** A full stop inside a word, as in a web address ("ndr.de", "news.bbc.co.uk"): no sentence or phrase ends there. */
export function isInnerDot(tokens: Token[], i: number): boolean {
  const t = tokens[i], w = tokens[i - 1], n = tokens[i + 1];
  return !!t && t.text === '.' && !!w && !!n && !w.punct && !n.punct && w.end === t.start && n.start === t.end;
}
