// Issue 13, classes read on session 18's first-seen header pages (extractor test fixtures from publishers the
// project had never seen: The Globe and Mail, Bloomberg, The Daily Caller, Kotaku, taz, NacióDigital,
// Aktuálně.cz). Each case is the page's own markup or string, cut to what the rule reads.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { analyze } from '../../src/analysis/analyze';
import { cleanByline } from '../../src/analysis/metadata/clean-byline';
import { isCaption, pickMetadata } from '../../src/analysis/metadata/pick-metadata';
import { readMeta } from '../../src/extract/read-meta';
import { emptyNoscript } from '../../src/cli/noscript-as-text';
import type { PageData, PageMeta } from '../../src/analysis/types';

const doc = (html: string) => new JSDOM(html).window.document;
const page = (meta: PageMeta, paragraphs: string[] = [], url = ''): PageData =>
  ({ url, meta, readability: null, readerable: true, blocks: paragraphs.map((text) => ({ kind: 'p' as const, text })), removed: [] });

describe('the command-line tool parses <noscript> as a browser with scripts on does', () => {
  // kotaku.com: a tracking pixel written as a self-closed iframe; parsed as markup it opens an iframe whose raw
  // text runs to the end of the page, and the headline, byline and body vanish.
  const html = `<html><head><title>Destiny 2: Witch Queen Burnout Plagues Season Of The Haunted</title></head><body><noscript>
    <iframe src="https://www.googletagmanager.com/ns.html?id=GTM-TH42LHK" height="0" width="0" style="display:none;visibility:hidden" />
    </noscript><div id="trackers"></div><main><h1>The Destiny 2 Burnout Is Real Right Now</h1>
    <a href="/author/ethangach">Ethan Gach</a><p>I would like nothing more than to settle down each night, shoot some aliens.</p></main></body></html>`;
  it('kotaku.com: the headline and the author link survive', () => {
    const meta = readMeta(doc(emptyNoscript(html)));
    expect(meta.h1?.text).toBe('The Destiny 2 Burnout Is Real Right Now');
    expect(meta.byline).toBe('Ethan Gach');
  });
  it('kotaku.com: without it the page is lost (the case the rule exists for)', () => {
    expect(readMeta(doc(html)).h1).toBeNull();
  });
  it('a page without <noscript> is left as it is', () => {
    expect(emptyNoscript('<p>No scripts here</p>')).toBe('<p>No scripts here</p>');
  });
});

describe('a control inside the h1 is no part of the headline', () => {
  it('theglobeandmail.com: the watchlist link "Add to ..."', () => {
    const meta = readMeta(doc(`<html><body><h1 class="entry-title" title="Flight data show pilots attempted to fly over tropical storm">
      Final manoeuvre of AirAsia flight raises questions over flying in storms
      <a href="#" class="addtowatchlist add awl-article" title="Add to ..." id="atwlArticleTitle">Add to ...</a></h1></body></html>`));
    expect(meta.h1?.text).toBe('Final manoeuvre of AirAsia flight raises questions over flying in storms');
  });
  it('a headline that is itself a link to "#" stays the headline', () => {
    expect(readMeta(doc('<html><body><h1><a href="#">Council approves the harbour plan</a></h1></body></html>')).h1?.text).toBe('Council approves the harbour plan');
  });
});

