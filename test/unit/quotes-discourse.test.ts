// The subjects the discourse records, sentence by sentence, for pronouns to take up (quotes/discourse.ts). Real
// sentences; the actors are given as the actors step lists them.
import { expect, it } from 'vitest';
import { Discourse } from '../../src/analysis/quotes/discourse';
import { EntityTable } from '../../src/analysis/quotes/entity-table';
import { lexicon } from '../../src/analysis/quotes/lexicon';
import { paragraphTokens } from '../../src/analysis/quotes/paragraph-tokens';
import type { Actor } from '../../src/analysis/types';

function pronounAfter(lang: string, paragraphs: string[], actors: Actor[], gender: 'male' | 'female'): string | null {
  const lex = lexicon(lang);
  const discourse = new Discourse(new EntityTable(paragraphs, actors, lex), lex);
  paragraphs.forEach((p, i) => discourse.addParagraph(paragraphTokens(p, 'german', false, lex), i, (i + 2) * 1e6));
  return discourse.resolvePronoun(gender, (paragraphs.length + 2) * 1e6, paragraphs.length);
}

it('a German sentence opened by a prepositional phrase with a possessive ("In ihrer Bewerbungsrede nannte Stetter-Karp …") has its subject after the verb [domradio.de, 19 November 2021; first-seen batch 7, dev half]', () => {
  const actors: Actor[] = [
    { name: 'Irme Stetter-Karp', kind: 'person', role: null, mentions: 8, aliases: ['Stetter-Karp'] },
    { name: 'Claudia Nothelle', kind: 'person', role: 'Journalistin', mentions: 2, aliases: ['Nothelle'] },
  ];
  expect(pronounAfter('de', [
    'Zu Vizepräsidentinnen und Vizepräsidenten wählte die Vollversammlung die Journalistin Claudia Nothelle (57).',
    'In ihrer Bewerbungsrede nannte Stetter-Karp den synodalen Prozess "unverzichtbar", um den "50-jährigen Reformstau" zu lösen.',
  ], actors, 'female')).toBe('Irme Stetter-Karp');
});

it('the article\'s own pronouns tell a person\'s gender over a list of first names ("Florent" is listed female): "he said" goes to Groberg, not to Trump [quotes-en west-journal_2016-07-30 (PolNeAR)]', () => {
  const actors: Actor[] = [
    { name: 'Florent Groberg', kind: 'person', role: 'former U.S. Army captain', mentions: 7, aliases: ['Groberg'] },
    { name: 'Donald Trump', kind: 'person', role: 'Republican nominee', mentions: 2, aliases: ['Trump'] },
    { name: 'Hillary Clinton', kind: 'person', role: 'Democrat nominee', mentions: 3, aliases: ['Clinton'] },
  ];
  const paragraphs = [
    'Florent Groberg is a former U.S. Army captain and Medal of Honor winner who is a lifelong Republican.',
    'But Thursday night at the Democratic National Convention in Philadelphia, he spoke out in favor of Democrat nominee Hillary Clinton.',
    'Groberg, 33, opened up to Decode DC about his decision, including why he will not be supporting Republican nominee Donald Trump.',
    '“He has absolutely zero military experience. He has zero foreign policy experience,” he said.',
    'Groberg then went on to explain what he likes about Clinton.',
  ];
  expect(pronounAfter('en', paragraphs, actors, 'male')).toBe('Florent Groberg');
  // One sentence that takes him up is not yet enough to outweigh the list: the votes need two, three to one.
  expect(pronounAfter('en', paragraphs.slice(0, 3), actors, 'male')).toBeNull();
});

it('a pronoun after a sentence that names someone else, or a role that may be someone else\'s, tells nothing of the subject\'s gender ("Sanders criticized the governor for his handling") [PolNeAR pattern]', () => {
  const lex = lexicon('en');
  const paragraphs = [
    'Jan Brewer criticized the governor for his handling of the crisis.',
    'Jan Brewer also blamed the senator for his vote.',
    'Jan Brewer met Donald Trump in Phoenix. He said the talks went well.',
  ];
  const people = new EntityTable(paragraphs, [{ name: 'Jan Brewer', kind: 'person', role: null, mentions: 2, aliases: [] }, { name: 'Donald Trump', kind: 'person', role: null, mentions: 1, aliases: [] }], lex);
  const discourse = new Discourse(people, lex);
  paragraphs.forEach((p, i) => discourse.addParagraph(paragraphTokens(p, 'german', false, lex), i, (i + 2) * 1e6));
  expect(people.toldGender('Jan Brewer')).toBeNull();
});

it('"Christie’s been making the case" is "Christie has", not a possessive: Christie is the subject a pronoun takes up [PolNeAR huff-post_2016-02-07_the-latest-gop-debate]', () => {
  const actors: Actor[] = [
    { name: 'Chris Christie', kind: 'person', role: null, mentions: 4, aliases: ['Christie'] },
    { name: 'Marco Rubio', kind: 'person', role: null, mentions: 4, aliases: ['Rubio'] },
  ];
  expect(pronounAfter('en', [
    'The fangs came out early in Saturday night’s GOP debate.',
    'Christie’s been making the case for weeks that Rubio isn’t ready for the White House.',
  ], actors, 'male')).toBe('Chris Christie');
});
