// The two plain-data shapes that cross the boundary between the page and the analysis.
// PageData is what the injected script (or the CLI, on a saved page) hands over; Summary is what the
// popup shows, the CLI prints and the copy button writes. Both must survive structured cloning.

/** One block of the article body, in reading order. */
export interface Block {
  kind: 'p' | 'h' | 'quote' | 'li' | 'caption' | 'pre';
  text: string;
}

/** A block taken out as noise, and why (shown to the reader, collapsed, so a wrong removal is visible). */
export interface Removed {
  text: string;
  reason: string;
}

/** Metadata read from the page before Readability touched it. Every field may be missing. */
export interface PageMeta {
  /** `<html lang>` or `content-language`. */
  lang?: string | null;
  /** `document.title`. */
  title?: string | null;
  /** The first JSON-LD object of an article type (NewsArticle, Article, ReportageNewsArticle …). */
  jsonLd?: {
    headline?: string | null;
    alternativeHeadline?: string | null;
    description?: string | null;
    authors?: string[];
    datePublished?: string | null;
    publisher?: string | null;
    articleBody?: string | null;
    section?: string | null;
  } | null;
  /** Open Graph, Twitter and plain `<meta name>` values, keyed by their property or name, lowercased. */
  tags?: Record<string, string>;
  /** The page's main `<h1>`: its full text, and the text of a kicker element inside it, if any. */
  h1?: { text: string; kicker?: string | null } | null;
  /** A kicker found outside the h1 (a short label element right before it). */
  kicker?: string | null;
  /** A standfirst element near the headline (class or itemprop naming a teaser, lead, intro …). */
  deck?: string | null;
  /** Of the page's descriptions (JSON-LD, og:, twitter:, meta), those whose words the page prints: the others are
   * no standfirst a reader sees. Absent where nobody looked (plain text, older callers): then all count. */
  printedDescriptions?: string[];
  /** Byline text found in the DOM (rel=author, itemprop=author, class byline/author). */
  byline?: string | null;
  /** `datetime` of the first `<time>` element in or near the article. */
  time?: string | null;
  /** Dates the page prints or marks up outside its meta tags, in document order (extract/read-dates.ts). */
  dates?: PageDate[];
}

/** A date found in the page's markup or text, not yet parsed. */
export interface PageDate {
  /** itemprop: microdata or JSON-LD datePublished; time: a <time> or <abbr> element's machine value; text: an
   *  element's printed text; near: the text around the headline, for a date printed in no element of its own;
   *  labelled: a date labelled as the publication ("veröffentlicht 28.01.2022") inside a part named like a footer
   *  or a teaser, which is read only when the page dates itself nowhere else. */
  source: 'itemprop' | 'time' | 'text' | 'near' | 'labelled';
  value: string;
  /** The element's class, id and itemprop, which often say "published" or "updated". */
  name: string;
}

/** What the injected script returns. */
export interface PageData {
  url: string;
  meta: PageMeta;
  /** Readability's own results, as a last resort for metadata. */
  readability?: {
    title?: string | null;
    byline?: string | null;
    excerpt?: string | null;
    siteName?: string | null;
    publishedTime?: string | null;
    lang?: string | null;
  } | null;
  /** `isProbablyReaderable` on the page: false means "not an article". */
  readerable: boolean;
  blocks: Block[];
  removed: Removed[];
  /** Set when the page was too large and extraction stopped early: what was cut, in words. */
  note?: string | null;
  /** Why `note` was written, as facts, so the popup can say it in the interface language. */
  stopped?: Stopped | null;
}

/** Where reading a page stopped short: the budget ran out (the share of the page read, in percent), or
 *  Readability threw (its message). */
export type Stopped = { at: 'size'; readPercent: number } | { at: 'readability'; error: string };

export type ActorKind = 'person' | 'organization' | 'place';

export interface Actor {
  name: string;
  kind: ActorKind;
  /** The role the article gives a person ("Nato-Generalsekretär"), or null. */
  role: string | null;
  mentions: number;
  /** Other forms of the name found in the article ("Stoltenberg", "Estlands"). */
  aliases?: string[];
}

export interface Quote {
  /** Verbatim, without the quotation marks. */
  text: string;
  /** The resolved full name, or null where the article does not say. */
  speaker: string | null;
}

export interface Summary {
  url: string | null;
  lang: string | null;
  site: string | null;
  kicker: string | null;
  headline: string | null;
  deck: string | null;
  byline: string | null;
  published: string | null;
  actors: Actor[];
  quotes: Quote[];
  summary: string[];
  body: string;
  removed: Removed[];
  readerable: boolean;
  /** In English, for the CLI; `stopped` holds the same facts for the popup. */
  note: string | null;
  stopped: Stopped | null;
}

export type SummaryLength = 'short' | 'medium' | 'long';

export interface AnalyzeOptions {
  /** Forces the language (`--lang`); otherwise taken from the page or detected. */
  lang?: string | null;
  length?: SummaryLength;
}
