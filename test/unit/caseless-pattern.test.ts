// The noise families are compiled case-sensitively with every letter written out (caseless-pattern.ts),
// for speed: they must match exactly what the /iu patterns of data/noise-phrases.json match.
import { describe, expect, it } from 'vitest';
import data from '../../src/analysis/data/noise-phrases.json';
import { caseVariants, caselessSource } from '../../src/analysis/text/caseless-pattern';
import { FAMILIES } from '../../src/analysis/clean/noise-phrases';
import { DATE_LINE, STAMP } from '../../src/analysis/clean/clean-blocks';

interface RawFamily { patterns: Record<string, string[]> }
const sources = Object.entries(data.families as Record<string, RawFamily>).map(([name, f]) => [name, `^(?:${Object.values(f.patterns).flat().join('|')})$`] as const);

describe('case variants', () => {
  it('are, for every character of the phrase data, exactly the characters /iu takes for it', () => {
    const used = [...new Set(sources.flatMap(([, s]) => [...s]))].filter((c) => /[^\\[\]^-]/u.test(c));
    // Every code point that /iu relates to any of them, found with one pattern, then sorted out per character.
    const anyOf = new RegExp(`^[${used.join('')}]$`, 'iu');
    const related: string[] = [];
    for (let x = 0; x < 0x110000; x++) {
      if (x >= 0xd800 && x < 0xe000) continue;
      const ch = String.fromCodePoint(x);
      if (anyOf.test(ch)) related.push(ch);
    }
    for (const c of used) {
      const one = new RegExp(`^[${c}]$`, 'iu');
      const truth = related.filter((x) => one.test(x)).sort().join('');
      expect([...(caseVariants(c) ?? '')].sort().join(''), `variants of "${c}" (U+${c.codePointAt(0)!.toString(16)})`).toBe(truth);
    }
  });

  it('include the letters whose folding reaches past upper and lower case', () => {
    const cases: [string, string][] = [['s', 'ſ'], ['k', '\u212A'], ['å', '\u212B'], ['ß', 'ẞ'], ['é', 'É'], ['ü', 'Ü']];
    for (const [c, v] of cases) expect(caseVariants(c), c).toContain(v);
    expect(caseVariants('ı'), 'the dotless i folds with nothing').toBe('ı');
  });
});

// Real blocks from the development corpora (the origins are in clean-noise-phrases.test.ts), noise and
// article text, each also in capitals and with the letters that only Unicode folding relates (ſ, K).
const blocks = [
  'Teilen per:', 'Facebook Twitter Email Print Save Story', 'Share this story', 'Partager sur :', 'Condividi',
  '© Handelsblatt GmbH – Alle Rechte vorbehalten. Nutzungsrechte erwerben?', '© Riproduzione riservata', 'Tous droits réservés',
  'Zur Startseite', 'Skip to content', 'Quelle: AP', 'Foto: dpa', 'Photograph: Scott Gilbertson', 'Anzeige', 'Publicité',
  '-0%1%2%3%4%5%6%7%8%9%10%', '5 min read', 'Mehr zum Thema', 'Lire aussi', 'You may also like',
  'Empfohlener redaktioneller Inhalt', 'YouTube-Inhalte erlauben', 'Box aufklappen Box zuklappen',
  'READ MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing', 'More News from Sci-Tech',
  'Das Thema könnte dich auch interessieren:', 'Quellen:', 'Tell us what YOU think...', 'Artikel gefallen? Vergiss nicht zu teilen!',
  'Follow The Times on Twitter for more', 'Über den Autor', 'Suscríbete a nuestro boletín', 'Foto: Imago/Sven Simon',
  'In Brüssel sagte ein Nato-Diplomat zu Reuters, die Frage weiterer Stationierungen könnte diskutiert werden.',
  'Follow the money, investigators said on Twitter.', 'Sources close to the talks said they would resume on Monday.',
  'Defensive Line', 'Meal 1', 'Straße', 'STRASSE', 'Reuters/ſtefan', 'Bild: AFP', 'Kſ/dpa',
];
const variants = (t: string) => [t, t.toUpperCase(), t.toLowerCase(), t.replace(/s/gu, 'ſ'), t.replace(/k/giu, '\u212A'), t.replace(/ß/gu, 'ẞ')];