describe('the standfirst element', () => {
  it('theglobeandmail.com: a chart\'s "chart-dek" inside the running text is no deck', () => {
    const meta = readMeta(doc(`<html><body><article><h1>Final manoeuvre of AirAsia flight raises questions over flying in storms</h1>
      <p>Indonesian officials said the pilots of AirAsia Flight 8501 asked to climb to avoid a storm, then lost contact minutes later, as ships and aircraft scoured the Java Sea looking for debris.</p>
      <h5 class="chart-hed">Airline incidents and fatalities since: 1975</h5>
      <p class="chart-dek">With 33 million commercial airline departures and 3.2 billion passengers carried in 2014, the rate of crashes has never been lower.</p></article></body></html>`));
    expect(meta.deck ?? null).toBeNull();
  });
  const bloomberg = `<html><head><meta name="description" content="Also CNN+ and TMTG."></head><body><article><div class="hed-and-dek__f2fe7f0f">
    <h1 class="headline__699ae8fb">Elon Got His Deal</h1><div class="dek__65e7af2a"><p>Also CNN+ and TMTG.</p></div></div>
    <div class="summary__b5fae956"><div class="bio__e9ea0742"><span class="name__3bebf3de">Matt Levine</span> is a Bloomberg Opinion columnist covering finance. He was an editor of Dealbreaker.</div></div></article></body></html>`;
  it('bloomberg.com: a short dek ("dek__65e7af2a") that the description repeats is the deck', () => {
    expect(readMeta(doc(bloomberg)).deck).toBe('Also CNN+ and TMTG.');
  });
  it('bloomberg.com: the author\'s bio box ("summary" holding "bio") is no deck', () => {
    expect(readMeta(doc(bloomberg.replace('<div class="dek__65e7af2a"><p>Also CNN+ and TMTG.</p></div>', ''))).deck ?? null).toBeNull();
  });
  const aktualne = `<html><body><article><h1>West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout</h1>
    <div class="article__photo__desc">Spokojený Tomáš Souček po vítězství ve Villa Parku. | Foto: Reuters</div>
    <div class="article__perex">Zázrak jedné sezony? West Ham dává pochybovačům stále pádnější odpovědi a fotbalový svět si začíná uvědomovat, že se absolutní špička blíží.</div></article></body></html>`;
  it('aktualne.cz: the photo\'s description is passed over, the "perex" (Czech standfirst) is the deck', () => {
    expect(readMeta(doc(aktualne)).deck).toMatch(/^Zázrak jedné sezony\?/);
  });
  it('aktualne.cz: a line ending in "| Foto: Reuters" is a caption', () => {
    expect(isCaption('Spokojený Tomáš Souček po vítězství ve Villa Parku. | Foto: Reuters')).toBe(true);
    expect(isCaption('Zázrak jedné sezony? West Ham dává pochybovačům stále pádnější odpovědi.')).toBe(false);
  });
  it('taz.de: a standfirst that ends with its byline keeps the names out of the deck, and stays a deck', () => {
    const html = `<html><body><div class="sectbody"><h4>Protestkultur in Japan nach der Katastrophe</h4><h1>Anti-Atomkraft? Nein danke!</h1>
      <p class="intro">Absolute Minderheit: Im Shiba-Park in Tokio treffen sich jetzt jeden Sonntag die Atomkraftgegner. Sie blicken neidisch auf die Anti-AKW-Bewegung in Deutschland. <span class="author">VON GEORG BLUME</span></p></div></body></html>`;
    const meta = readMeta(doc(html));
    expect(meta.deck).toMatch(/VON GEORG BLUME$/);
    expect(pickMetadata(page(meta)).deck).toBe('Absolute Minderheit: Im Shiba-Park in Tokio treffen sich jetzt jeden Sonntag die Atomkraftgegner. Sie blicken neidisch auf die Anti-AKW-Bewegung in Deutschland.');
  });
});

describe('a description that the body opens with, after a label or a caption, is no deck', () => {
  it('dailycaller.com: og:description is the first paragraph and part of the second', () => {
    const s = analyze(page({ h1: { text: 'Jennifer Lawrence Made An Appearance At The Louisville-Kentucky Flop Fest [VIDEO]', kicker: null },
      tags: { 'og:description': "The Louisville Cardinals hosted the Kentucky Wildcats on Saturday for one of the 2014 season's most highly anticipated college basketball games.    Rick Pitino's 4th ranked Cardinals have had a great " } },
    ['Sports',
      'Dec 27, 2014; Louisville, KY, USA; Louisville Cardinals forward Montrezl Harrell (24) posts up against Kentucky Wildcats guard Aaron Harrison (2) during the first half at KFC Yum! Center. Mandatory',
      'The Louisville Cardinals hosted the Kentucky Wildcats on Saturday for one of the 2014 season’s most highly anticipated college basketball games.',
      'Rick Pitino’s 4th ranked Cardinals have had a great start to the season, but they were still huge underdogs against John Calipari’s unbeaten powerhouse.']));
    expect(s.deck).toBeNull();
  });
});

