// Issue 13: bylines as printed, names only. Each case is the real string of the page named.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { cleanByline } from '../../src/analysis/metadata/clean-byline';
import { pickMetadata } from '../../src/analysis/metadata/pick-metadata';
import { readMeta } from '../../src/extract/read-meta';
import type { PageData, PageMeta } from '../../src/analysis/types';

const page = (meta: PageMeta): PageData => ({ url: '', meta, readability: null, readerable: true, blocks: [], removed: [] });

describe('a byline string, names only', () => {
  const cases: [string, string | null, string][] = [
    ['ByTravis Haney', 'Travis Haney', 'postlight 247sports.com: "By" glued to the name'],
    ['Howard BlumeStaff Writer', 'Howard Blume', 'issue 13: the role glued to the name'],
    ['Saibal Dasgupta / TNN /', 'Saibal Dasgupta', 'postlight timesofindia: the agency after a slash'],
    ['Pete Evans · CBC News · Posted:', 'Pete Evans', 'postlight www.cbc.ca: outlet and label after middle dots'],
    ['Sam Stein Senior Politics Editor, The Huffington Post', 'Sam Stein', 'postlight www.huffingtonpost.com: the job title after the name'],
    ['Written by Michael Larabel in Valve on', 'Michael Larabel', 'postlight www.phoronix.com: "Written by" and "in <section> on"'],
    ['January 17, 2017 at 6:08 PM ET by Kori Schulman', 'Kori Schulman', 'postlight obamawhitehouse.archives.gov: the date before "by"'],
    ['ZDNet Japan Staff 2019年04月28日 08時00分', 'ZDNet Japan Staff', 'postlight japan.zdnet.com: a Japanese date after the byline'],
    ['By Marc Santora, William K. Rashbaum, Al Baker and Adam Goldman', 'Marc Santora, William K. Rashbaum, Al Baker and Adam Goldman', 'postlight www.nytimes.com: the byl meta tag'],
    ['Follow us on Twitter', null, 'postlight www.politico.com--test-case-3: a follow box is no byline'],
    ['See all', null, 'postlight www.linkedin.com: a link label is no byline'],
    ['Bradon R. McDonald', 'Bradon R. McDonald', 'postlight biorxiv.org: "McDonald" is one name, not a glue'],
  ];
  for (const [raw, want, origin] of cases) it(origin, () => expect(cleanByline(raw), origin).toBe(want));
});

describe('the publisher is no author', () => {
  it('postlight pitchfork.com: meta author "Condé Nast" (the copyright holder) gives way to article:author', () => {
    const m = pickMetadata(page({ tags: { author: 'Condé Nast', copyright: 'Copyright (c) Condé Nast 2022', 'article:author': 'Larry Fitzmaurice', 'og:site_name': 'Pitchfork' }, byline: 'By Larry Fitzmaurice' }));
    expect(m.byline).toBe('Larry Fitzmaurice');
  });
  it('postlight www.gizmodo.jp: a company as meta author gives way to the name the page prints', () => {
    expect(pickMetadata(page({ tags: { author: 'mediagene Inc.', 'cxenseparse:author': '小暮ひさのり' }, byline: '小暮ひさのり' })).byline).toBe('小暮ひさのり');
  });
  it('postlight abcnews.go.com: the site as its own meta author is kept only when nothing else names anyone', () => {
    expect(pickMetadata(page({ tags: { author: 'ABC News', 'og:site_name': 'ABC News' } })).byline).toBe('ABC News');
  });
});

describe('byline elements', () => {
  it('postlight www.nytimes.com: "By" alone in its element, the names in the next ones', () => {
    const doc = new JSDOM('<html><body><h1>Ahmad Khan Rahami Is Arrested</h1><p class="byline-author-line"><span itemprop="author">By</span> <a href="/by/marc-santora">Marc Santora</a>, <a href="/by/william-k-rashbaum">William K. Rashbaum</a>, <a>Al Baker</a> and <a>Adam Goldman</a></p></body></html>').window.document;
    expect(cleanByline(readMeta(doc).byline)).toBe('Marc Santora, William K. Rashbaum, Al Baker and Adam Goldman');
  });
  it('postlight www.politico.com--test-case-3: microdata author whose name is a <meta> inside', () => {
    const doc = new JSDOM('<html><body><h1>Grim global outlook for IMF-World Bank meetings</h1><footer class="meta"><div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Kate Davidson"></div></footer></body></html>').window.document;
    expect(readMeta(doc).byline).toBe('Kate Davidson');
  });
  it('postlight www.bustle.com: a link to the author\'s profile near the headline', () => {
    const doc = new JSDOM('<html><body><main><header><h1>The Transformative Power Of Feminist Compliments</h1><div class="Yc FC"><span>By </span><a href="/profile/teresa-newsome-1910837" class="NU">Teresa Newsome</a></div></header></main></body></html>').window.document;
    expect(readMeta(doc).byline).toBe('Teresa Newsome');
  });
  it('postlight www.chicagotribune.com: a byline box of lines keeps the names\' line, not the agency and time under it', () => {
    const doc = new JSDOM('<html><body><h1>Energy Department rejects Trump\'s request to name climate change workers, who remain worried</h1><div class="article_byline | font_open-sans"><div>By <span>Joe Davidson</span></div><div class="flex flex_col"><div>Washington Post</div><time>Dec 13, 2016 at 3:45 pm</time></div></div></body></html>').window.document;
    expect(cleanByline(readMeta(doc).byline)).toBe('Joe Davidson');
  });
  it('issue 13: "By" and the name in two elements are not glued ("ByTravis Haney")', () => {
    const doc = new JSDOM('<html><body><h1>Houston hires Major Applewhite</h1><div class="article-byline"><span>By</span><span>Travis Haney</span></div></body></html>').window.document;
    expect(cleanByline(readMeta(doc).byline)).toBe('Travis Haney');
  });
});
