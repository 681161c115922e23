// Issue 13: the headline is the one the page prints (its h1, or JSON-LD's headline), agreeing with a meta
// title where one agrees; never a logo's or a widget's h1, never a social title cut short. Each case holds
// the real values of the page named in it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { pickMetadata } from '../../src/analysis/metadata/pick-metadata';
import { stripSiteName, siteNames } from '../../src/analysis/metadata/strip-site-name';
import { readMeta } from '../../src/extract/read-meta';
import type { PageData, PageMeta } from '../../src/analysis/types';

const page = (meta: PageMeta, url = ''): PageData => ({ url, meta, readability: null, readerable: true, blocks: [], removed: [] });

describe('the printed headline against social and SEO titles', () => {
  const cases: { origin: string; meta: PageMeta; url?: string; headline: string; kicker?: string | null }[] = [
    {
      origin: 'fundus DailyMail_2024_04_27: og:title and twitter:title cut short; the h1 and JSON-LD print it whole',
      meta: {
        h1: { text: "Your $1 bill could be worth up THOUSANDS - here's how to check if you have the rare buck", kicker: null },
        jsonLd: { headline: "Your $1 bill could be worth up THOUSANDS - here's how to check if you have the rare buck" },
        tags: { 'og:title': "Your $1 bill could be worth up THOUSANDS - here's how to check", 'twitter:title': "Your $1 bill could be worth up THOUSANDS - here's how to check", 'og:site_name': 'Daily Mail' },
      },
      headline: "Your $1 bill could be worth up THOUSANDS - here's how to check if you have the rare buck",
    },
    {
      origin: 'postlight www.apartmenttherapy.com: <title> repeats the h1 with its section after a dash',
      meta: { h1: { text: 'A Light Filled LA Loft', kicker: null }, title: 'A Light Filled LA Loft — House Call | Apartment Therapy', tags: { 'og:title': 'A Light Filled LA Loft', 'og:site_name': 'Apartment Therapy' } },
      headline: 'A Light Filled LA Loft',
    },
    {
      origin: 'fundus TheIndependent_2024_11_22: the h1 no title repeats; JSON-LD\'s headline, which <title> repeats',
      meta: {
        h1: { text: 'Australian teenager becomes sixth to die in Laos ‘methanol poisoning’ as police detain hostel bosses', kicker: null },
        jsonLd: { headline: 'Laos methanol poisonings: Australian teenager Holly Bowles becomes sixth to die as police detain hostel bosses' },
        title: 'Laos methanol poisonings: Australian teenager Holly Bowles becomes sixth to die as police detain hostel bosses | The Independent',
        tags: { 'og:title': 'Australian teenager becomes sixth to die in suspected Laos methanol poisoning', 'og:site_name': 'The Independent' },
      },
      headline: 'Laos methanol poisonings: Australian teenager Holly Bowles becomes sixth to die as police detain hostel bosses',
    },
    {
      origin: 'fundus TagesAnzeiger_2024_09_04: the h1 prints kicker and headline with a dash; JSON-LD and <title> set the kicker apart',
      meta: {
        h1: { text: 'SVP-Sonderparteitag zur Migration – Chiesa ruft zum «politischen Widerstand» gegen die Schweizer Asylpolitik auf', kicker: null },
        jsonLd: { headline: 'SVP-Sonderparteitag zur Migration: Chiesa ruft zum «politischen Widerstand» gegen die Schweizer Asylpolitik auf' },
        title: 'SVP-Sonderparteitag zur Migration: Chiesa ruft zum «politischen Widerstand» gegen die Schweizer Asylpolitik auf | Tages-Anzeiger',
        tags: { 'og:title': 'Chiesa ruft zum «politischen Widerstand» gegen die Schweizer Asylpolitik auf', 'og:site_name': 'Tages-Anzeiger' },
      },
      headline: 'Chiesa ruft zum «politischen Widerstand» gegen die Schweizer Asylpolitik auf', kicker: 'SVP-Sonderparteitag zur Migration',
    },
  ];
  for (const c of cases) {
    it(c.origin, () => {
      const m = pickMetadata(page(c.meta, c.url));
      expect(m.headline, c.origin).toBe(c.headline);
      if (c.kicker !== undefined) expect(m.kicker).toBe(c.kicker);
    });
  }
});

