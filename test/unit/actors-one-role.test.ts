// One role per person: the phrases the article binds to a person, as the earlier steps join them, and the one
// the popup shows. Each row is the joined role Lede built on a real page before this step existed.
import { describe, expect, it } from 'vitest';
import { oneRole } from '../../src/analysis/actors/one-role';
import { lexicon } from '../../src/analysis/actors/lexicon';

const rows: { origin: string; lang: string; joined: string; shown: string }[] = [
  // "Dagegen war sein ursprünglicher Gegner Joe Biden derart geschwächt …" and "«…», sagte der Präsident wahrscheinlich."
  { origin: 'Stern, 5 November 2024 (test/pages)', lang: 'de', joined: 'ursprünglicher Gegner, Präsident', shown: 'Präsident' },
  // "Australian teenager Holly Bowles has become the sixth person …": no office anywhere, the first phrase.
  { origin: 'The Independent, 22 November 2024 (test/pages)', lang: 'en', joined: 'Australian teenager, Australian backpacker', shown: 'Australian teenager' },
  { origin: 'Challenges, 2 October 2017 (test/pages)', lang: 'fr', joined: 'terroriste, président', shown: 'président' },
  // A second role noun whose head the first office ends in names the same office again ("partijvoorzitter" is the
  // party's "voorzitter"; "Klimaforscher, KIT-Forscher"; "zuständiger Innenminister, Minister").
  { origin: 'Het Nieuwsblad, 2 February 2025 (test/pages)', lang: 'nl', joined: 'toenmalig partijvoorzitter, CD&V-voorzitter', shown: 'toenmalig partijvoorzitter' },
  { origin: 'Tagesspiegel, 29 April 2024 (test/pages, first-seen batch 13)', lang: 'de', joined: 'Klimaforscher, KIT-Forscher', shown: 'Klimaforscher' },
  // Two different offices stay, in reading order: both are the article's functions for the person.
  { origin: 'Tages-Anzeiger, 4 September 2024 (test/pages)', lang: 'de', joined: 'Parteipräsident der SVP, Tessiner Ständerat', shown: 'Parteipräsident der SVP, Tessiner Ständerat' },
  // English "at" names the workplace after the role, not the office: the shortest complete form ends before it
  // (first-seen batch 16, blind half, looked at after its one scoring; test/pages/ScienceNOW_2011_04_12).
  { origin: 'Computerworld, 3 September 2025 (first-seen batch 16)', lang: 'en', joined: 'senior vice president of engineering at online learning platform Udemy', shown: 'senior vice president of engineering' },
  { origin: 'Computerworld, 3 September 2025 (first-seen batch 16)', lang: 'en', joined: 'CTO and head of AI at freelance job marketplace Upwork', shown: 'CTO and head of AI' },
  { origin: 'ScienceNOW, 12 April 2011 (test/pages/ScienceNOW_2011_04_12)', lang: 'en', joined: 'vertebrate paleontologist at the American Museum of Natural History', shown: 'vertebrate paleontologist' },
];

describe('the role shown is an office the article gives, not a description stitched from several places', () => {
  for (const r of rows) {
    it(`${r.joined} -> ${r.shown} (${r.origin})`, () => {
      expect(oneRole(r.joined, lexicon(r.lang))).toBe(r.shown);
    });
  }
  it('a single phrase, or none, is left as it is', () => {
    expect(oneRole('Nato-Generalsekretär', lexicon('de'))).toBe('Nato-Generalsekretär');
    expect(oneRole(null, lexicon('de'))).toBeNull();
  });
});

it('two offices joined in one phrase show the first ("Primer Secretario y Presidente de la República") [Granma, 26 April 2022; first-seen batch 6]', () => {
  expect(oneRole('Primer Secretario y Presidente de la República', lexicon('es'))).toBe('Primer Secretario');
  // One office with a coordinated complement stays whole.
  expect(oneRole('ministre du Commerce et de l’Industrie', lexicon('fr'))).toBe('ministre du Commerce et de l’Industrie');
});

it('two English titles share the complement when the first is a bare noun ("president and CEO of Feinstein"); a first title with words of its own is a whole office ("state epidemiologist and director of the Bureau of Epidemiology") [The Island Now, test/pages; Healthcare IT News, 28 November 2012, first-seen batch 11, blind half, looked at after its one scoring]', () => {
  expect(oneRole('president and CEO of Feinstein', lexicon('en'))).toBe('president and CEO of Feinstein');
  expect(oneRole('state epidemiologist and director of the Bureau of Epidemiology', lexicon('en'))).toBe('state epidemiologist');
});

