// Keys under which the forms of one name meet: "NATO" and "Nato", "Estlands" and "Estland",
// "Trump's" and "Trump", "Europäischen Kommission" and "Europäische Kommission".

// Keys are made for every word of every sentence and of every gazetteer entry (a thousand names, once
// per popup): the common cases are answered with character tests, the rest by the general rule.
import { isAsciiLower } from '../text/char-codes';

/** A character from U+00C0 on: below it nothing decomposes and nothing is a combining mark. */
const BEYOND_LATIN1_SIGNS = /[^\u0000-\u00bf]/;

/** Lowercase without diacritics ("Nicolás" -> "nicolas"), as the first-name list is stored. */
export function fold(s: string): string {
  if (!BEYOND_LATIN1_SIGNS.test(s)) return s.toLowerCase();
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const LOWER_S = 115;

/** Drops an English possessive: "Trump's", "Zephyr’s", "Conservatives’" (what /['’]s$/ and then /(?<=s)['’]$/ remove). */
export function stripPossessive(word: string): string {
  let w = word;
  let n = w.length;
  let c = w.charCodeAt(n - 2);
  if (n >= 2 && w.charCodeAt(n - 1) === LOWER_S && (c === APOSTROPHE || c === RIGHT_QUOTE)) w = w.slice(0, (n -= 2));
  c = w.charCodeAt(n - 1);
  if (n >= 2 && (c === APOSTROPHE || c === RIGHT_QUOTE) && w.charCodeAt(n - 2) === LOWER_S) w = w.slice(0, n - 1);
  return w;
}

const ALL_CAPITALS = /^\p{Lu}+$/u;

/** One German ending off the end, as /(es|en|em|e|s|n)$/ would take it: "es", "en", "em" before "e", "s", "n". */
function stripGermanEnding(w: string): string {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (w.charCodeAt(n - 2) === 101 && (last === 115 || last === 110 || last === 109)) return w.slice(0, n - 2);
  if (last === 101 || last === 115 || last === 110) return w.slice(0, n - 1);
  return w;
}

/**
 * One word's key. German declines names and the adjectives inside them ("Estlands", "Putins",
 * "Vereinigten Staaten", "Wiener Zentrums"), so for German the usual endings (not -er: "Wiener" is not "Wien") come off words long enough
 * for that to be safe; both sides of a comparison go through the same function, so "Kallas" -> "kalla"
 * is harmless. Acronyms keep their letters ("USA" is not "US" + "A").
 */
export function wordKey(word: string, lang: string): string {
  let w = stripPossessive(word);
  // Twice, so that a genitive on a word that itself ends like an inflection meets its base: "Rumäniens" / "Rumänien".
  // (Shorter words keep their ending; a lowercase letter among the first two settles "not all capitals".)
  if (lang === 'de' && w.length >= 5 && (isAsciiLower(w.charCodeAt(0)) || isAsciiLower(w.charCodeAt(1)) || !ALL_CAPITALS.test(w))) {
    for (let pass = 0; pass < 2 && w.length >= 5; pass++) w = stripGermanEnding(w);
  }
  return fold(w);
}

// Word keys are asked for again and again (every window of every sentence): memoised per language.
const memo = new Map<string, Map<string, string>>();

export function cachedWordKey(word: string, lang: string): string {
  let m = memo.get(lang);
  if (!m) memo.set(lang, (m = new Map()));
  let k = m.get(word);
  if (k === undefined) {
    if (m.size > 50_000) m.clear();
    m.set(word, (k = wordKey(word, lang)));
  }
  return k;
}

export function nameKey(words: string[], lang: string): string {
  return words.map((w) => cachedWordKey(w, lang)).join(' ');
}

/**
 * The keys of the windows of 1..max words starting at `from`: keys[n - 1] is nameKey of n words. Built
 * by appending, because the actor scans ask for every window at every word.
 */
export function windowKeys(tokens: { text: string }[], from: number, max: number, lang: string): string[] {
  const keys: string[] = [];
  let key = '';
  for (let n = 0; n < max && from + n < tokens.length; n++) {
    key = n ? `${key} ${cachedWordKey(tokens[from + n].text, lang)}` : cachedWordKey(tokens[from].text, lang);
    keys.push(key);
  }
  return keys;
}