describe('caseless noise families', () => {
  it('are all written out (else the speed-up is lost)', () => {
    for (const [name, s] of sources) expect(caselessSource(s), name).not.toBeNull();
  });

  it('match what the /iu patterns match', () => {
    for (const [name, s] of sources) {
      const iu = new RegExp(s, 'iu');
      const family = FAMILIES.find((f) => f.name === name)!;
      expect(family.pattern.flags, name).toBe('u');
      for (const b of blocks) for (const v of variants(b)) expect(family.pattern.test(v), `${name} on "${v}"`).toBe(iu.test(v));
    }
  });

  it('keep the word boundary of /iu, where ſ and the Kelvin sign are word characters', () => {
    const cases: [string, string][] = [['\\bsa\\b', 'x sa y'], ['\\bsa\\b', 'xſa'], ['a\\b', 'aſ'], ['a\\B', 'a\u212A'], ['\\ba', ' a']];
    for (const [p, t] of cases) expect(new RegExp(caselessSource(p)!, 'u').test(t), `${p} on "${t}"`).toBe(new RegExp(p, 'iu').test(t));
  });

  it('leave syntax they do not handle to /iu', () => {
    for (const p of ['[a-z]+', '\\p{Lu}', '\\P{L}', '(?<n>a)\\k<n>', '(a)\\1']) expect(caselessSource(p), p).toBeNull();
  });
});

describe('caseless date patterns of clean-blocks', () => {
  // The /iu originals, as they were written before being compiled case by case.
  const dateLine = new RegExp(String.raw`^(?:(?:updated|published|posted|aktualisiert|veröffentlicht|publiziert|erschienen|stand|publié|mis à jour|actualizado|publicado|pubblicato|aggiornato|bijgewerkt|gepubliceerd)(?=[\s\d:]|$).{0,60}|[\d\s./:,-]*\d{1,4}[./-]\d{1,2}[./-]\d{2,4}[\p{L}\d\s./:,-]{0,50}|\p{L}{3,9}\.? \d{1,2},? \d{4}[\p{L}\d\s.:,-]{0,30}|\d{1,2}\.? \p{L}{3,9}\.? \d{4}[\p{L}\d\s.:,-]{0,30})$`, 'iu');
  const stamp = /\b(?:19|20)\d{2}\b|\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|uhr|h)?\b/iu;
  // Date lines and bylines from corpus pages (scrapinghub, fundus), and body sentences.
  const lines = [
    '25/04/2026 Actualizado a las 15:10h.', 'Updated 3:05 PM EST, Mon May 4, 2020', 'Aktualisiert am 12.01.2022, 14:35 Uhr',
    'Stand: 22.04.2024 17:41 Uhr', 'Publié le 30 avril 2024 à 10h05', 'May 4, 2020', '3. Februar 2024', 'Pubblicato il 4 febbraio 2025',
    'By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:19 PM', 'Von Anna Muster', 'Bijgewerkt 12:03',
    'Die Differenzen zwischen Russland und dem Westen sind groß.', 'Im Jahr 2019 sagte er um 10.30 Uhr ab.', 'STAND: 1.1.2020', 'ſtand: 1.1.2020',
  ];
  it('match what the /iu patterns match', () => {
    expect(DATE_LINE.flags).toBe('u');
    for (const l of lines) for (const v of variants(l)) {
      expect(DATE_LINE.test(v), `date line "${v}"`).toBe(dateLine.test(v));
      expect(STAMP.test(v), `stamp "${v}"`).toBe(stamp.test(v));
    }
  });

  it('write out the letter, number and punctuation properties as /iu reads them', () => {
    for (const [p, written] of [['\\p{L}', caselessSource('\\p{L}')!], ['[^\\p{L}x]', caselessSource('[^\\p{L}x]')!], ['[\\p{N}\\p{P}]', caselessSource('[\\p{N}\\p{P}]')!]]) {
      const iu = new RegExp(`^${p}$`, 'iu');
      const u = new RegExp(`^${written}$`, 'u');
      const differ: string[] = [];
      for (let x = 0; x < 0x110000; x++) {
        if (x >= 0xd800 && x < 0xe000) continue;
        const ch = String.fromCodePoint(x);
        if (iu.test(ch) !== u.test(ch)) differ.push(x.toString(16));
      }
      expect(differ, p).toEqual([]);
    }
  });
});
