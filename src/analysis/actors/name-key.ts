// Keys under which the forms of one name meet: "NATO" and "Nato", "Estlands" and "Estland",
// "Trump's" and "Trump", "Europäischen Kommission" and "Europäische Kommission".

/** Lowercase without diacritics ("Nicolás" -> "nicolas"), as the first-name list is stored. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Drops an English possessive: "Trump's", "Zephyr’s", "Conservatives’". */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '');
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
  if (lang === 'de' && !/^\p{Lu}+$/u.test(w)) {
    for (let pass = 0; pass < 2 && w.length >= 5; pass++) w = w.replace(/(es|en|em|e|s|n)$/u, '');
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
