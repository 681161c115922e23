// Roles the article gives a person, one linguistic pattern per row, on real sentences: appositions whose
// head is only known by its shape ("a sociologist at …"), "as a …", a copula ("ist Professor für …",
// "She was a secretary for …"), a work clause after "who", role nouns before a name in German and Dutch,
// and roles that must not swallow the words before the role noun (dates, verbs).
import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/analysis/actors/find-actors';

interface Row {
  pattern: string;
  origin: string;
  lang: string;
  paragraphs: string[];
  person: string;
  /** Words the role must contain. */
  role: string;
  /** Words the role must not contain (a broken span). */
  notInRole?: string[];
}

const VOA = 'Voice of America, 28 April 2024 (test/pages, labelled)';
const NIEUWSBLAD = 'Het Nieuwsblad, 2 February 2025 (test/pages, labelled)';
const SRF = 'SRF, 15 April 2024 (test/pages, labelled)';
const WIKINEWS = (n: string) => `German Wikinews via quotes-de, texts/${n}.txt`;

const rows: Row[] = [
  {
    pattern: 'English apposition with an article, head known by its shape (-ologist)', origin: VOA, lang: 'en',
    paragraphs: ['Women like Slemp challenge the image of the stay-at-home mom as an affluent woman with a high-earning partner, said Jessica Calarco, a sociologist at the University of Wisconsin-Madison.'],
    person: 'Jessica Calarco', role: 'sociologist at the University of Wisconsin-Madison',
  },
  {
    pattern: 'subject pronoun + copula in the next sentence', origin: VOA, lang: 'en',
    paragraphs: ["After a series of lower-paying jobs, Nicole Slemp finally landed one she loved. She was a secretary for Washington's child services department, a job that came with her own cubicle."],
    person: 'Nicole Slemp', role: "secretary for Washington's child services department",
  },
  {
    pattern: '"as a" + stacked English nouns + complement with an article, after a role before the name', origin: VOA, lang: 'en',
    paragraphs: ['In Birmingham, Alabama, single mother Adriane Burnett takes home about $2,800 a month as a customer service representative for a manufacturing company.'],
    person: 'Adriane Burnett', role: 'single mother customer service representative for a manufacturing company',
  },
  {
    pattern: '"who … works in …": a work clause; "who" also makes the bare surname a person', origin: VOA, lang: 'en',
    paragraphs: ['When Daizha Rioland was five months pregnant with her first child, she posted in a Facebook group for Dallas moms. Rioland, who has a bachelor\'s degree and works in communications for a nonprofit, wanted a racially diverse program.'],
    person: 'Daizha Rioland', role: 'works in communications for a nonprofit',
  },
  {
    pattern: 'Dutch role noun compound before the name: the date and verb before it stay out', origin: NIEUWSBLAD, lang: 'nl',
    paragraphs: ['In oktober 2020 tovert CD&V-voorzitter Joachim Coens haar uit de hoed als minister van Binnenlandse Zaken.'],
    person: 'Joachim Coens', role: 'CD&V-voorzitter', notInRole: ['oktober', '2020', 'tovert'],
  },
  {
    pattern: 'Dutch qualifier by adjective shape (toenmalig) before the role noun', origin: NIEUWSBLAD, lang: 'nl',
    paragraphs: ['De ex-zakenadvocate werd Vivaldi binnengeloodst door toenmalig partijvoorzitter Joachim Coens en groeide uit tot een sterkhouder.'],
    person: 'Joachim Coens', role: 'toenmalig partijvoorzitter', notInRole: ['door'],
  },
  {
    pattern: 'Dutch "als" + role later in the sentence, for the person named before it', origin: NIEUWSBLAD, lang: 'nl',
    paragraphs: ['Annelies Verlinden (46) maakt voor CD&V opnieuw haar opwachting in de federale regering, dit keer als minister van Justitie.'],
    person: 'Annelies Verlinden', role: 'minister van Justitie',
  },
  {
    pattern: 'German copula predicate after the name, after a role before it', origin: SRF, lang: 'de',
    paragraphs: ['Der Politologe Thomas Jäger ist Professor für Internationale Politik und Aussenpolitik mit Schwerpunkt USA an der Universität Köln.'],
    person: 'Thomas Jäger', role: 'Politologe Professor für Internationale Politik',
  },
  {
    pattern: 'German compound agent noun before a first name (-er, not in the list of heads)', origin: SRF, lang: 'de',
    paragraphs: ['Wie zentral der Konflikt für die USA und die Biden-Regierung ist, weiss USA-Kenner Thomas Jäger.'],
    person: 'Thomas Jäger', role: 'USA-Kenner',
  },
  {
    pattern: 'German team compound + role noun before the name', origin: WIKINEWS('63107'), lang: 'de',
    paragraphs: ['Bayern-Stürmer Arjen Robben saß somit weiterhin auf der Bank.'],
    person: 'Arjen Robben', role: 'Bayern-Stürmer',
  },
  {
    pattern: 'German demonym + role noun before the name, then another person after a role noun', origin: WIKINEWS("32117"), lang: 'de',
    paragraphs: ['Schon nach der zweiten Minute köpfte der Jenaer Mittelfeldspieler Kevin Schlitte nach einem Freistoß von Kapitän Torsten Ziegner das erste Tor.'],
    person: 'Kevin Schlitte', role: 'Jenaer Mittelfeldspieler',
  },
  {
    pattern: '"als" naming someone else\'s function: another person named on the way takes it', origin: 'ORF, 22 November 2024 (fundus, labelled)', lang: 'de',
    paragraphs: ['Der designierte US-Präsident Donald Trump hat nach dem Rückzug seines Wunschkandidaten Matt Gaetz seine ehemalige Anwältin Pam Bondi als Justizministerin nominiert.'],
    person: 'Matt Gaetz', role: 'Wunschkandidat', notInRole: ['justizministerin'],
  },
];

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

describe.each(rows)('role: $pattern', (row) => {
  it(`${row.person} (${row.origin})`, () => {
    const actors = findActors({ lang: row.lang, headline: null, deck: null, paragraphs: row.paragraphs });
    const a = actors.find((x) => x.name === row.person);
    expect(a, `${row.person} among ${JSON.stringify(actors.map((x) => x.name))}`).toBeTruthy();
    expect(words(a!.role ?? ''), `role of ${row.person}: "${a!.role}"`).toEqual(expect.arrayContaining(words(row.role)));
    for (const w of row.notInRole ?? []) expect(words(a!.role ?? ''), `"${w}" in the role "${a!.role}"`).not.toContain(w.toLowerCase());
  });
});
