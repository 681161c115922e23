// Issue 13: the publication day as the page prints it. Dates printed only in the text or a <time>, updates
// against publications, and the time zone's day shift; each case the real value of the page named (dates
// and postlight development sets).
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { datesInText, isoDay } from '../../src/analysis/metadata/dates-in-text';
import { dateInUrl, pickPublished } from '../../src/analysis/metadata/pick-date';
import { normaliseDate } from '../../src/analysis/metadata/normalise-date';
import { readMeta } from '../../src/extract/read-meta';
import { readDates } from '../../src/extract/read-dates';
import type { PageData, PageMeta } from '../../src/analysis/types';

const page = (meta: PageMeta, url = ''): PageData => ({ url, meta, readability: null, readerable: true, blocks: [], removed: [] });
const fromHtml = (html: string, url = '') => pickPublished(page(readMeta(new JSDOM(html).window.document), url));

describe('dates as pages print them', () => {
  const cases: [string, string[], string][] = [
    ['Samstag, 19. Juli 2014', ['2014-07-19'], 'dates die-partei.net.sh'],
    ['Friday, December 23, 2016', ['2016-12-23'], 'dates blog.python.org'],
    ['Donnerstag, 15.2.2018, 19:51', ['2018-02-15T19:51'], 'dates blog.todamax.net: with its clock time'],
    ['Blog entry by Annisa Rahmawati | 28 April, 2017', ['2017-04-28'], 'dates greenpeace.org.forests'],
    ['27 Sep 2016', ['2016-09-27'], 'dates wara-enforcement.org.guinee'],
    ['26.10.13', ['2013-10-26'], 'dates wolfsrebellen-netz: a two-digit year'],
    ['8 January 2020, 3:51 pm', ['2020-01-08T15:51'], 'dates timesofisrael.com.washington: pm'],
    ['30 septembre 2018', ['2018-09-30'], 'dates regards.fr.enquetes: French'],
    ['2020-02-19 20:29:58', ['2020-02-19T20:29'], 'dates xinhuanet.com'],
    ['2020年2月19日', ['2020-02-19'], 'Chinese and Japanese'],
    ['PUBLISHED: November 8, 2023 at 5:49 p.m. | UPDATED: November 8, 2023 at 6:17 p.m.', ['2023-11-08T17:49', '2023-11-08T18:17'], 'dates mercurynews.com-Fremont'],
    ['Version 1.2.3 at 12.5.', [], 'a version number is no date'],
    ['31.02.2019', [], 'no 31 February'],
  ];
  for (const [text, want, origin] of cases) it(origin, () => expect(datesInText(text).map((d) => d.iso), origin).toEqual(want));
  it('08/07/2017 is 8 July, except on a US English page', () => {
    expect(datesInText('08/07/2017')[0].iso).toBe('2017-07-08');
    expect(datesInText('08/07/2017', true)[0].iso).toBe('2017-08-07');
    expect(datesInText('08/17/2017')[0].iso).toBe('2017-08-17');
  });
});

