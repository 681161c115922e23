// A heading that is a whole sentence is a paragraph set in bold: BuzzFeed prints sentences of its running text as
// <h2>, names and all. Its words must reach the actors and the attribution like any paragraph's, while a short
// section heading stays out. Real blocks of test/pages/BuzzFeed_2015_04_21 (first-seen batch of issue 12).
import { expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import type { PageData } from '../../src/analysis/types';

const page = (blocks: PageData['blocks']): PageData => ({ url: '', meta: {}, readability: null, readerable: true, blocks, removed: [] });

const blocks: PageData['blocks'] = [
  { kind: 'p', text: 'Eloise Parry, 21, was taken to Royal Shrewsbury hospital on 12 April after taking a lethal dose of highly toxic “slimming tablets”.' },
  { kind: 'p', text: '“The drug was in her system, there was no anti-dote, two tablets was a lethal dose – and she had taken eight,” her mother, Fiona, said in a statement yesterday.' },
  { kind: 'h', text: 'Fiona Parry issued a plea for people to stay away from pills containing the chemical.' },
  { kind: 'h', text: 'Warnings' },
];

it('a sentence printed as a heading gives its names to the article: "her mother, Fiona" is Fiona Parry', () => {
  const s = analyze(page(blocks), { lang: 'en' });
  expect(s.quotes.find((q) => q.text.startsWith('The drug was'))?.speaker).toBe('Fiona Parry');
  expect(s.actors.map((a) => a.name)).toContain('Fiona Parry');
});

it('a short section heading is not read as running text', () => {
  const s = analyze(page(blocks), { lang: 'en' });
  expect(s.actors.map((a) => a.name)).not.toContain('Warnings');
});
