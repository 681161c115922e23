// actors/tokens.ts answers its per-token questions with character tests first (speed: every sentence of
// the article is tokenised, in a popup whose code is still cold); the tokens must be those of the plain
// regular-expression rules it replaces.
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../src/analysis/actors/tokens';

// The rules as written before the fast paths.
const WORD = /(?:\p{Lu}\.){2,4}|[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const ELISION = /^((?:l|d|j|qu|n|s|c|m|t|dell|all|nell|sull|dall|dall|un|quest|nell)['’])(\p{L}.*)$/iu;
const OPENERS = new Set([':', '„', '“', '«', '"', '‚', '‘', '»', '–', '—']);
function tokenizeRule(sentence: string, lang: string): Token[] {
  const raw: string[] = [];
  const clean = sentence.replace(/\p{Cf}/gu, '').replace(/(\p{L})‘(\p{L})/gu, '$1’$2');
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

// Sentences of the development corpora (Handelsblatt seed, fundus, scrapinghub pages), and odd cases.
const sentences: [string, string][] = [
  ['Nato-Generalsekretär Jens Stoltenberg spricht von schwierigen Diskussionen zwischen Nato-Staaten und Russland.', 'de'],
  ['„Das war keine einfache Diskussion“, sagte Stoltenberg am Mittwoch in Brüssel.', 'de'],
  ['Travis Kelce‘s mom Donna Kelce said the U.S. Army and the NATO allies, the G7 and the UN met in 2019.', 'en'],
  ['The company’s CEO, Ed Hirs, \u2060an energy fellow at the University of Houston, said: "It\'s over."', 'en'],
  ['L’Etat a annoncé que d’Alcúdia et l\'Élysée, dell’Iran, qu’il sait — selon M. Macron — «tout».', 'fr'],
  ['Dell’Iran e dell\'Europa: nell’ultimo anno l’ISTAT ha detto che all’inizio è così.', 'it'],
  ['El presidente Pedro Sánchez (PSOE) dijo que la ONU y la OTAN… ¿qué más? ¡Nada!', 'es'],
  ['Flightradar24 zeigt 3M-Aktien, 5G-Netze und 100 000 Euro; IMAGO/DIYORA, ÖVP und SPÖ.', 'de'],
  ['Ǆemal İnönü’s 𝐀𝐁𝐂 ſtadt Ⓐ ǅ K° 1,5 °C – ‹Nord› A.B.C.D. E.F.G.H.I.', 'en'],
  ['Great 😀 news 🇩🇪 👍🏽 𝄞', 'en'], ['', 'en'], ['—', 'de'], ['a', 'en'], ['A. B.', 'de'], ['s\'s ’s x', 'fr'],
];

describe('tokenize fast paths', () => {
  it('give the tokens of the plain rules', () => {
    for (const [s, lang] of sentences) expect(tokenize(s, lang), `${lang}: ${s}`).toEqual(tokenizeRule(s, lang));
  });
});
