// pruneLinkLines on Readability's (detached) element: a line that is only a link to another story goes,
// a line that is text, a citation or a shopping link stays. Lines are real, from the corpora named.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { pruneLinkLines } from '../../src/extract/prune-noise';
import type { Removed } from '../../src/analysis/types';

const PROSE = '<p>The news of the miscarriage came a month after Van Der Beek and his wife announced they were expecting their sixth child together, the actor said on Monday.</p>';

function run(line: string): { kept: string; removed: Removed[] } {
  const doc = new JSDOM('<!doctype html><body></body>').window.document;
  const root = doc.createElement('div'); // detached, as Readability hands it over
  root.innerHTML = PROSE + line + PROSE;
  const removed: Removed[] = [];
  pruneLinkLines(root, removed);
  return { kept: root.textContent ?? '', removed };
}

const gone: [string, string][] = [
  ['a teaser headline in capitals between paragraphs (scrapinghub 7dfc3e35, Fox News)',
    `<p><strong><a href="https://www.foxnews.com/entertainment/sean-spicer">SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'</a></strong></p>`],
  ['a linked headline with its section label (fundus BerlinerMorgenpost_2024_05_03)',
    '<p><a href="/berlin/article1.html">Drogen: Fentanyl: Zombiedroge in Berlin auf dem Vormarsch</a></p>'],
  ['an item of a further-stories list (scrapinghub b37be353, CTV News)',
    '<ul><li><a href="/sci-tech/1">Amazon says it\'s considered face scanning in Ring doorbells</a></li></ul>'],
];
const kept: [string, string][] = [
  ['a sentence with a link in it', '<p>Read <a href="/a">the full letter</a> that Omar posted on Twitter on Tuesday.</p>'],
  ['a sentence that is all link but ends as a sentence (scrapinghub 6ebac05f)',
    '<p><a href="/t">We must apply a system of compassion to criminal justice.</a></p>'],
  ['a shopping link in a deals article (scrapinghub 287e4d9f)', '<p><a href="https://amzn.to/x">Get it at Walmart for $249.95</a></p>'],
  ['a cited address (scrapinghub 7837c9d6)', '<p><a href="http://www.shia-explained.com/my/archives/2364">http://www.shia-explained.com/my/archives/2364</a></p>'],
  ['a short source tag (scrapinghub 680c2848)', '<p><a href="https://www.engadget.com/x">[Engadget]</a></p>'],
  ['a linked subhead (fundus MDR_2023_04_28)', '<h3><a href="#a2">Fleischproduktion unter Anpassungsdruck</a></h3>'],
];

describe('pruneLinkLines', () => {
  it.each(gone)('removes %s', (_why, line) => {
    const { kept: text, removed } = run(line);
    const linkText = new JSDOM(line).window.document.body.textContent!.trim();
    expect(text).not.toContain(linkText);
    expect(text).toContain('sixth child');
    expect(removed).toEqual([{ text: linkText, reason: 'related link' }]);
  });
  it.each(kept)('keeps %s', (_why, line) => {
    const { kept: text, removed } = run(line);
    expect(text).toContain(new JSDOM(line).window.document.body.textContent!.trim());
    expect(removed).toEqual([]);
  });
});
