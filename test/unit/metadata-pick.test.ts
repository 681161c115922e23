// Headline, kicker, site and byline choices on metadata as real pages of the fundus development corpus
// carry it (values copied from the pages named in each case).
import { describe, expect, it } from 'vitest';
import { pickMetadata } from '../../src/analysis/metadata/pick-metadata';
import { stripSiteName, siteNames } from '../../src/analysis/metadata/strip-site-name';
import { cleanByline } from '../../src/analysis/metadata/clean-byline';
import type { PageData, PageMeta } from '../../src/analysis/types';

const page = (meta: PageMeta, url = ''): PageData => ({ url, meta, readability: null, readerable: true, blocks: [], removed: [] });

describe('headline and kicker', () => {
  const cases: { origin: string; meta: PageMeta; url?: string; headline: string; kicker: string | null }[] = [
    {
      origin: 'Tagesschau_2023_04_28: kicker span inside the h1, and a dash that belongs to the headline',
      meta: { h1: { text: 'Ausschuss zur Ahrtal-Flut Zwei Rücktritte - und viele offene Fragen', kicker: 'Ausschuss zur Ahrtal-Flut' },
        tags: { 'og:title': 'Ausschuss zur Ahrtal-Flut: Zwei Rücktritte - und viele offene Fragen', 'og:site_name': 'tagesschau.de' }, title: 'Ausschuss zur Ahrtal-Flut: Zwei Rücktritte - und viele offene Fragen | tagesschau.de' },
      headline: 'Zwei Rücktritte - und viele offene Fragen', kicker: 'Ausschuss zur Ahrtal-Flut',
    },
    {
      origin: 'JungeWelt_2024_04_26: og:title carries the kicker, the h1 confirms the headline alone',
      meta: { h1: { text: 'Orden fürs Morden', kicker: null }, tags: { 'og:title': 'Nationaler Veteranentag: Orden fürs Morden', 'og:site_name': 'junge Welt' } },
      headline: 'Orden fürs Morden', kicker: 'Nationaler Veteranentag',
    },
    {
      origin: 'BoersenZeitung_2024_10_23: no site name stated; the host names it',
      meta: { h1: { text: 'Steigende US-Zinsen setzen Dax zu', kicker: null }, tags: { 'og:title': 'Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung' } },
      url: 'https://www.boersen-zeitung.de/maerkte/steigende-us-zinsen', headline: 'Steigende US-Zinsen setzen Dax zu', kicker: null,
    },
    {
      // Issue 13: the headline is the one the page prints; the social title's shorter wording is not.
      origin: 'Kicker_2024_04_26: the printed h1, which JSON-LD repeats, beats a differently worded og:title',
      meta: { h1: { text: 'MSV-Interimstrainer Schubert: "Nicht mehr viel zu verlieren"', kicker: null }, jsonLd: { headline: 'MSV-Interimstrainer Schubert: "Nicht mehr viel zu verlieren"' },
        tags: { 'og:title': 'Interimstrainer Schubert: "Nicht mehr viel zu verlieren"', 'og:site_name': 'kicker' } },
      headline: 'MSV-Interimstrainer Schubert: "Nicht mehr viel zu verlieren"', kicker: null,
    },
    {
      origin: 'KleineZeitung_2025_06_30 without og:title: h1 and JSON-LD agree against <title>',
      meta: { h1: { text: 'Nur ein Drittel der Kinder kam am Montag in die Schule', kicker: null }, jsonLd: { headline: 'Nur ein Drittel der Kinder kam am Montag in die Schule' },
        title: 'Notbetrieb und Notfallplan: Osttiroler Kinder und Senioren erlebten ruhigen, aber heißen Montag' },
      headline: 'Nur ein Drittel der Kinder kam am Montag in die Schule', kicker: null,
    },
  ];
  for (const c of cases) {
    it(c.origin, () => {
      const m = pickMetadata(page(c.meta, c.url));
      expect(m.headline, c.origin).toBe(c.headline);
      expect(m.kicker, c.origin).toBe(c.kicker);
    });
  }
});

describe('deck', () => {
  it('Express_2024_07_18: a promotion in the standfirst slot is no deck; the JSON-LD description is', () => {
    const md = pickMetadata(page({ deck: "READ MORE Get 75% off annual subscription to Emily Ferguson's exclusive royal newsletter", tags: { 'og:title': "'Whingers' Harry and Meghan 'won't recover' from 'terrible' snub" },
      jsonLd: { description: "A snub from a Hollywood executive has left Prince Harry and Meghan Markle with a 'terrible' label, an expert has claimed." } } as PageMeta));
    expect(md.deck).toBe("A snub from a Hollywood executive has left Prince Harry and Meghan Markle with a 'terrible' label, an expert has claimed.");
  });
});

describe('site name stripping', () => {
  const cases: [string, string | null, string, string][] = [
    ['Iranischer Angriff auf Israel: «Die israelische Zurückhaltung hat viel mit den USA zu tun» - News - SRF', 'Schweizer Radio und Fernsehen (SRF)', 'Iranischer Angriff auf Israel: «Die israelische Zurückhaltung hat viel mit den USA zu tun»', 'SRF_2024_04_15: section word and site at the end'],
    ['Swedish police to investigate reports of information leaks to violent gangs | Euronews', 'Euronews', 'Swedish police to investigate reports of information leaks to violent gangs', 'EuronewsEN_2024_04_30'],
    ['Brand in Betrieb in Lichterfelde – Starke Rauchentwicklung', 'Berliner Morgenpost', 'Brand in Betrieb in Lichterfelde – Starke Rauchentwicklung', 'BerlinerMorgenpost_2024_05_03: a dash of the headline itself stays'],
  ];
  for (const [title, site, want, origin] of cases) it(origin, () => expect(stripSiteName(title, siteNames(site, null))).toBe(want));
});

describe('byline', () => {
  const cases: [string, string | null, string][] = [
    ['Von Anna Muster', 'Anna Muster', 'German "Von"'],
    ['By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT', 'Mike Wuerthele and Malcolm Owen', 'AppleInsider (scrapinghub): weekday and date go'],
    ['Rachel Riederer | 5 Minute Read', 'Rachel Riederer', 'reading time goes'],
    ['https://www.facebook.com/someauthor', null, 'a URL is no byline'],
  ];
  for (const [raw, want, why] of cases) it(why, () => expect(cleanByline(raw)).toBe(want));
});