describe('bylines', () => {
  const cases: [string, string | null, string][] = [
    ['4:44 PM  12/27/2014', null, 'dailycaller.com: a "dateline" element (Readability\'s byline) holds only the time and day'],
    ['Anna Schmidt 12.03.2021, 14:05 Uhr', 'Anna Schmidt', 'a German byline with day and clock time'],
    ['By Jane Doe, 10:30 a.m.', 'Jane Doe', 'an English byline with a clock time'],
  ];
  for (const [raw, want, origin] of cases) it(origin, () => expect(cleanByline(raw), origin).toBe(want));
  it('naciodigital.cat: the site as meta author ("NacióDigital", also dc.creator) gives way to the printed byline', () => {
    const m = pickMetadata(page({ tags: { author: 'NacióDigital', 'dc.creator': 'NacióDigital' }, byline: 'Cristina Garde' }, [], 'https://www.naciodigital.cat/noticia/126118/govern'));
    expect(m.byline).toBe('Cristina Garde');
  });
  it('taz.de: "taz, die tageszeitung" as meta author is the site, the printed "VON GEORG BLUME" the byline', () => {
    const m = pickMetadata(page({ tags: { author: 'taz, die tageszeitung' }, byline: 'VON GEORG BLUME' }, [], 'https://taz.de/!5123175/'));
    expect(m.byline).toBe('GEORG BLUME');
  });
  it('a person whose name begins like the site\'s ("Tazio Nuvolari" on taz.de) is no site', () => {
    const m = pickMetadata(page({ tags: { author: 'Tazio Nuvolari' }, byline: 'VON GEORG BLUME' }, [], 'https://taz.de/!5123175/'));
    expect(m.byline).toBe('Tazio Nuvolari');
  });
});

