// Headline, kicker, deck, byline, date and site, each from the best source the page offers:
// JSON-LD, then meta tags, then the DOM, then Readability's guesses.
import { noiseFamily } from '../clean/noise-phrases';
import type { PageData, Summary } from '../types';
import { pickHeadline, titleKey } from './pick-headline';
import { cleanAuthors, cleanByline } from './clean-byline';
import { pickPublished } from './pick-date';
import { isSiteName, siteNames } from './strip-site-name';
import companyForms from '../data/metadata-company-forms.json';

export { stripSiteName } from './strip-site-name';
export { cleanByline } from './clean-byline';

/** The Summary's metadata fields, and where the deck came from. */
export interface Metadata extends Pick<Summary, 'site' | 'kicker' | 'headline' | 'deck' | 'byline' | 'published'> {
  /** True when the deck is a standfirst element on the page, not only a meta description. */
  deckOnPage: boolean;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COMPANY = new RegExp(`(?:^|[\\s,])(?:${companyForms.forms.map(esc).join('|')})(?=$|[\\s,])`, 'u');
/** "Tamedia AG", "Nature Publishing Group UK": the company behind the publication, not its name. */
export const isCompanyName = (name: string | null | undefined) => !!name && COMPANY.test(name);

/** Meta tags that name the article's author, most trusted first ("byl": "By Marc Santora, …"). */
const META_AUTHOR_KEYS = ['author', 'article:author', 'og:article:author', 'byl', 'parsely-author', 'sailthru.author', 'cxenseparse:author', 'qc:author', 'dc.creator', 'citation_author'];

/** Twitter-card label pairs, as WordPress SEO plugins write them: twitter:label1 "Written by", twitter:data1 the
 * author (LinkedIn articles, many blogs and regional news sites). */
const WRITTEN_BY = /^(?:written by|author|autor(?:in)?|geschrieben von|verfasst von|von|écrit par|auteur|escrito por|scritto da|geschreven door|door)$/i;
function labelledAuthor(tags: Record<string, string>): string | undefined {
  for (let i = 1; i <= 4; i++) if (WRITTEN_BY.test(tags[`twitter:label${i}`]?.trim() ?? '')) return tags[`twitter:data${i}`];
  return undefined;
}

const first = (...values: (string | null | undefined)[]) => values.find((v) => v && v.trim())?.trim() ?? null;

/** A photo or video caption, no deck: a credit in brackets at its end ("… (Rashid Umar Abbasi / Reuters)",
 * "… (AP Video by Jane Doe)"), or share buttons' labels before it ("Facebook Twitter Reddit Email The basement …"). */
const CAPTION_CREDIT = /\((?:[^()]*\s\/\s[^()]*|[^()]*\b(?:Photo|Video|Foto|Bild|Image|Credit|Getty Images|Reuters|AFP|AP|dpa|EPA)\b[^()]*)\)\s*$/u;
const SHARE_LABELS = /^(?:Facebook|Twitter|Reddit|Email|E-Mail|WhatsApp|LinkedIn|Pinterest|Share|Teilen)(?:\s+(?:Facebook|Twitter|Reddit|Email|E-Mail|WhatsApp|LinkedIn|Pinterest|Share|Teilen))+\b/i;
/** A photo credit after a bar or at the end of a line ("Spokojený Tomáš Souček po vítězství. | Foto: Reuters"). */
const CREDIT_LINE = /(?:^|[|·•/]|\.)\s*(?:Foto|Fotos|Photo|Photos|Bild|Bilder|Image|Credit|Crédit|Crédito|Créditos)\s*:\s*[^.!?:|]{2,60}$/iu;
/** An editing system's leftover printed as text ("<?EM-dummyText [Drophead goes here] ?>"): markup, not words. */
const MARKUP = /<\?|\?>|<\/?[a-z][a-z0-9-]*[\s>]/i;
export const isCaption = (deck: string) => CAPTION_CREDIT.test(deck) || SHARE_LABELS.test(deck) || CREDIT_LINE.test(deck) || MARKUP.test(deck);

/** The deck: the publisher's standfirst from the DOM, else the JSON-LD or meta description. */
function pickDeck(page: PageData, headline: string | null): { deck: string | null; deckOnPage: boolean } {
  const { meta } = page;
  const tags = meta.tags ?? {};
  const h = titleKey(headline);
  // A deck that only repeats the headline (some sites copy the title into the description) is none, and
  // neither is a description that is a promotion ("READ MORE Get 75% off annual subscription to …").
  // A description the page does not print is no standfirst a reader sees (where the page was read for it).
  const printed = (d: string | null | undefined) => !meta.printedDescriptions || (!!d && meta.printedDescriptions.includes(d));
  const deck = [meta.deck, ...[meta.jsonLd?.description, tags['og:description'], tags.description].filter(printed)]
    .find((d) => d && d.trim() && titleKey(d) !== h && !h.includes(titleKey(d)) && !noiseFamily(d) && !isCaption(d))?.trim() ?? null;
  // A standfirst that ends with the byline printed inside it ("… in Deutschland. VON GEORG BLUME"): the names are
  // the byline's, not the deck's.
  const byline = meta.byline?.trim();
  const own = deck && byline && deck.length > byline.length + 20 && deck.endsWith(byline) ? deck.slice(0, -byline.length).trim() : deck;
  return { deck: own, deckOnPage: !!deck && deck === meta.deck?.trim() };
}

export function pickMetadata(page: PageData): Metadata {
  const { meta } = page;
  const tags = meta.tags ?? {};
  const ld = meta.jsonLd ?? {};
  // The publication's own name: JSON-LD's publisher, unless it is the company behind it ("Tamedia AG").
  const site = first(isCompanyName(ld.publisher) ? null : ld.publisher, tags['og:site_name'], tags['application-name'], page.readability?.siteName, ld.publisher);
  const { kicker, headline } = pickHeadline(page, site);
  // A site crediting itself in JSON-LD ("Salzburger Nachrichten", "kicker") is the byline as printed: on news
  // pages the DOM's author elements, the next source, are more often a section label or a photo credit. A
  // meta author, though, is often set site-wide to the publisher or its company ("Condé Nast", "ABC News",
  // "mediagene Inc."): that one gives way to a name the page prints.
  const publisher = [site, ld.publisher, tags.publisher, tags.copyright, tags['twitter:creator'], page.readability?.siteName].filter((x): x is string => !!x);
  const sites = siteNames(site, page.url || tags['og:url']);
  const isPublisher = (name: string | null) => !!name && (isCompanyName(name) || isSiteName(name, sites)
    || publisher.some((p) => p.toLowerCase().includes(name.toLowerCase())));
  const metaAuthors = [...META_AUTHOR_KEYS.map((k) => tags[k]), labelledAuthor(tags)].filter((v) => v && !/^https?:/.test(v)).map(cleanByline);
  const bylines = [cleanAuthors(ld.authors), ...metaAuthors.filter((a) => !isPublisher(a)), ...[meta.byline, page.readability?.byline].map(cleanByline).filter((a) => !isPublisher(a)), ...metaAuthors];
  return {
    site,
    kicker,
    headline,
    ...pickDeck(page, headline),
    byline: bylines.find(Boolean) ?? null,
    published: pickPublished(page),
  };
}
