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