describe('bylines printed with no byline class', () => {
  it('postlight abcnews.go.com: "By" alone in a span, the names in the next one, under the h1', () => {
    const meta = readMeta(doc(`<html><body><div><div class=" "><h1 class="KrUxN nOQZC">Hillary Clinton: Putin's Alleged Involvement in Democratic Hack Stems From 'Personal Beef'</h1>
      <p class="stExy xTlfF">The former presidential candidate made the comments at an event in NYC.</p></div>
      <div class="ShareByline rQqmM"><div class="iDmZj bGbFC"><span class="xTlfF sapCZ">By</span><span>by JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL</span></div>
      <div class="rQqmM"><div class="xTlfF Vxqj">December 16, 2016, 4:19 PM</div></div></div></div></body></html>`));
    expect(cleanByline(meta.byline)).toBe('JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL');
  });
  it('a "By" inside the running text, after the first long paragraph, is no byline', () => {
    const meta = readMeta(doc(`<html><body><div><h1>Council approves the harbour plan</h1>
      <p>The council voted on Tuesday to approve the long-debated harbour plan, after a session that ran late into the night and saw several amendments rejected by a narrow margin.</p>
      <p>By Friday the first contracts will be signed.</p></div></body></html>`));
    expect(meta.byline ?? null).toBeNull();
  });
  it('postlight www.engadget.com: the author\'s avatar link holds only an image; the next link to the same page has the name', () => {
    const meta = readMeta(doc(`<html><body><header><div><h1>Lyft extends free scooter rides for critical workers through May</h1></div>
      <section><div><a href="https://www.engadget.com/about/editors/jon-fingas/"><img src="a.png"></a></div>
      <div><a href="https://www.engadget.com/about/editors/jon-fingas/" class="th-meta">Jon Fingas</a></div></section></header></body></html>`));
    expect(meta.byline).toBe('Jon Fingas');
  });
  it('dailycaller.com: an author box holds the name in its own element beside the title and the links', () => {
    const meta = readMeta(doc(`<html><body><h1>Jennifer Lawrence Made An Appearance At The Louisville-Kentucky Flop Fest [VIDEO]</h1>
      <div class="author-box clearfix"><div class="data"><div class="name" id="name">Christian Datoc</div><div class="authortitle">Sports Editor</div>
      <ul class="author"><li><a href="http://dailycaller.com/author/christian-datoc/">See All Articles</a></li><li><a href="mailto:x">Send Email</a></li></ul></div></div></body></html>`));
    expect(meta.byline).toBe('Christian Datoc');
  });
  it('informationweek.com: an author box with the name in a link to the author\'s page and a section under it', () => {
    const meta = readMeta(doc(`<html><body><h1>Microsoft Expands Global Connectivity With Local Startups</h1>
      <div class="author-info-block"><div><img src="a.jpg" alt="Kelly Sheridan"></div><div><span class="smaller blue"><a class="color-link" href="/author-bio.asp?author_id=837">Kelly Sheridan</a><br></span><span class="smaller gray">News</span></div></div></body></html>`));
    expect(meta.byline).toBe('Kelly Sheridan');
  });
  it('postlight www.linkedin.com: the Twitter card\'s "Written by" label pair names the author', () => {
    expect(pickMetadata(page({ tags: { 'twitter:label1': 'Written by', 'twitter:data1': 'Ellyn Shook', 'twitter:label2': 'Reading time', 'twitter:data2': '3 min' } })).byline).toBe('Ellyn Shook');
    expect(pickMetadata(page({ tags: { 'twitter:label1': 'Reading time', 'twitter:data1': '3 min' } })).byline).toBeNull();
  });
});

describe('the story opens the body: no kicker line, caption or dateline before it', () => {
  // taz.de: kicker in an h4 over the h1, the intro as standfirst, a photo in a <p class="caption"> with its
  // credit, then "TOKIO <i>taz</i> | Im Café …".
  const html = `<html><head><title>Protestkultur in Japan nach der Katastrophe: Anti-Atomkraft? Nein danke! - taz.de</title></head><body>
    <div class="sectbody"><h4>Protestkultur in Japan nach der Katastrophe</h4><h1>Anti-Atomkraft? Nein danke!</h1>
    <p class="intro">Absolute Minderheit: Im Shiba-Park in Tokio treffen sich jetzt jeden Sonntag die Atomkraftgegner. Sie blicken neidisch auf die Anti-AKW-Bewegung in Deutschland. <span class="author">VON GEORG BLUME</span></p>
    <a href="/img.jpg"><img src="/img.jpg" alt=""></a><p class="caption">Seltenes Bild auf Japans Straßen: Bei einer Anti-AKW-Demo fordert ein Protestler auf seinem Schild die Stillegung der Reaktoren. <span class="credit">Foto: dapd</span></p>
    <p class="article">TOKIO <i>taz</i> | Im Café de Crie am Bahnhof Hamamatsucho in Tokio sitzen am Sonntagmittag vier piekfein in Schwarz gekleidete Jungstudenten, trinken Kaffee und rauchen. Sie kommen gerade von der Aufnahmezeremonie ihrer Fachuniversität und machen auf sorglos.</p>
    <p class="article">Im Shiba-Park, nur ein paar Schritte vom Bahnhof Hamamatsucho entfernt, treffen sich an diesem Sonntag die Atomkraftgegner der japanischen Hauptstadt zu ihrer zweiten Demonstration seit Beginn der Katastrophe in Fukushima. Es sind nur wenige, und sie wissen es.</p>
    <p class="article">Die Polizei begleitet den Zug durch die Innenstadt, die Passanten schauen kaum hin. Einer der Organisatoren sagt, man werde trotzdem jeden Sonntag wiederkommen, bis die Reaktoren abgeschaltet seien.</p></div></body></html>`;
  it('taz.de: kicker, caption and "TOKIO taz |" are out of the body; the summary opens with the story', async () => {
    const { extractPage } = await import('../../src/extract/extract-page');
    const s = analyze(extractPage(doc(html), 'https://taz.de/!5123175/'));
    expect(s.kicker).toBe('Protestkultur in Japan nach der Katastrophe');
    expect(s.body.startsWith('Im Café de Crie am Bahnhof Hamamatsucho')).toBe(true);
    expect(s.body).not.toContain('Seltenes Bild');
    expect(s.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['photo caption', 'wire dateline']));
  });
});

