// Headline, kicker, deck, byline, date and site, each from the best source the page offers:
// JSON-LD, then meta tags, then the DOM, then Readability's guesses.
import type { PageData } from '../types';

export interface Metadata {
  site: string | null;
  kicker: string | null;
  headline: string | null;
  deck: string | null;
  byline: string | null;
  published: string | null;
}

const first = (...values: (string | null | undefined)[]) => values.find((v) => v && v.trim())?.trim() ?? null;

/** "Headline | Site", "Headline - Site", "Site: Headline" -> "Headline". */
export function stripSiteName(title: string, site: string | null): string {
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  if (site) {
    const rest = parts.filter((p) => !p.toLowerCase().includes(site.toLowerCase()) && !site.toLowerCase().includes(p.toLowerCase()));
    if (rest.length && rest.length < parts.length) return rest.join(' - ');
  }
  // Without a known site name, the longest part is the headline.
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/** "Ukraine-Krise: Nato: Gibt …" or an h1 that starts with its kicker -> the kicker and the rest. */
function splitKicker(headline: string, kicker: string | null): { kicker: string | null; headline: string } {
  if (kicker && headline.startsWith(kicker)) {
    const rest = headline.slice(kicker.length).replace(/^[\s:|–—-]+/, '');
    if (rest) return { kicker, headline: rest };
  }
  return { kicker, headline };
}

/** Byline names only: no "Von"/"By", no dates, no "Minute Read". */
export function cleanByline(byline: string | null): string | null {
  if (!byline) return null;
  const t = byline
    .replace(/^\s*(von|by|par|por|di|door|autor(in)?|author)\s*:?\s+/i, '')
    .replace(/\s*[|,·•]?\s*\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}.*$/, '')
    .replace(/\s*[|,·•]?\s*\d+\s*(min(ute)?s?\.?)(\s*read)?.*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return t && t.length <= 120 ? t : null;
}

export function pickMetadata(page: PageData): Metadata {
  const { meta } = page;
  const tags = meta.tags ?? {};
  const ld = meta.jsonLd ?? {};
  const site = first(ld.publisher, tags['og:site_name'], tags['application-name'], page.readability?.siteName);
  const rawHeadline = first(meta.h1?.text, ld.headline, tags['og:title'], tags['twitter:title'], page.readability?.title, meta.title);
  const kicker = first(meta.h1?.kicker, meta.kicker);
  const split = rawHeadline ? splitKicker(stripSiteName(rawHeadline, site), kicker) : { kicker, headline: null };
  // A deck that only repeats the headline (some sites copy the title into the description) is none.
  const norm = (t: string | null) => (t ?? '').toLowerCase().replace(/\W+/g, ' ').trim();
  const deck = [meta.deck, ld.description, tags['og:description'], tags.description]
    .find((d) => d && d.trim() && norm(d) !== norm(rawHeadline) && !norm(rawHeadline).includes(norm(d)))?.trim() ?? null;
  const authors = ld.authors?.length ? ld.authors.join(', ') : null;
  return {
    site,
    kicker: split.kicker,
    headline: split.headline,
    deck,
    byline: cleanByline(first(authors, tags.author, tags['article:author']?.startsWith('http') ? null : tags['article:author'], meta.byline, page.readability?.byline)),
    published: first(ld.datePublished, tags['article:published_time'], tags.date, tags['dc.date'], meta.time, page.readability?.publishedTime),
  };
}
