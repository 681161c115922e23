// Issue 13: the deck is the publisher's standfirst; a caption, a site-wide slogan or the article's opening
// cut to length is none. Real strings from the pages named.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { analyze } from '../../src/analysis/analyze';
import { isCaption, pickMetadata } from '../../src/analysis/metadata/pick-metadata';
import { readMeta } from '../../src/extract/read-meta';
import type { PageData, PageMeta } from '../../src/analysis/types';

const page = (meta: PageMeta, paragraphs: string[] = []): PageData => ({ url: '', meta, readability: null, readerable: true, blocks: paragraphs.map((text) => ({ kind: 'p' as const, text })), removed: [] });

describe('captions are no deck', () => {
  const cases: [string, boolean, string][] = [
    ["New York police officers stand near the site of an explosion in Manhattan's Chelsea neighborhood. (Rashid Umar Abbasi / Reuters)", true, 'postlight www.theatlantic.com: a photo caption with its credit'],
    ['Facebook Twitter Reddit Email The basement at 80 New York Avenue in Crown Heights is one of many once-certified fallout shelters', true, 'postlight gothamist.com: share labels before a caption'],
    ['Police said the suspect fled on foot. (AP Video by Jane Doe)', true, 'issue 13: a video caption "(<Agency> Video by <Name>)"'],
    ['The city has never before used the emergency system the way it did Monday morning.', false, 'postlight www.theatlantic.com: the real standfirst'],
    ['Amid rising pressure, the government is likely to take a decision on the matter today (sources)', false, 'a bracket that is no credit stays'],
  ];
  for (const [text, want, origin] of cases) it(origin, () => expect(isCaption(text), origin).toBe(want));
  it('postlight www.theatlantic.com: the caption in a teaser slot gives way to the description', () => {
    const m = pickMetadata(page({ deck: cases[0][0], tags: { description: cases[3][0] }, h1: { text: 'Why New Yorkers Received a Push Alert About a Manhunt', kicker: null } }));
    expect(m.deck).toBe(cases[3][0]);
  });
});

describe('a meta description that is the article\'s opening is no deck', () => {
  it('postlight www.phoronix.com: the first sentence cut short', () => {
    const s = analyze(page({ h1: { text: "Steam's Linux Marketshare Ticks Up Ever So Slightly For May", kicker: null }, tags: { description: 'With the start of a new month, Valve has published their software/hardware survey numbers for the month prior' } },
      ['With the start of a new month, Valve has published their software/hardware survey numbers for the month prior. For May 2019, the Steam Linux usage did tick-up slightly on a percentage basis.',
        'For last month, the percentage of Steam users running Linux (according to the controversial Steam Survey) rose.']));
    expect(s.deck).toBeNull();
    expect(s.body.startsWith('With the start of a new month')).toBe(true);
  });
  it('postlight www.theatlantic.com: a teaser in other words than the opening stays the deck', () => {
    const s = analyze(page({ h1: { text: 'Why New Yorkers Received a Push Alert About a Manhunt', kicker: null }, tags: { description: 'The city has never before used the emergency system the way it did Monday morning.' } },
      ['Just before 8 in the morning on Monday, cellphones chimed in unison across New York City. It wasn’t the sound of text messages: It was a dissonant siren, repeated six times, accompanied by a short note.',
        'New Yorkers had never received an emergency alert like this; the system was used for a manhunt for the first time.']));
    expect(s.deck).toBe('The city has never before used the emergency system the way it did Monday morning.');
  });
  it('postlight www.rollingstone.com: a site-wide slogan that shares almost nothing with the article', () => {
    const s = analyze(page({ h1: { text: '‘La La Land’: How a Young Filmmaker Resurrected the Hollywood Musical', kicker: null }, tags: { description: 'Music, Film, TV and Political News Coverage' } },
      ['Ask most folks what the most iconic thing about Los Angeles is, and they’ll say the Hollywood sign, Grauman’s Chinese Theater, the Walk of Fame stars, maybe the Capitol Records building.',
        'Ask Damien Chazelle, the director behind the modern-day City of Angels romance La La Land (which opens in theaters on December 9th), and he will answer, without missing a beat: “Freeway gridlock.”']));
    expect(s.deck).toBeNull();
  });
});

describe('the standfirst element', () => {
  it('postlight www.ndtv.com: the h2 under the h1, whatever its class', () => {
    const doc = new JSDOM(`<html><body><div class="sp-hd"><div class="sp-ttl-wrp"><h1 class="sp-ttl" itemprop="headline">COVID-19: Trump Talks "Retaliation" If India Rejects Export Of Key Drug</h1></div>
      <h2 class="sp-descp">Amid rising pressure, the government is likely to take a decision on the matter today and clear the move after calculating sufficient stocks for the country, sources have told NDTV.</h2></div>
      <p>US President Donald Trump has said "there may be retaliation" if India does not agree to export hydroxychloroquine, a key anti-malaria drug believed by many to be effective in the treatment of coronavirus.</p></body></html>`).window.document;
    expect(readMeta(doc).deck).toBe('Amid rising pressure, the government is likely to take a decision on the matter today and clear the move after calculating sufficient stocks for the country, sources have told NDTV.');
  });
  it('an h2 after the running text has started is a subheading, not a deck', () => {
    const doc = new JSDOM(`<html><body><article><h1>Housing market slowdown continues</h1>
      <p>New numbers from the Canadian Real Estate Association confirm what buyers, sellers and owners have known for a while: the housing market is in a funk, and it has been for months now.</p>
      <h2>What the numbers say about prices in Toronto and Vancouver</h2><p>More text.</p></article></body></html>`).window.document;
    expect(readMeta(doc).deck ?? null).toBeNull();
  });
});