describe('a printed day and a stamp written on that day', () => {
  it('the stamp with its zone is given (it says the same day, and which instant)', async () => {
    const { pickPublished } = await import('../../src/analysis/metadata/pick-date');
    const published = pickPublished(page({ tags: { 'article:published_time': '2022-07-19' }, time: '2022-07-19T00:00:00+02:00' }));
    expect(published).toBe('2022-07-19T00:00:00+02:00');
  });
});

describe('agency datelines and date lines of the suite\'s pages', () => {
  it('TennisMagazin (page suite): "Montpellier (SID) –" is a wire dateline, "am 3. Februar 2022 um 21:17" a date line', async () => {
    const { cleanBlocks } = await import('../../src/analysis/clean/clean-blocks');
    const { blocks, removed } = cleanBlocks([{ kind: 'p', text: 'am 3. Februar 2022 um 21:17' },
      { kind: 'p', text: 'Montpellier (SID) – Tennis-Olympiasieger Alexander Zverev hat nach seiner Enttäuschung bei den Australian Open zügig wieder in die Spur gefunden.' }]);
    expect(blocks.map((b) => b.text)).toEqual(['Tennis-Olympiasieger Alexander Zverev hat nach seiner Enttäuschung bei den Australian Open zügig wieder in die Spur gefunden.']);
    expect(removed.map((r) => r.reason)).toEqual(['date line', 'wire dateline']);
  });
  it('two agencies in one dateline ("Berlin (dpa/AFP) -")', async () => {
    const { DATELINE } = await import('../../src/analysis/clean/clean-blocks');
    expect('Berlin (dpa/AFP) - Die Regierung hat am Montag beschlossen'.match(DATELINE)?.[0]).toBe('Berlin (dpa/AFP) - ');
  });
});

describe('first-seen set C (read after its one scoring)', () => {
  it('bostonglobe.com (blind half, after its scoring): an editing system\'s leftover printed as the subheadline is no deck', () => {
    expect(isCaption('<?EM-dummyText [Drophead goes here] ?>')).toBe(true);
    expect(isCaption('Women hold a quarter of computing jobs, and the share is falling.')).toBe(false);
  });
  it('newstown.co.kr: the Korean reporter title after the name ("송유민 기자")', () => {
    expect(cleanByline('송유민 기자')).toBe('송유민');
  });
  it('kpbs.org: an audio promotion\'s description ("PromoAudioEpisode-description") and the lead photo\'s block are no deck', () => {
    const meta = readMeta(doc(`<html><body><div><h1>Migrants From Cameroon Protest Immigration Process In Tijuana</h1>
      <div class="ArticlePage-lead"><figure><img src="a.jpg" alt=""><div class="Figure-credit">Max Rivlin-Nadler</div><figcaption class="Figure-caption">Asylum-seekers from Cameroon and Eritrea protest Mexican immigration authorities in Tijuana, July 9, 2019.</figcaption></figure></div>
      <div class="PromoAudioEpisode-description">Over a hundred asylum-seekers from Cameroon blocked the path of Mexican immigration vans Tuesday morning in Tijuana.</div>
      <p>Over a hundred asylum-seekers from Cameroon blocked the path of Mexican immigration vans Tuesday morning in Tijuana, in protest of what they believe to be corruption by Mexican immigration officials.</p></div></body></html>`));
    expect(meta.deck ?? null).toBeNull();
  });
});