describe('dates only in the page\'s markup or text', () => {
  it('dates blog.python.org: <abbr class="published" title="…">', () => {
    expect(fromHtml(`<html><body><h1>Python 3.6.0 is now available!</h1><a rel="bookmark"><abbr class='published' title='2016-12-23T05:11:00-05:00'>5:11 AM</abbr></a></body></html>`)).toBe('2016-12-23T05:11:00-05:00');
  });
  it('dates medef.fr.dispute: a <time> with its date as text only', () => {
    expect(fromHtml(`<html><body><h3>Alternative dispute resolution for antitrust damages</h3><time class="Post-pub-time">01 September 2017</time></body></html>`)).toBe('2017-09-01');
  });
  it('dates bayrische-bembel.de.504: an element named for the date', () => {
    expect(fromHtml(`<html><body><h1>Bericht</h1><span class="itemPostDate">am 25.08.2015 22:30</span><p>Text.</p></body></html>`)).toBe('2015-08-25T22:30');
  });
  it('dates transgen.de.aktuell: the dateline in the text right under the headline', () => {
    expect(fromHtml(`<html><body><h1>Afrikanische Schweinepest: Neue Hoffnung durch Genome Editing</h1><p><strong>(18.01.2018) Deutschlands Landwirte fürchten die Schweinepest.</strong></p></body></html>`)).toBe('2018-01-18');
  });
  it('dates einfachspanien.de.malaga: no h1, the dateline beside the h2 the title repeats (not the PHP warnings at the top)', () => {
    expect(fromHtml(`<html><head><title>Malaga, die quirlige Metropole in Andalusien</title></head><body>${'<br><b>Strict Standards</b>: Non-static method WP_Widget_Factory::_register_widgets() should not be called statically in /www/htdocs/wp-includes/plugin.php on line 164'.repeat(12)}<div class="post"><h2 class="post_cat">Allgemein</h2><h2 class="post_name" id="post-173">Malaga, die quirlige Metropole in Andalusien</h2><div class="post_meta"><!-- By <a href="/author/yngrid/">Yngrid</a> !--> <span class="dot">&sdot;</span> November 22, 2011 <span class="dot">&sdot;</span> <img class="WP-EmailIcon" src="email.gif" alt="Email this post"> <a href="#">E-Mail</a> <a href="#">Drucken</a> <a href="#">Kommentare</a> <a href="#">Teilen</a> <a href="#">Tweet</a> <a href="#">Like</a> <a href="#">Pin</a> <a href="#">Mehr</a></div><p>Malaga ist die zweitgrößte Stadt Andalusiens.</p></div></body></html>`)).toBe('2011-11-22');
  });
  it('dates oberstdorfresort.de.kraeuter: a date in an element\'s title attribute', () => {
    expect(fromHtml(`<html><body><h1>Kräuter</h1><div class="autor">von <a href="/profile/.html"></a> <span class="meta" title="20.06.2018"></span></div></body></html>`)).toBe('2018-06-20');
  });
  it('dates shabka.org.about: JSON-LD datePublished on a WebPage, no Article', () => {
    expect(fromHtml(`<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"About Us - Shabka","datePublished":"2018-06-07T10:13:17+00:00"}]}</script></head><body><h1>About Us</h1></body></html>`)).toBe('2018-06-07T10:13:17+00:00');
  });
  it('the address: "/2016/12/23/", "/20200428/"', () => {
    expect(dateInUrl('https://die-partei.net/sh/2014/07/19/landesparteitag-2014/')).toBe('2014-07-19');
    expect(dateInUrl('https://www.thelocal.se/20200428/meet-the-swede-who')).toBe('2020-04-28');
    expect(dateInUrl('https://example.org/article/12345678/')).toBeNull();
  });
  it('the address, day first (dates weisser-ring.de, biathlon-antholz.it)', () => {
    expect(dateInUrl('https://weisser-ring.de/media-news/meldungen/29-10-2021')).toBe('2021-10-29');
    expect(dateInUrl('https://www.biathlon-antholz.it/de/newsroom/23-01-2022-dorothea-wierer-darf-beim-antholz-abschluss-noch-jubeln/17-378.html')).toBe('2022-01-23');
    expect(dateInUrl('https://example.org/news/10-24-2021-storm')).toBe('2021-10-24');
  });
  it('postlight www.spektrum.de: a photo credit\'s © after the dateline leaves the dateline the article\'s', () => {
    expect(fromHtml(`<html><body><h1>Genetik: Das Geheimnis der parasitischen Riesenblumen</h1><ul><li>Hintergrund</li><li>19.07.2022</li><li>Lesedauer ca. 10 Minuten</li></ul><p>Das bizarre Genom der größten Blütenpflanze der Welt offenbart, zu was Parasiten alles fähig sind.</p><p>Christie Wilcox</p><figure><figcaption>© Maizal / stock.adobe.com (Ausschnitt)</figcaption></figure></body></html>`)).toBe('2022-07-19');
  });
  it('a copyright line\'s date is not the article\'s (dates qualisys.eu.gefahrstoff footer)', () => {
    expect(fromHtml(`<html><body><h1>Gefahrstoffe</h1><p class="meta-info">Copyright © 19.12.2019 - 12:14 h by Qualisys</p></body></html>`)).toBeNull();
  });
  it('dates gay.ch-papst: the byline sits in a layout row named "footerRow"; labelled "veröffentlicht", its date is the article\'s', () => {
    const byline = (row: string) => `<html><body><article id="content"><h1>VATIKAN: Eltern sollen queere Kinder unterstützen, sagt der Papst</h1><p>Der Zickzack-Kurs der Katholischen Kirche geht weiter.</p><div class="mosaic-grid-row row ${row}"><div class="documentByLine"><span>erstellt von Dominique</span> <span class="documentPublished"><span>veröffentlicht</span> 28.01.2022 06:00</span></div></div></article></body></html>`;
    expect(fromHtml(byline("footerRow"))).toBe('2022-01-28T06:00');
    // An unlabelled date in a teaser list is no labelled one (dates awo.org-Menschenrechte), nor a labelled one in a comment.
    const labelled = (html: string) => readDates(new JSDOM(html).window.document).filter((d) => d.source === 'labelled').map((d) => d.value);
    expect(labelled(byline("footerRow"))).toEqual(['veröffentlicht 28.01.2022 06:00']);
    expect(labelled(`<html><body><h1>Menschenrechte achten</h1><p>Text.</p><div class="teaser"><div class="authored">10.11.2021</div></div></body></html>`)).toEqual([]);
    expect(labelled(`<html><body><h1>Titel</h1><p>Text.</p><div class="comment-footer"><span class="published">veröffentlicht 28.01.2022</span></div></body></html>`)).toEqual([]);
  });
});

