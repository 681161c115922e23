// The lookups under the actor rules: first names (front-coded data from gender-detection-from-name),
// name keys that let inflected forms meet, role nouns inside German compounds, countries in six languages.
import { describe, expect, it } from 'vitest';
import { isFirstName } from '../../src/analysis/actors/first-names';
import { nameKey } from '../../src/analysis/actors/name-key';
import { lexicon } from '../../src/analysis/actors/lexicon';

describe('isFirstName', () => {
  it.each([
    ['Jens', 'Handelsblatt seed: Jens Stoltenberg'], ['Kaja', 'Handelsblatt seed: Kaja Kallas'], ['Nicolás', 'Euronews: Nicolás Maduro (accent folded)'],
    ['Jürgen', 'Tagesschau: Jürgen Pföhler'], ['Giorgia', 'Corriere: Giorgia Meloni'], ['Anna-Lena', 'a hyphenated first name'],
  ])('%s is a first name (%s)', (w) => expect(isFirstName(w), w).toBe(true));
  it.each([['Mittwoch'], ['Differenzen'], ['Dialog'], ['Generalsekretär'], ['Russland']])('%s is not', (w) => expect(isFirstName(w), w).toBe(false));
});

describe('nameKey', () => {
  it.each([
    [['Estlands'], ['Estland'], 'de', 'German genitive (Handelsblatt seed)'],
    [['Rumäniens'], ['Rumänien'], 'de', 'genitive on a word ending in -en (20 Minuten)'],
    [['Europäischen', 'Kommission'], ['Europäische', 'Kommission'], 'de', 'declined adjective (20 Minuten)'],
    [['NATO'], ['Nato'], 'de', 'case'],
    [['Trump’s'], ['Trump'], 'en', 'English possessive (Euronews)'],
  ])('%j meets %j (%s, %s)', (a, b, lang) => expect(nameKey(a, lang)).toBe(nameKey(b, lang)));
  it('keeps "Wiener" apart from "Wien" and "US" apart from "USA"', () => {
    expect(nameKey(['Wiener'], 'de')).not.toBe(nameKey(['Wien'], 'de'));
    expect(nameKey(['US'], 'de')).not.toBe(nameKey(['USA'], 'de'));
  });
});

describe('lexicon', () => {
  const de = lexicon('de');
  it.each(['Nato-Generalsekretär', 'Ministerpräsidentin', 'Generaldirektors', 'Bundesdrogenbeauftragter', 'Landesbischof', 'Russlandexperte'])(
    'German role noun %s (inside a compound, in any case)', (w) => expect(de.isRoleNoun(w), w).toBe(true));
  it.each(['Mittwoch', 'Differenzen', 'Dialog', 'Russland', 'Stoltenberg'])('%s is no role noun', (w) => expect(de.isRoleNoun(w), w).toBe(false));
  it('finds countries in the article language, including short forms', () => {
    const entry = (lang: string, ...words: string[]) => lexicon(lang).gazetteer.entries.get(nameKey(words, lang))?.id;
    expect(entry('de', 'Russland')).toBe('country:RU');
    expect(entry('de', 'Vereinigte', 'Staaten')).toBe('country:US');
    expect(entry('de', 'USA')).toBe('country:US');
    expect(entry('en', 'United', 'States')).toBe('country:US');
    expect(entry('it', 'Stati', 'Uniti')).toBe('country:US');
    expect(entry('es', 'Albania')).toBe('country:AL');
    expect(entry('fr', 'Italie')).toBe('country:IT');
  });
  it('knows institution compounds in German but not the bare head', () => {
    expect(de.isOrgCompound('Landessynode')).toBe(true);
    expect(de.isOrgCompound('Synode')).toBe(false);
  });
  it.each([
    ['en', 'sociologist', true, 'Voice of America: "a sociologist at the University of Wisconsin-Madison"'],
    ['de', 'Verwalter', true, 'an agent noun in -er'], ['de', 'USA-Kenner', true, 'SRF: "USA-Kenner Thomas Jäger"'],
    ['fr', 'politologue', true, 'a -logue noun'], ['es', 'socióloga', true, 'a -loga noun'],
    ['en', 'matter', false, '"as a matter of fact"'], ['en', 'government', false, 'a -ment noun names no one'],
    ['de', 'Kinder', false, 'a common plural in -er'], ['de', 'Oktober', false, 'a month'], ['nl', 'oktober', false, 'a month'],
  ])('%s agent noun by shape: %s -> %s (%s)', (lang, w, yes) => expect(lexicon(lang).isAgentNoun(w), w).toBe(yes));
  it.each([
    ['nl', 'toenmalig', true, 'Nieuwsblad: "toenmalig partijvoorzitter"'], ['en', 'former', true, 'a listed qualifier'],
    ['en', 'single', true, 'Voice of America: "single mother"'], ['nl', 'tovert', false, 'Nieuwsblad: a verb before "CD&V-voorzitter"'],
    ['nl', '2020', false, 'a year'], ['nl', 'oktober', false, 'a month'],
  ])('%s premodifier %s -> %s (%s)', (lang, w, yes) => expect(lexicon(lang).isPremodifier(w), w).toBe(yes));
  it('names a country as its language does, not by a colloquial short form', () => {
    expect(lexicon('en').isOfficialCountryName('United States')).toBe(true);
    expect(lexicon('en').isOfficialCountryName('America')).toBe(false);
  });
});