describe('a description the page never prints is no deck', () => {
  it('theglobeandmail.com: the description is only the h1\'s tooltip (its title attribute)', () => {
    const d = doc(`<html><head><meta name="description" content="Flight data show pilots attempted to fly over tropical storm instead of around, despite normal procedure"></head>
      <body><h1 title="Flight data show pilots attempted to fly over tropical storm instead of around, despite normal procedure">Final manoeuvre of AirAsia flight raises questions over flying in storms</h1>
      <p>Indonesian officials said the pilots of AirAsia Flight 8501 asked to climb to avoid a storm.</p></body></html>`);
    const meta = readMeta(d);
    expect(meta.printedDescriptions).toEqual([]);
    expect(pickMetadata(page(meta)).deck).toBeNull();
  });
  it('a description printed under the headline (in an element no class names) stays the deck', () => {
    const d = doc(`<html><head><meta name="description" content="Emergency, healthcare and transit workers won't need to pay."></head>
      <body><div><h1>Lyft extends free scooter rides for critical workers through May</h1><div class="t-d7@m- t-d4@tp c-gray-3">Emergency, healthcare and transit workers won&apos;t need to pay.</div></div></body></html>`);
    const meta = readMeta(d);
    expect(meta.printedDescriptions).toEqual(["Emergency, healthcare and transit workers won't need to pay."]);
    expect(pickMetadata(page(meta)).deck).toBe("Emergency, healthcare and transit workers won't need to pay.");
  });
  it('pages read as plain text (no one looked) keep their description as before', () => {
    expect(pickMetadata(page({ tags: { description: 'The city has never before used the emergency system the way it did Monday morning.' } })).deck)
      .toBe('The city has never before used the emergency system the way it did Monday morning.');
  });
});

describe('the line right under the headline', () => {
  it('postlight www.engadget.com: a sentence in a div of utility classes is the deck', () => {
    const meta = readMeta(doc(`<html><body><div><h1 class="t-h1@tl+ mt-20">Lyft extends free scooter rides for critical workers through May</h1>
      <div class="t-d7@m- t-d4@tp c-gray-3">Emergency, healthcare and transit workers won't need to pay.</div></div></body></html>`));
    expect(meta.deck).toBe("Emergency, healthcare and transit workers won't need to pay.");
  });
  it('jpnn.com: a date line under the headline is none ("Minggu, 18 Juli 2021 – 18:52 WIB")', () => {
    const meta = readMeta(doc(`<html><body><div><h1>Kamrussamad Minta PPKM Darurat Diperpanjang</h1><div>Minggu, 18 Juli 2021 – 18:52 WIB</div></div></body></html>`));
    expect(meta.deck ?? null).toBeNull();
  });
  it('a byline under the headline is none', () => {
    const meta = readMeta(doc(`<html><body><div><h1>Council approves the harbour plan</h1><p>By Jane Doe and John Smith, City Hall reporters</p></div></body></html>`));
    expect(meta.deck ?? null).toBeNull();
  });
});

