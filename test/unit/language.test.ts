// Language of an article from its own text, and the page's declaration when the text agrees.
import { describe, expect, it } from 'vitest';
import { articleLanguage, detectLanguage, primaryLanguage } from '../../src/analysis/language/detect-language';

// First sentences of real articles in the development corpora (fundus, scrapinghub).
const samples: [string, string][] = [
  ['de', 'Die Differenzen zwischen Russland und dem Westen sind nach den Worten von Nato-Generalsekretär Jens Stoltenberg nur schwer zu überbrücken. Es sei aber wichtig, im Dialog zu bleiben.'],
  ['en', 'Gaming used to be so simple. We’d buy a game, sit down in front of a console or PC, grind our way to the end, then repeat. Now we spend money over and over on virtual perks.'],
  ['fr', 'Le président de la République a reçu les représentants des syndicats à l’Élysée, selon un communiqué publié dans la soirée. La rencontre a duré plus de deux heures.'],
  ['es', 'Nicaragua cerró 2021 con una deuda externa total de 14.372,4 millones de dólares, lo que equivale al 102,6 % del producto interior bruto del país, informó este martes el Banco Central.'],
  ['it', 'Il governo ha approvato il decreto che prevede nuove misure per le famiglie e per le imprese, ha detto il ministro nella conferenza stampa di ieri sera.'],
  ['nl', 'Het kabinet heeft de nieuwe maatregelen voor de zorg gepresenteerd. Volgens de minister is er geen andere keuze dan de premie te verhogen, zei hij op de persconferentie.'],
];

describe('detectLanguage', () => {
  for (const [lang, text] of samples) it(`recognises ${lang}`, () => expect(detectLanguage(text)).toBe(lang));
  it('says nothing on too little text', () => expect(detectLanguage('Brüssel')).toBeNull());
});

describe('articleLanguage', () => {
  it('keeps the declared language when the text agrees', () => expect(articleLanguage('de-AT', samples[0][1])).toBe('de'));
  it('trusts the text over a wrong declaration (a German article on an English template)', () => expect(articleLanguage('en-US', samples[0][1])).toBe('de'));
  it('falls back to the declaration on short text', () => expect(articleLanguage('fr', 'Paris')).toBe('fr'));
  it('reads primary subtags', () => expect(primaryLanguage('pt-BR')).toBe('pt'));
});
