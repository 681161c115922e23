// name-key.ts answers the common words with character tests (speed: keys are made for every word of a
// page and every gazetteer entry); the answers must be those of the plain rules it replaces.
import { describe, expect, it } from 'vitest';
import { fold, stripPossessive, wordKey } from '../../src/analysis/actors/name-key';

// The rules as written before the fast paths.
const foldRule = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const possessiveRule = (w: string) => w.replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '');
function wordKeyRule(word: string, lang: string): string {
  let w = possessiveRule(word);
  if (lang === 'de' && !/^\p{Lu}+$/u.test(w)) {
    for (let pass = 0; pass < 2 && w.length >= 5; pass++) w = w.replace(/(es|en|em|e|s|n)$/u, '');
  }
  return foldRule(w);
}

// Words as the corpus pages write them (Handelsblatt seed, fundus, scrapinghub), and edge cases.
const words = [
  'Trump\'s', 'Zephyr’s', 'Conservatives’', 'James\'s', 'Estlands', 'Rumäniens', 'Rumänien', 'Putins', 'Vereinigten', 'Staaten',
  'Wiener', 'Zentrums', 'Europäischen', 'Kommission', 'NATO', 'Nato', 'USA', 'CDU', 'ÖVP', 'ÜBERSEE', 'Nicolás', 'Maduro', 'François',
  'Sánchez', 'Ærø', 'Straße', 'Kallas', 'Stoltenbergs', 'Hauses', 'Bundestages', 'Ministeriums', 'Bürgern', 'von', 'der', 'Leyen',
  's', '\'s', '’s', 's\'', 'ss’', 'x\'s\'s', 's\'\'s', '', 'A', 'Ab', 'AB', 'aBCDE', 'ABCDe', 'ABCDEs', 'İstanbul', 'Ǆemal', 'ſtadt',
  'Dvořák', 'Łódź', 'Øresund', 'µg', 'Ĳssel', 'Nguyễn', '𝐀𝐁𝐂𝐃𝐄n', 'Verwaltungsgerichtes', 'emen', 'Esses', 'Kreisen',
];

describe('name-key fast paths', () => {
  it('fold every character below U+00C0 as the normalising rule does', () => {
    for (let c = 0; c < 0xc0; c++) {
      const s = String.fromCharCode(c);
      expect(fold(s), `U+${c.toString(16)}`).toBe(foldRule(s));
    }
  });

  it('give the keys of the plain rules, in German and English', () => {
    for (const w of words) {
      expect(fold(w), `fold ${w}`).toBe(foldRule(w));
      expect(stripPossessive(w), `possessive ${w}`).toBe(possessiveRule(w));
      for (const lang of ['de', 'en']) expect(wordKey(w, lang), `${lang} key of ${w}`).toBe(wordKeyRule(w, lang));
    }
  });
});
