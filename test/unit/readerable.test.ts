// "Is this an article?" per script: Readability's check wants paragraphs of 140 characters, which a
// Chinese news paragraph of 60 characters (worth about 180 Latin ones) never reaches.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { isProbablyReaderable } from '@mozilla/readability';
import { isCjkPage, isReaderable } from '../../src/extract/readerable';
import { arabicPage, chinesePage, loginPage, plainArticle, searchResultsPage } from '../fixtures/hostile/odd-pages';

const doc = (html: string) => new JSDOM(html).window.document;
const fixture = (name: string) => doc(gunzipSync(readFileSync(new URL(`../fixtures/cjk/${name}.html.gz`, import.meta.url))).toString('utf8'));

describe('readerable', () => {
  it('a Chinese article of short paragraphs is an article (Readability alone says it is not)', () => {
    const d = doc(chinesePage());
    expect(isProbablyReaderable(d), 'the case this fixes').toBe(false);
    expect(isCjkPage(d)).toBe(true);
    expect(isReaderable(d)).toBe(true);
  });
  it('real Korean and Japanese pages (scrapinghub) are CJK pages and articles', () => {
    for (const name of ['entermedia-ko', 'lighthouse-ja']) {
      const d = fixture(name);
      expect(isCjkPage(d), name).toBe(true);
      expect(isReaderable(d), name).toBe(true);
    }
  });
  it('other scripts keep Readability\'s thresholds: articles yes, a login form and search results no', () => {
    expect(isCjkPage(doc(arabicPage()))).toBe(false);
    expect(isReaderable(doc(plainArticle()))).toBe(true);
    expect(isReaderable(doc(loginPage()))).toBe(false);
    expect(isReaderable(doc(searchResultsPage()))).toBe(false);
  });
});
