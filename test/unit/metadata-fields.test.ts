// Published date, byline and site name as fundus development pages give them (values copied from the page
// named in each case).
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { normaliseDate } from '../../src/analysis/metadata/normalise-date';
import { cleanAuthors, cleanByline } from '../../src/analysis/metadata/clean-byline';
import { isCompanyName, pickMetadata } from '../../src/analysis/metadata/pick-metadata';
import { readMeta } from '../../src/extract/read-meta';
import type { PageData, PageMeta } from '../../src/analysis/types';

const page = (meta: PageMeta): PageData => ({ url: '', meta, readability: null, readerable: true, blocks: [], removed: [] });

describe('published date as ISO 8601, with the offset the page wrote', () => {
  const cases: [string, string | null, string][] = [
    ['Fri Apr 28 19:20:36 CEST 2023', '2023-04-28T19:20:36+02:00', 'FAZ_2023_04_28: a Java Date printed into a meta tag'],
    ['2026-05-13 15:44', '2026-05-13T15:44', 'AFPFaktencheck_2026_05_24: JSON-LD with a space for the T'],
    ['2024-04-30 16:17:29 +02:00', '2024-04-30T16:17:29+02:00', 'EuronewsDE_2024_04_30: space before the offset'],
    ['2025-01-13T10:22:29+0100', '2025-01-13T10:22:29+01:00', 'LaVanguardia_2025_01_13: offset without a colon'],
    ['2024-04-28 07:00:00Z', '2024-04-28T07:00:00Z', 'VoiceOfAmerica_2024_04_28'],
    ['2026-07-08T03:00:07.152Z', '2026-07-08T03:00:07.152Z', 'MDR_2026_07_08: ISO already, kept as is'],
    ['2025-10-20', '2025-10-20', 'LTO_2025_10_20: a day only'],
    ['Fri, 28 Apr 2023 19:20:36 +0200', '2023-04-28T19:20:36+02:00', 'RFC 2822, as RSS-fed meta tags write it'],
    ['28.04.2023', '2023-04-28', 'day first with dots'],
    ['Jetzt', null, 'SRF_2025_01_05 i18n:date:now: a word is no date'],
  ];
  for (const [raw, want, origin] of cases) it(origin, () => expect(normaliseDate(raw), origin).toBe(want));

  it('SRF_2025_01_05: <meta itemprop="datePublished"> is read when JSON-LD has none', () => {
    expect(pickMetadata(page({ tags: { datepublished: '2025-01-05T15:23:59+01:00' } })).published).toBe('2025-01-05T15:23:59+01:00');
  });
  it('BoersenZeitung_2024_10_23: article:published:time (colon variant)', () => {
    expect(pickMetadata(page({ tags: { 'article:published:time': '2024-10-23T15:48:15+00:00' } })).published).toBe('2024-10-23T15:48:15+00:00');
  });
  it('FAZ_2023_04_28: a source that is no date gives way to the next', () => {
    expect(pickMetadata(page({ tags: { date: 'Jetzt' }, time: '2023-04-28T19:20:36+02:00' })).published).toBe('2023-04-28T19:20:36+02:00');
  });
});