describe('published, not modified', () => {
  it('dates transgen.de: "Letzte Aktualisierung:" gives way to a published date', () => {
    expect(fromHtml(`<html><body><h1>Titel</h1><p class="article_date">Letzte Aktualisierung: 18.01.2018</p><span class="post-date">veröffentlicht 12.01.2018</span></body></html>`)).toBe('2018-01-12');
  });
  it('an update alone is still a date (dates pronats.de.arbeit: "Aktualisiert: 30.12.2016")', () => {
    expect(fromHtml(`<html><body><h1>Arbeit</h1><p class="info">Aktualisiert: 30.12.2016</p></body></html>`)).toBe('2016-12-30');
  });
  it('article:modified_time only when nothing else is there', () => {
    expect(pickPublished(page({ tags: { 'article:modified_time': '2021-03-14T20:10:50Z' } }))).toBe('2021-03-14T20:10:50Z');
    expect(pickPublished(page({ tags: { 'article:modified_time': '2021-03-14T20:10:50Z', 'article:published_time': '2021-03-08T11:15:28Z' } }))).toBe('2021-03-08T11:15:28Z');
  });
});

describe('a UTC stamp a day off the day the page prints', () => {
  it('dates mercurynews.com-Fremont: the same instant in local time gives the offset', () => {
    const meta: PageMeta = { jsonLd: { datePublished: '2023-11-09T01:49:09Z' }, time: '2023-11-08 17:49:09', tags: { 'article:published_time': '2023-11-09T01:49:09+00:00' } };
    expect(pickPublished(page(meta))).toBe('2023-11-08T17:49:09-08:00');
  });
  it('dates nypost.com-GOP: sailthru.date writes the local time', () => {
    const meta: PageMeta = { jsonLd: { datePublished: '2023-11-09T03:28:35Z' }, tags: { 'sailthru.date': '2023-11-08 22:28:35' } };
    expect(pickPublished(page(meta))).toBe('2023-11-08T22:28:35-05:00');
  });
  it('the address\'s day when nothing writes the local time (dates denverpost.com-Colorado)', () => {
    const meta: PageMeta = { jsonLd: { datePublished: '2023-11-09T01:09:55Z' } };
    expect(pickPublished(page(meta, 'https://www.denverpost.com/2023/11/08/colorado-election-results/'))).toBe('2023-11-08');
  });
  it('postlight www.nytimes.com: the same instant with the page\'s offset in <time>; the print edition\'s day in the address does not move it', () => {
    const meta: PageMeta = { tags: { 'article:published_time': '2016-09-19T11:46:01.000Z' }, time: '2016-09-19T07:46:01-04:00' };
    expect(pickPublished(page(meta, 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html'))).toBe('2016-09-19T07:46:01-04:00');
    expect(pickPublished(page({ tags: { 'article:published_time': '2016-09-19T11:46:01.000Z' } }, 'https://www.nytimes.com/2016/09/20/nyregion/x.html'))).toBe('2016-09-19T11:46:01.000Z');
  });
  it('postlight www.reuters.com: og:article:published_time, not the revision date', () => {
    expect(pickPublished(page({ tags: { 'sailthru.date': '2016-12-15T13:50:38Z', 'og:article:published_time': '2016-12-14T06:02:15Z', 'og:article:modified_time': '2016-12-15T13:50:38Z' } }))).toBe('2016-12-14T06:02:15Z');
  });
  it('a stamp on the same day as the address stays as written', () => {
    expect(pickPublished(page({ jsonLd: { datePublished: '2023-11-08T15:09:55Z' } }, 'https://www.denverpost.com/2023/11/08/x/'))).toBe('2023-11-08T15:09:55Z');
  });
});

describe('machine dates written oddly', () => {
  const cases: [string, string, string][] = [
    ['2020-09-26T12:07:40+02:00CET', '2020-09-26T12:07:40+02:00', 'dates mediacloud-1721884119: an offset and a zone name'],
    ['2020-09-25T16:02:50CDT', '2020-09-25T16:02:50-05:00', 'dates mediacloud-1721965295: a zone name for the offset'],
    ['2020-12-05T23:15:0Z', '2020-12-05T23:15:00Z', 'dates mediacloud-1789111868: one-digit seconds'],
    ['2022-01-27T12:45:36.270+01', '2022-01-27T12:45:36+01:00', 'dates pferderevue.at: hours-only offset'],
  ];
  for (const [raw, want, origin] of cases) it(origin, () => expect(normaliseDate(raw), origin).toBe(want));
});

describe('a calendar day read from an ISO date without the text patterns', () => {
  const next = new Date().getUTCFullYear() + 1;
  it.each([
    ['2014-07-19'], ['2014-07-19T10:15:00+02:00'], ['2020-02-29'], ['2019-02-29'], ['1900-02-29'], ['2000-02-29'],
    ['1989-12-31'], ['1990-01-01'], [`${next}-06-01`], [`${next + 1}-06-01`], ['2021-13-01'], ['2021-04-31'], ['2021-00-10'],
  ])('%s: the same day as datesInText finds in its first ten characters', (iso) => {
    expect(isoDay(iso)).toBe(datesInText(iso.slice(0, 10))[0]?.iso ?? null);
  });
});
