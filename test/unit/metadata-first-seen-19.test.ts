// Issue 13, classes read on session 19's first-seen header set E (extractor test fixtures from publishers the
// project had never seen: Accountancy Age, habr, Süddeutsche Zeitung, NOLA.com, Clubic). Each case is the
// page's own markup or string, cut to what the rule reads.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { cleanByline } from '../../src/analysis/metadata/clean-byline';
import { readMeta } from '../../src/extract/read-meta';
import { pickMetadata } from '../../src/analysis/metadata/pick-metadata';
import type { PageData, PageMeta } from '../../src/analysis/types';

const doc = (html: string) => new JSDOM(html).window.document;
const page = (meta: PageMeta, paragraphs: string[] = []): PageData =>
  ({ url: '', meta, readability: null, readerable: true, blocks: paragraphs.map((text) => ({ kind: 'p' as const, text })), removed: [] });

describe('bylines', () => {
  it.each([
    ['accountancyage.com: a link to the author\'s page', 'More from this author', null],
    ['habr.com: a call to write for the site', 'Как стать автором', null],
    ['sueddeutsche.de: the piece\'s genre before "von"', 'Essay von Alexander Hagelüken', 'Alexander Hagelüken'],
    ['nola.com: the outlet\'s address after the name', 'Keith Spera, NOLA.com | The Times-Picayune', 'Keith Spera'],
    ['a nobiliary particle stays', 'Ursula von der Leyen', 'Ursula von der Leyen'],
    ['lowercase particles inside a name stay', 'Jean de la Fontaine', 'Jean de la Fontaine'],
    ['two names joined by "und" stay', 'Anna Schmidt und Peter Müller', 'Anna Schmidt und Peter Müller'],
    ['a two-word staff credit stays', 'Staff writers', 'Staff writers'],
    ['lesoir.be: the newsroom as byline stays', 'Rédaction en ligne', 'Rédaction en ligne'],
  ])('%s', (_, raw, clean) => {
    expect(cleanByline(raw)).toBe(clean);
  });
  it('accountancyage.com: the link to more of the author\'s pieces gives way to the printed "by" line (Readability\'s byline)', () => {
    const meta = readMeta(doc(`<html><body><div class="article_title_block"><h1>Institutes get behind IFRS big bang</h1>
      <div class="article_details_block"><div class="article_details_left"><p id="flame_author_id"><a href="#">by Rose Orlik</a></p>
      <p><a href="/author/profile/1709/rose-orlik">More from this author</a></p></div></div></div></body></html>`));
    expect(meta.byline).toBe('More from this author');
    const picked = pickMetadata({ ...page(meta), readability: { byline: 'by Rose Orlik' } });
    expect(picked.byline).toBe('Rose Orlik');
  });
});

describe('a heading the running text follows as bare text is a section title, not a standfirst', () => {
  const running = 'Succédant aux Radeon HD 6700, les puces de la famille Cape Verde reprennent naturellement l\'architecture Grapic Core Next étrennée avec les Radeon HD 7900.';
  it('clubic.com: "<h2 id="chapter_0">" after the lead picture', () => {
    const meta = readMeta(doc(`<html><body><article><h1>AMD Radeon HD 7750 et 7770 : la relève milieu de gamme ?</h1>
      <div><picture><img src="x.jpg" alt=""></picture></div>
      <h2 id="chapter_0" class="ff-title txt-secondary-">Radeon HD 7750/7770 : au cœur Cape Verde</h2>${running}</article></body></html>`));
    expect(meta.deck ?? null).toBeNull();
  });
  it('an <h2> standfirst before the first paragraph stays the deck', () => {
    const meta = readMeta(doc(`<html><body><article><h1>AMD Radeon HD 7750 et 7770 : la relève milieu de gamme ?</h1>
      <div><picture><img src="x.jpg" alt=""></picture></div>
      <h2 class="sp-descp">AMD complète sa gamme avec deux cartes pour joueurs au budget serré.</h2><p>${running}</p></article></body></html>`));
    expect(meta.deck).toBe('AMD complète sa gamme avec deux cartes pour joueurs au budget serré.');
  });
});