describe('byline: names only', () => {
  const cases: [string, string | null, string][] = [
    ['d.kuckelkorn@boersen-zeitung.de', null, 'BoersenZeitung_2024_10_23: an e-mail address is no byline'],
    ['Xiaoying You0,', 'Xiaoying You', 'Nature_2025_11_04: affiliation mark glued to the name'],
    ['Elena Oberholzer (obe)', 'Elena Oberholzer', 'NZZ_2024_07_18: editor\'s short sign in brackets'],
    ['von David Straub, MDR THÜRINGEN Stand: 28. April 2023, 05:00 Uhr', 'David Straub, MDR THÜRINGEN', 'MDR_2023_04_28: "Stand:" and the date go'],
    ['Julian Seiferth, t-online', 'Julian Seiferth, t-online', 'TOnline_2026_04_15: an outlet credited beside the name stays'],
  ];
  for (const [raw, want, origin] of cases) it(origin, () => expect(cleanByline(raw), origin).toBe(want));

  it('NZZ_2024_07_18: nine JSON-LD authors are one byline, however long', () => {
    const nzz = ['Elena Oberholzer (obe)', 'Oliver Maksan (oma)', 'Melchior Poppe (pop)', 'David Vonplon (dvp)', 'Trudi Latour (tla)', 'Raffaela Angstmann (ran)', 'Ulrike Putz (puz)', 'Esther Blank (esb)', 'Corina Gall (cog.)'];
    expect(cleanAuthors(nzz)).toBe('Elena Oberholzer, Oliver Maksan, Melchior Poppe, David Vonplon, Trudi Latour, Raffaela Angstmann, Ulrike Putz, Esther Blank, Corina Gall');
  });
  it('SalzburgerNachrichten_2025_06_05: a site crediting itself keeps its byline', () => {
    expect(pickMetadata(page({ jsonLd: { authors: ['Salzburger Nachrichten'] }, byline: 'APA' })).byline).toBe('Salzburger Nachrichten');
  });
});

describe('site: the publication, not the company', () => {
  const cases: [string, boolean, string][] = [
    ['Tamedia AG', true, 'TagesAnzeiger_2024_09_04'],
    ['Ediciones EL PAÍS S.L.', true, 'ElPais_2024_10_15'],
    ['Nature Publishing Group UK', true, 'Nature_2026_02_07'],
    ['Frankfurter Allgemeine Zeitung', false, 'FAZ_2024_04_17'],
    ['Der Tagesspiegel', false, 'Tagesspiegel_2024_04_29'],
    ['SAGE', false, 'a capitalised word containing a form is no form'],
  ];
  for (const [name, want, origin] of cases) it(origin, () => expect(isCompanyName(name), origin).toBe(want));
  it('TagesAnzeiger_2024_09_04: og:site_name over the JSON-LD company', () => {
    expect(pickMetadata(page({ jsonLd: { publisher: 'Tamedia AG' }, tags: { 'og:site_name': 'Tages-Anzeiger' } })).site).toBe('Tages-Anzeiger');
  });
  it('FreiePresse_2024_04_30: the company stands when nothing else names the site', () => {
    const name = 'Freie Presse - Chemnitzer Verlag und Druck GmbH & Co. KG';
    expect(pickMetadata(page({ jsonLd: { publisher: name } })).site).toBe(name);
  });
});

describe('JSON-LD article found where pages put it', () => {
  const doc = (o: object) => new JSDOM(`<html><head><script type="application/ld+json">${JSON.stringify(o)}</script></head><body></body></html>`).window.document;
  it('Nature_2025_11_04: the article is the mainEntity of a WebPage', () => {
    const ld = readMeta(doc({ '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', headline: 'How to fight climate change without the US: a guide to global action', datePublished: '2025-11-03T00:00:00Z', author: [{ name: 'Xiaoying You', '@type': 'Person' }, { name: 'Mariana Lenharo', '@type': 'Person' }] } })).jsonLd;
    expect(ld?.headline).toBe('How to fight climate change without the US: a guide to global action');
    expect(ld?.authors).toEqual(['Xiaoying You', 'Mariana Lenharo']);
  });
  it('AFPFaktencheck_2026_05_24: a fact check\'s ClaimReview, when no Article is there', () => {
    const ld = readMeta(doc({ '@context': 'https://schema.org', '@graph': [{ '@type': 'ClaimReview', name: 'Angst vor dem Hantavirus lässt Verschwörungserzählungen aus der Corona-Zeit wiederaufleben', datePublished: '2026-05-13 15:44', author: { '@type': 'Organization', name: 'AFP' }, itemReviewed: { '@type': 'Claim', datePublished: '2026-05-07' } }] })).jsonLd;
    expect(ld?.headline).toBe('Angst vor dem Hantavirus lässt Verschwörungserzählungen aus der Corona-Zeit wiederaufleben');
    expect(ld?.datePublished).toBe('2026-05-13 15:44');
    expect(ld?.authors).toEqual(['AFP']);
  });
});
