// The headline rules added after the fundus title misses, each on the real values of the page named in its
// case: the site's host as a title suffix, a section word after a bar, a kicker whose split another source
// writes with a dash, and HTML entities in JSON-LD strings.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { pickMetadata } from '../../src/analysis/metadata/pick-metadata';
import { stripSiteName, siteNames } from '../../src/analysis/metadata/strip-site-name';
import { readMeta } from '../../src/extract/read-meta';
import type { PageData, PageMeta } from '../../src/analysis/types';

const page = (meta: PageMeta, url = ''): PageData => ({ url, meta, readability: null, readerable: true, blocks: [], removed: [] });

describe('the host as the site name in a title', () => {
  const cases: { origin: string; title: string; site: string | null; url: string; want: string }[] = [
    {
      origin: 'MDR_2023_04_28: og:title ends "| MDR.DE" while the site calls itself "MDR"',
      title: 'Ist die Thüringer Bratwurst eine Illusion? Das harte Geschäft mit dem Tod | MDR.DE', site: 'MDR',
      url: 'https://www.mdr.de/nachrichten/thueringen/sued-thueringen/schmalkalden-meiningen/schlachtung-fleisch-schwein-wirtschaft-landstolz-100.html',
      want: 'Ist die Thüringer Bratwurst eine Illusion? Das harte Geschäft mit dem Tod',
    },
    {
      origin: 'Golem_2024_04_28: "- Golem.de" after the headline, the host named with its domain',
      title: 'LTE-Patent: Samsung soll wegen Patentklage Smartphones zerstören - Golem.de', site: null,
      url: 'https://www.golem.de/news/lte-patent-samsung-soll-wegen-patentklage-smartphones-zerstoeren-2404-184627.html',
      want: 'LTE-Patent: Samsung soll wegen Patentklage Smartphones zerstören',
    },
    {
      origin: 'BerlinerMorgenpost_2024_05_03: a dash of the headline itself stays when the host is known',
      title: 'Brand in Betrieb in Lichterfelde – Starke Rauchentwicklung', site: 'Berliner Morgenpost',
      url: 'https://www.morgenpost.de/berlin/article242242744/feuer-brand-warnung-berlin-lichterfelde-brandgase-aktuell-news.html',
      want: 'Brand in Betrieb in Lichterfelde – Starke Rauchentwicklung',
    },
  ];
  for (const c of cases) it(c.origin, () => expect(stripSiteName(c.title, siteNames(c.site, c.url)), c.origin).toBe(c.want));
});

describe('a section word after a bar, without the site name', () => {
  const cases: [string, string, string][] = [
    ['Bubi-Bomber wieder da: Thioune fordert Geduld mit Niemiec | Sport', 'Bubi-Bomber wieder da: Thioune fordert Geduld mit Niemiec',
      'Bild_2023_05_15: JSON-LD headline with "| Sport" and no site name'],
    // A dash is not enough without the site: it can be the headline's own ("… – Starke Rauchentwicklung").
    ['Rückbau von Atomkraftwerk: Kühltürme von AKW Gundremmingen gesprengt - Politik', 'Rückbau von Atomkraftwerk: Kühltürme von AKW Gundremmingen gesprengt - Politik',
      'StuttgarterZeitung_2025_10_25: <title> with "- Politik": a dash segment stays'],
    ['Nach Gaetz-Rückzug: Trump-Anwältin soll Justizministerin werden', 'Nach Gaetz-Rückzug: Trump-Anwältin soll Justizministerin werden',
      'ORF_2024_11_22: no bar, nothing goes'],
  ];
  for (const [title, want, origin] of cases) it(origin, () => expect(stripSiteName(title, []), origin).toBe(want));
});