describe('an h1 that is no headline', () => {
  const cases: { origin: string; meta: PageMeta; headline: string }[] = [
    {
      origin: 'postlight www.politico.com: the logo is the h1',
      meta: { h1: { text: 'POLITICO Politico Logo', kicker: null }, title: 'Insiders: Trump will sink Pence in VP debate', tags: { 'og:title': 'Insiders: Trump will sink Pence in VP debate', 'og:site_name': 'POLITICO' } },
      headline: 'Insiders: Trump will sink Pence in VP debate',
    },
    {
      origin: 'postlight jvndb.jvn.jp: a widget\'s "Original text" h1',
      meta: { h1: { text: 'Original text', kicker: null }, title: 'JVNDB-2018-013542 - JVN iPedia - 脆弱性対策情報データベース' },
      headline: 'JVNDB-2018-013542 - JVN iPedia - 脆弱性対策情報データベース',
    },
    {
      origin: 'postlight www.sanwa.co.jp: a section name ("news release") as the h1, the company after a bar in og:title',
      meta: { h1: { text: 'ニュースリリース', kicker: null }, tags: { 'og:title': '指紋認証でWindows 10にサインインできる指紋認証機能付きマウスを発売。 | サンワサプライ株式会社', 'og:site_name': 'サンワサプライ株式会社' } },
      headline: '指紋認証でWindows 10にサインインできる指紋認証機能付きマウスを発売。',
    },
  ];
  for (const c of cases) it(c.origin, () => expect(pickMetadata(page(c.meta)).headline, c.origin).toBe(c.headline));
});

describe('the headline element among several h1', () => {
  it('dates zoll.de-Tabaksteuer: the logo\'s and the section\'s h1 come first; the one <title> repeats is the headline', () => {
    const doc = new JSDOM(`<html><head><title>Zoll online - Verkündung des Tabaksteuermodernisierungsgesetzes</title></head><body>
      <header><h1><a href="/">Zoll</a></h1></header><div class="column"><h1>Fachmeldungen</h1></div>
      <main><h1 class="singleview">Verkündung des Tabaksteuermodernisierungsgesetzes</h1><div class="docData news"><span class="label">Datum:</span> <span class="value">18.10.2021</span></div></main></body></html>`).window.document;
    expect(readMeta(doc).h1?.text).toBe('Verkündung des Tabaksteuermodernisierungsgesetzes');
  });
  it('fundus TOnline_2026_04_15: the h1 is the breadcrumb\'s last item; the printed headline is the h2 after it, with its kicker', () => {
    const doc = new JSDOM(`<html><head><title>Trump postet nach Kritik an Papst Leo nächstes KI-Foto mit Jesus</title>
      <meta property="og:title" content="Nach erneuter Kritik an Papst Leo: Trump postet schon wieder Jesus-KI-Foto"></head><body>
      <div class="hide-scrollbar grid"><a href="/">Home</a><a href="/politik/">Politik</a><a href="/politik/ausland/">Ausland</a>
      <h1 class="whitespace-nowrap text-10">Trump postet nach Kritik an Papst Leo nächstes KI-Foto mit Jesus</h1></div>
      <main><h2 class="grid gap-8"><span class="text-14">Nach erneuter Kritik an Papst Leo </span><div class="text-22">Trump postet schon wieder Jesus-KI-Foto</div></h2>
      <p>Trump postet erneut ein KI-generiertes Bild mit Jesus Christus.</p></main></body></html>`).window.document;
    const m = pickMetadata(page(readMeta(doc)));
    expect(m.kicker).toBe('Nach erneuter Kritik an Papst Leo');
    expect(m.headline).toBe('Trump postet schon wieder Jesus-KI-Foto');
  });
  it('postlight www.popsugar.com: the h1 is a short label; the h2 marked up as the headline prints it', () => {
    const doc = new JSDOM(`<html><head><title>Millennial Decorating Mistakes</title><meta property="og:title" content="The 5 Biggest Decorating Mistakes Millennials Make — and How to Solve Them"></head><body>
      <h1 class="post-header">Millennial Decorating Mistakes</h1><h2 itemprop="headline" class="post-title"><span class="title-text">The 5 Biggest Decorating Mistakes Millennials Make — and How to Solve Them</span></h2></body></html>`).window.document;
    expect(readMeta(doc).h1?.text).toBe('The 5 Biggest Decorating Mistakes Millennials Make — and How to Solve Them');
  });
  it('postlight wired.jp: a trail of links before the only h1 does not hand the headline to a subheading', () => {
    const doc = new JSDOM(`<html><head><title>あの有名フォント「Helvetica」は、こうしてデジタル時代に生まれ変わった｜WIRED.jp</title></head><body>
      <div class="ContentHeaderTitleBlock"><a href="/tag/design/">DESIGN</a><a href="/tag/typography/">TYPOGRAPHY</a><h1>あの有名フォント「Helvetica」は、こうしてデジタル時代に生まれ変わった</h1></div>
      <p>世界で最も多く使われているであろうフォントのひとつ「Helvetica」が、このほどリニューアルを遂げた。</p><h2>デジタル時代になって露呈した弱点</h2></body></html>`).window.document;
    expect(readMeta(doc).h1?.text).toBe('あの有名フォント「Helvetica」は、こうしてデジタル時代に生まれ変わった');
  });
  it('fundus LTO_2025_10_20: the kicker printed first in the h1, whatever its class says; its hidden colon dropped', () => {
    const doc = new JSDOM(`<html><body><h1 class="reader__item reader__headline">
      <span class="reader__subline">Waffenlieferungen an Israel<span class="visually-hidden">:</span></span>
      <span class="reader__topline">Paläs&shy;ti&shy;nenser legt Ver&shy;fas&shy;sungs&shy;be&shy;schwerde ein</span></h1></body></html>`).window.document;
    const meta = readMeta(doc);
    expect(meta.h1?.kicker).toBe('Waffenlieferungen an Israel');
    const m = pickMetadata(page(meta));
    expect(m.kicker).toBe('Waffenlieferungen an Israel');
    expect(m.headline?.replace(/\u00ad/g, '')).toBe('Palästinenser legt Verfassungsbeschwerde ein');
  });
});

