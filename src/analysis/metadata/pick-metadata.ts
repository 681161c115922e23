// Headline, kicker, deck, byline, date and site, each from the best source the page offers:
// JSON-LD, then meta tags, then the DOM, then Readability's guesses.
import type { PageData, Summary } from '../types';
import { pickHeadline, titleKey } from './pick-headline';
import { cleanByline } from './clean-byline';

export { stripSiteName } from './strip-site-name';
export { cleanByline } from './clean-byline';

/** The Summary's metadata fields, and where the deck came from. */
export interface Metadata extends Pick<Summary, 'site' | 'kicker' | 'headline' | 'deck' | 'byline' | 'published'> {
  /** True when the deck is a standfirst element on the page, not only a meta description. */
  deckOnPage: boolean;
}

const first = (...values: (string | null | undefined)[]) => values.find((v) => v && v.trim())?.trim() ?? null;

/** The deck: the publisher's standfirst from the DOM, else the JSON-LD or meta description. */
function pickDeck(page: PageData, headline: string | null): { deck: string | null; deckOnPage: boolean } {
  const { meta } = page;
  const tags = meta.tags ?? {};
  const h = titleKey(headline);
  // A deck that only repeats the headline (some sites copy the title into the description) is none.
  const deck = [meta.deck, meta.jsonLd?.description, tags['og:description'], tags.description]
    .find((d) => d && d.trim() && titleKey(d) !== h && !h.includes(titleKey(d)))?.trim() ?? null;
  return { deck, deckOnPage: !!deck && deck === meta.deck?.trim() };
}

export function pickMetadata(page: PageData): Metadata {
  const { meta } = page;
  const tags = meta.tags ?? {};
  const ld = meta.jsonLd ?? {};
  const site = first(ld.publisher, tags['og:site_name'], tags['application-name'], page.readability?.siteName);
  const { kicker, headline } = pickHeadline(page, site);
  const authors = ld.authors?.length ? ld.authors.join(', ') : null;
  const articleAuthor = tags['article:author']?.startsWith('http') ? null : tags['article:author'];
  return {
    site,
    kicker,
    headline,
    ...pickDeck(page, headline),
    byline: [authors, tags.author, articleAuthor, meta.byline, page.readability?.byline].map(cleanByline).find(Boolean) ?? null,
    published: first(ld.datePublished, tags['article:published_time'], tags.date, tags['dc.date'], meta.time, page.readability?.publishedTime),
  };
}
