// Word tokens of a sentence with the little the actor rules need to know about each.
import { caselessRegExp } from '../text/caseless-pattern';
import { isAsciiDigit, isAsciiLetterOrDigit, isAsciiLower, isAsciiUpper } from '../text/char-codes';

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

// "U.S." and "E.U." keep their full stops, and so do names made of a web address ("Page.ly", "Amazon.com");
// elsewhere a full stop ends the word ("von der Leyen.Philipp" is two).
const WORD = /(?:\p{Lu}\.){2,4}|\p{Lu}[\p{L}\p{N}]*\.(?:com|ly|io|net|org|ai|tv|fm)(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
// French and Italian elide the article into the next word: "l’Etat", "d’Alcúdia", "dell’Iran".
// (Compiled case by case: the same matches as /iu, cheaper to compile in a fresh popup.)
const ELISION = caselessRegExp(String.raw`^((?:l|d|j|qu|n|s|c|m|t|dell|all|nell|sull|dall|dall|un|quest|nell)['’])(\p{L}.*)$`, 'iu');
/** Marks that open or close a quotation in any house style (» and « point either way in German and French). */
export const OPEN_QUOTES = new Set(['„', '“', '«', '"', '‘', '‚', '»']);
export const CLOSE_QUOTES = new Set(['“', '”', '»', '"', '’', '‘', '«']);
const OPENERS = new Set([':', '„', '“', '«', '"', '‚', '‘', '»', '–', '—']);

// Invisible format characters (word joiner, zero-width space, soft hyphen) that pages leave inside the text
// would stand as punctuation between a comma and an apposition ("Ed Hirs, \u2060an energy fellow").
const INVISIBLE = /\p{Cf}/gu;
// A left single quotation mark between letters is a mistyped apostrophe: "Travis Kelce‘s mom".
const LEFT_QUOTE_APOSTROPHE = /(\p{L})‘(\p{L})/gu;

// Per-token tests, each with a character-code answer for the common case first: tokenize runs over every
// sentence of the article, in a popup where the code is still cold.
const LETTER_MARK_NUMBER = /^[\p{L}\p{M}\p{N}]/u;
const CAPITAL = /^\p{Lu}/u;
const DIGITS_CAPITAL = /^\d+\p{Lu}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,4}$/u;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,4}$/u;

/** A token of WORD is a word unless it is the one character of its last branch (neither letter, mark nor number). */
function isWord(text: string): boolean {
  if (text.length > 2) return true; // the last branch matches one code point: at most two code units
  const c = text.charCodeAt(0);
  if (c < 128) return isAsciiLetterOrDigit(c);
  return LETTER_MARK_NUMBER.test(text);
}

/** Starts with a capital, or with digits and a capital (CAPITAL, DIGITS_CAPITAL). */
function isCap(text: string): boolean {
  const c = text.charCodeAt(0);
  if (isAsciiUpper(c)) return true;
  if (isAsciiLower(c)) return false;
  if (isAsciiDigit(c)) return DIGITS_CAPITAL.test(text);
  return CAPITAL.test(text) || DIGITS_CAPITAL.test(text);
}

/** ACRONYM or DOTTED_ACRONYM: both start with a capital and span at most 12 code units (4 × capital and full stop). */
function isAcronym(bare: string): boolean {
  const c = bare.charCodeAt(0);
  if (bare.length > 12 || (c < 128 && !isAsciiUpper(c))) return false;
  return ACRONYM.test(bare) || DOTTED_ACRONYM.test(bare);
}

/** The word without an English possessive ("Trump's" -> "Trump"), as /['’]s$/ takes it. */
function withoutPossessive(text: string): string {
  const n = text.length;
  const q = text.charCodeAt(n - 2);
  return n >= 2 && text.charCodeAt(n - 1) === 115 && (q === 39 || q === 0x2019) ? text.slice(0, n - 2) : text;
}

/**
 * Words joined with spaces, an elided article written against the word after it again as tokenize split it
 * ("Quai d’Orsay", "ministra dell'Agricoltura", "chef de l’Etat"), capitalised inside a name too ("Giovanni D’Agata").
 */
export function joinWords(words: string[]): string {
  return words.join(' ').replace(/(^|\s)(\p{L}\p{Ll}{0,3}['’])\s(?=\p{L})/gu, '$1$2');
}

export function tokenize(sentence: string, lang: string): Token[] {
  const clean = sentence.replace(INVISIBLE, '').replace(LEFT_QUOTE_APOSTROPHE, '$1’$2');
  // match() with a global pattern gives the matched strings alone, without a match object per token.
  let raw: string[] = clean.match(WORD) ?? [];
  if (lang === 'fr' || lang === 'it') {
    raw = raw.flatMap((t) => {
      const e = t.match(ELISION);
      return e ? [e[1], e[2]] : [t];
    });
  }
  const out: Token[] = [];
  let initial = true;
  for (const text of raw) {
    const word = isWord(text);
    if (!word) {
      out.push({ text, word, cap: false, acronym: false, initial: false });
      // (Two commas are the Dutch low opening mark: ",,Men denkt dat …".)
      if (OPENERS.has(text) || (text === ',' && out.length >= 2 && out[out.length - 2].text === ',')) initial = true;
      continue;
    }
    const cap = isCap(text);
    const acronym = isAcronym(withoutPossessive(text));
    out.push({ text, word, cap, acronym, initial });
    initial = false;
  }
  return out;
}