describe('site and section names left in a title', () => {
  const cases: { origin: string; title: string; site: string | null; url: string; want: string }[] = [
    { origin: 'postlight phpspot.org: the site glued on with a colon', title: 'マインドマップ風のツリーを描画できる「Treeviz」:phpspot開発日誌', site: 'phpspot開発日誌', url: 'http://phpspot.org/blog/archives/2019/04/treeviz.html', want: 'マインドマップ風のツリーを描画できる「Treeviz」' },
    { origin: 'postlight www.asahi.com: a full-width colon before the site', title: 'メディア芸術祭賞、「チコちゃんに叱られる！」が受賞：朝日新聞デジタル', site: '朝日新聞デジタル', url: 'https://www.asahi.com/articles/ASM3D4HW6M3DUCVL00S.html', want: 'メディア芸術祭賞、「チコちゃんに叱られる！」が受賞' },
    { origin: 'postlight www.nytimes.com: "(Published 2016)" after an old article\'s social title', title: 'Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings (Published 2016)', site: null, url: 'https://www.nytimes.com/2016/09/20/nyregion/ahmad-khan-rahami-suspect.html', want: 'Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings' },
    { origin: 'postlight www.cbc.ca: "| CBC News"', title: 'Housing market slowdown continues with sales and average prices well down from last year | CBC News', site: 'CBC', url: 'https://www.cbc.ca/news/business/crea-housing-data-1.4970337', want: 'Housing market slowdown continues with sales and average prices well down from last year' },
    { origin: 'issue 13: "… | CNN Politics", the site with a section word', title: 'Why Donald Trump won’t change | CNN Politics', site: 'CNN', url: 'http://www.cnn.com/2016/11/29/politics/donald-trump-transition-presidency/index.html', want: 'Why Donald Trump won’t change' },
    { origin: 'a colon that is the headline\'s own stays (fundus EuronewsDE_2026_01_06)', title: 'UN: Russland und China kritisieren US-Militäreinsatz in Venezuela', site: 'euronews', url: 'https://de.euronews.com/2026/01/06/un-russland-china', want: 'UN: Russland und China kritisieren US-Militäreinsatz in Venezuela' },
  ];
  for (const c of cases) it(c.origin, () => expect(stripSiteName(c.title, siteNames(c.site, c.url)), c.origin).toBe(c.want));
});

it('the h1 is read as printed: a <style> inside it is no text (Cubadebate, 26 April 2022, test/pages/Cubadebate_2022_04_26, trafilatura corpus)', () => {
  const doc = new JSDOM(`<!doctype html><html lang="es"><head><title>Sesiona IV Pleno del Comité Central del Partido » Cubadebate</title></head><body>
<header><h1><style>.alogo{display: block;text-indent: -1000px;width: 330px;height: 80px;}</style><a class="alogo" href="/">Cubadebate</a></h1></header>
<article><h2 class="title">Sesiona IV Pleno del Comité Central del Partido</h2><p>Bajo el liderazgo de su primer secretario, Miguel Díaz-Canel Bermúdez, el Comité Central inició su IV Pleno.</p></article></body></html>`).window.document;
  expect(readMeta(doc).h1?.text).toBe('Cubadebate');
});
