// Sentence splitting on real news sentences. German, French and Spanish abbreviations, ordinals and
// amounts must not end a sentence; closing quotation marks stay with their sentence.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/analysis/text/sentences';

const cases: { lang: string; text: string; want: string[]; why: string }[] = [
  {
    lang: 'de', why: 'a quote closing after its full stop stays with its sentence (seed, Handelsblatt)',
    text: 'Es sei aber wichtig, im Dialog zu bleiben, sagte Stoltenberg nach einem Treffen des Nato-Russland-Rats am Mittwoch in Brüssel. „Das war keine einfache Diskussion.“ Es gebe signifikante Differenzen.',
    want: ['Es sei aber wichtig, im Dialog zu bleiben, sagte Stoltenberg nach einem Treffen des Nato-Russland-Rats am Mittwoch in Brüssel.', '„Das war keine einfache Diskussion.“', 'Es gebe signifikante Differenzen.'],
  },
  {
    lang: 'de', why: 'a date with an ordinal ("am 5. August") and a title ("Dr.") do not end the sentence',
    text: 'Heute wurde der am 5. August 1930 geborene Astronaut 75 Jahre alt. Dr. Müller gratulierte.',
    want: ['Heute wurde der am 5. August 1930 geborene Astronaut 75 Jahre alt.', 'Dr. Müller gratulierte.'],
  },
  {
    lang: 'de', why: '"z. B." and "Mio." are abbreviations inside the sentence',
    text: 'Das Land zahlt 5 Mio. Euro, z. B. für Schulen. Der Rest folgt später.',
    want: ['Das Land zahlt 5 Mio. Euro, z. B. für Schulen.', 'Der Rest folgt später.'],
  },
  {
    lang: 'de', why: '"u. a." is one abbreviation written with a space',
    text: 'Betroffen sind u. a. Bayern und Hessen. Die Behörden warnen.',
    want: ['Betroffen sind u. a. Bayern und Hessen.', 'Die Behörden warnen.'],
  },
  {
    lang: 'fr', why: '"M." before a surname is Monsieur, not a sentence end',
    text: 'M. Macron a reçu le chancelier. La rencontre a duré deux heures.',
    want: ['M. Macron a reçu le chancelier.', 'La rencontre a duré deux heures.'],
  },
  {
    lang: 'es', why: '"Sr." is señor; "no." in lower case still ends a Spanish sentence',
    text: 'El Sr. García dijo que no. Luego se fue.',
    want: ['El Sr. García dijo que no.', 'Luego se fue.'],
  },
  {
    lang: 'en', why: 'English titles and a quote ending in a full stop',
    text: 'Mr. Smith said: "We will not resign." The board met on Monday.',
    want: ['Mr. Smith said: "We will not resign."', 'The board met on Monday.'],
  },
  {
    lang: 'de', why: '"Nr. 1" keeps its number',
    text: 'Sie ist die Nr. 1 der Welt. Das bleibt so.',
    want: ['Sie ist die Nr. 1 der Welt.', 'Das bleibt so.'],
  },
  {
    lang: 'en', why: '"U.S." before a title word continues the sentence, before a pronoun it ends one (NBC News 2019-11-19)',
    text: 'James P. Kennedy Jr., the U.S. Attorney for the Western District of New York, said the case highlights that rights of free speech carry responsibilities. He moved to the U.S. He said so.',
    want: ['James P. Kennedy Jr., the U.S. Attorney for the Western District of New York, said the case highlights that rights of free speech carry responsibilities.', 'He moved to the U.S.', 'He said so.'],
  },
];

describe('splitSentences', () => {
  for (const c of cases) {
    it(`${c.lang}: ${c.why}`, () => expect(splitSentences(c.text, c.lang)).toEqual(c.want));
  }
  it('loses no character but the white space between sentences', () => {
    for (const c of cases) expect(splitSentences(c.text, c.lang).join(' ')).toBe(c.text);
  });
});