describe('kicker confirmed by the same words with a dash', () => {
  const cases: { origin: string; meta: PageMeta; url?: string; headline: string; kicker: string | null }[] = [
    {
      // Issue 13: the h1 the page prints, with JSON-LD agreeing, is the headline; og:title's social wording is not.
      origin: 'TOnline_2026_04_15: the printed h1 that JSON-LD repeats, not og:title "Kicker: Headline"',
      meta: {
        tags: { 'og:title': 'Nach erneuter Kritik an Papst Leo: Trump postet schon wieder Jesus-KI-Foto', 'og:site_name': 't-online' },
        jsonLd: { headline: 'Trump postet nach Kritik an Papst Leo nächstes KI-Foto mit Jesus', alternativeHeadline: 'Nach erneuter Kritik an Papst Leo - Trump postet schon wieder Jesus-KI-Foto' },
        h1: { text: 'Trump postet nach Kritik an Papst Leo nächstes KI-Foto mit Jesus', kicker: null },
        title: 'Trump postet nach Kritik an Papst Leo nächstes KI-Foto mit Jesus',
      },
      headline: 'Trump postet nach Kritik an Papst Leo nächstes KI-Foto mit Jesus', kicker: null,
    },
    {
      origin: 'Nature_2025_11_04: a colon no other source sets apart is the headline\'s own',
      meta: {
        tags: { 'og:title': 'How to fight climate change without the US: a guide to global action', 'og:site_name': 'Nature' },
        h1: { text: 'How to fight climate change without the US: a guide to global action', kicker: null },
        title: 'How to fight climate change without the US: a guide to global action',
      },
      headline: 'How to fight climate change without the US: a guide to global action', kicker: null,
    },
    {
      origin: 'EuronewsDE_2026_01_06: the same colon title everywhere is not a split',
      meta: {
        tags: { 'og:title': 'UN: Russland und China kritisieren US-Militäreinsatz in Venezuela', 'twitter:title': 'UN: Russland und China kritisieren US-Militäreinsatz in Venezuela' },
        h1: { text: 'UN: Russland und China kritisieren US-Militäreinsatz in Venezuela', kicker: null },
      },
      headline: 'UN: Russland und China kritisieren US-Militäreinsatz in Venezuela', kicker: null,
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

describe('HTML entities in JSON-LD strings', () => {
  const ld = (o: object) => new JSDOM(`<html><head><script type="application/ld+json">${JSON.stringify(o)}</script></head><body></body></html>`).window.document;
  const cases: { origin: string; json: object; headline: string }[] = [
    { origin: 'StuttgarterZeitung_2025_10_25: named entities (&uuml;)', json: { '@type': 'NewsArticle', headline: 'R&uuml;ckbau von Atomkraftwerk - K&uuml;hlt&uuml;rme von AKW Gundremmingen gesprengt' },
      headline: 'Rückbau von Atomkraftwerk - Kühltürme von AKW Gundremmingen gesprengt' },
    { origin: 'Golem_2024_04_28: &ouml; in the headline', json: { '@type': 'NewsArticle', headline: 'LTE-Patent: Samsung soll wegen Patentklage Smartphones zerst&ouml;ren - Golem.de' },
      headline: 'LTE-Patent: Samsung soll wegen Patentklage Smartphones zerstören - Golem.de' },
    { origin: 'Kicker_2024_04_26: &quot; around the quotation', json: { '@type': 'NewsArticle', headline: 'MSV-Interimstrainer Schubert: &quot;Nicht mehr viel zu verlieren&quot;' },
      headline: 'MSV-Interimstrainer Schubert: "Nicht mehr viel zu verlieren"' },
    { origin: 'the Kicker headline escaped once more (&amp;quot;), as some CMSs do', json: { '@type': 'NewsArticle', headline: 'MSV-Interimstrainer Schubert: &amp;quot;Nicht mehr viel zu verlieren&amp;quot;' },
      headline: 'MSV-Interimstrainer Schubert: "Nicht mehr viel zu verlieren"' },
    { origin: 'numeric references, decimal and hex, as CMSs write German quotation marks and dashes', json: { '@type': 'NewsArticle', headline: '&#8222;Nicht mehr viel zu verlieren&#8220; &#x2013; Schubert' },
      headline: '„Nicht mehr viel zu verlieren“ – Schubert' },
    { origin: 'a name not in the table, and a reference out of Unicode, stay as printed', json: { '@type': 'NewsArticle', headline: 'AT&T &bogus; &#1114112; Deal' },
      headline: 'AT&T &bogus; &#1114112; Deal' },
    { origin: 'hostile: escaped markup decodes to text, never to an element', json: { '@type': 'NewsArticle', headline: '&lt;img src=x onerror=alert(1)&gt; Headline' },
      headline: '<img src=x onerror=alert(1)> Headline' },
  ];
  for (const c of cases) it(c.origin, () => expect(readMeta(ld(c.json)).jsonLd?.headline, c.origin).toBe(c.headline));
  it('the document is left as it was', () => {
    const doc = ld(cases[3].json);
    const before = doc.documentElement.outerHTML;
    readMeta(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
