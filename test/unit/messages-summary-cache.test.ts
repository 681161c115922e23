// When a cached summary may be shown again: the same tab showing the same document (address and load
// time: a reload gives a new performance.timeOrigin) at the same summary length.
import { describe, expect, it } from 'vitest';
import { cacheHolds, cacheKey, type CachedSummary } from '../../src/shared/cache-entry';

const entry: CachedSummary = {
  url: 'https://www.handelsblatt.com/politik/international/27970532.html', loadedAt: 1718000000123.4, length: 'medium',
  summary: { url: null, lang: 'de', site: null, kicker: null, headline: 'Nato: Gibt signifikante Differenzen mit Russland', deck: null, byline: null, published: null, actors: [], quotes: [], summary: [], body: '', removed: [], readerable: true, note: null, stopped: null },
};

describe('cacheHolds', () => {
  it.each([
    ['the same document and length', entry.url, entry.loadedAt, 'medium', true],
    ['a reload (new load time)', entry.url, entry.loadedAt + 5000, 'medium', false],
    ['another address in the tab (a link, a history push)', `${entry.url}#comments-page-2`, entry.loadedAt, 'medium', false],
    ['another summary length', entry.url, entry.loadedAt, 'long', false],
  ] as const)('%s -> %s', (_what, url, loadedAt, length, holds) => expect(cacheHolds(entry, url, loadedAt, length)).toBe(holds));
  it('holds nothing without an entry', () => expect(cacheHolds(null, entry.url, entry.loadedAt, 'medium')).toBe(false));
  it('keys by tab', () => expect(cacheKey(12)).not.toBe(cacheKey(13)));
});