describe('a bracketed label before the headline', () => {
  it('mk.co.kr: "[종합]" (roundup) is the kicker, not part of the headline', async () => {
    const { pickHeadline } = await import('../../src/analysis/metadata/pick-headline');
    const h = pickHeadline(page({ h1: { text: '[종합] 코로나19 신규확진 44명중 해외유입 24명', kicker: null }, tags: { 'og:title': '[종합] 코로나19 신규확진 44명중 해외유입 24명' } }), null);
    expect(h).toEqual({ kicker: '종합', headline: '코로나19 신규확진 44명중 해외유입 24명' });
  });
  it('nikkei.com: a photo credit printed at the end of the title ("（写真＝ロイター）") is no part of the headline', async () => {
    const { pickHeadline } = await import('../../src/analysis/metadata/pick-headline');
    const h = pickHeadline(page({ title: '米朝首脳直通電話 習氏に挑むトランプ戦術の成否 （写真＝ロイター） ：日本経済新聞', tags: { 'og:title': '米朝首脳直通電話 習氏に挑むトランプ戦術の成否' },
      jsonLd: { headline: '米朝首脳直通電話 習氏に挑むトランプ戦術の成否 （写真＝ロイター） ：日本経済新聞' }, h1: { text: '米朝首脳直通電話 習氏に挑むトランプ戦術の成否 編集委員 中沢克二', kicker: null } }), '日本経済新聞');
    expect(h.headline).toBe('米朝首脳直通電話 習氏に挑むトランプ戦術の成否');
  });
  it('a headline that opens with a bracketed word inside a sentence keeps it', async () => {
    const { pickHeadline } = await import('../../src/analysis/metadata/pick-headline');
    expect(pickHeadline(page({ h1: { text: '[Updated]', kicker: null } }), null).headline).toBe('[Updated]');
  });
});

describe('an Indonesian date line and dateline', () => {
  it('jpnn.com: "Minggu, 18 Juli 2021 – 18:52 WIB" is a date line, "jpnn.com, JAKARTA -" a dateline', async () => {
    const { cleanBlocks } = await import('../../src/analysis/clean/clean-blocks');
    const { blocks, removed } = cleanBlocks([{ kind: 'p', text: 'Minggu, 18 Juli 2021 – 18:52 WIB' },
      { kind: 'p', text: 'jpnn.com, JAKARTA - Anggota DPR Fraksi Partai Gerindra Kamrussamad mendorong pemerintah agar melanjutkan dan memperluas kebijakan PPKM darurat.' }]);
    expect(blocks[0].text.startsWith('Anggota DPR Fraksi Partai Gerindra')).toBe(true);
    expect(removed.map((r) => r.reason)).toEqual(['date line', 'wire dateline']);
  });
});

describe('first-seen blind half (read after its one scoring)', () => {
  it('avclub.com: an author box of several linked writers gives all of them', () => {
    const meta = readMeta(doc(`<html><body><header><h1 class="heading">The best film scenes of 2014</h1><section class="article-meta"><div class="authors byline"> By
      <span class="author"><a class="author" href="/author/Mike D'Angelo/">Mike D'Angelo</a>, </span> <span class="author"><a class="author" href="/author/A.A.Dowd/">A.A. Dowd</a>, </span>
      <span class="author"><a class="author" href="/author/rockmarooned/">Jesse Hassenger</a></span></div></section></header></body></html>`));
    expect(meta.byline).toBe("Mike D'Angelo, A.A. Dowd, Jesse Hassenger");
  });
  const cases: [string, string, string][] = [
    ['Ronald Tiefenthäler am 03.09.2013', 'Ronald Tiefenthäler', 'notebookcheck.com: the date\'s "am" left after the date'],
    ['Brenda Goodman, MA', 'Brenda Goodman', 'webmd.com: an academic degree after the name'],
    ['Tom Do', 'Tom Do', 'a surname that looks like a degree in capitals only stays'],
  ];
  for (const [raw, want, origin] of cases) it(origin, () => expect(cleanByline(raw)).toBe(want));
});

describe('a lead paragraph inside the marked article body', () => {
  it('BBC (page suite): the bold "story-body__introduction" in property="articleBody" is the body\'s first paragraph, not a deck', () => {
    const meta = readMeta(doc(`<html><body><div class="story-body"><h1 class="story-body__h1">Obama admits US gun laws are his 'biggest frustration'</h1>
      <div class="story-body__inner" property="articleBody"><p class="story-body__introduction">President Barack Obama has admitted that his failure to pass "common sense gun safety laws" in the US is the greatest frustration of his presidency.</p>
      <p>Mr Obama made the comments in an interview with the BBC, saying it was distressing not to have made progress on the issue.</p></div></div></body></html>`));
    expect(meta.deck ?? null).toBeNull();
  });
});
