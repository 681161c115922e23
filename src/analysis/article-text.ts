// The article as the analysis steps see it: plain paragraphs plus the headline and deck.
export interface ArticleText {
  lang: string;
  headline: string | null;
  deck: string | null;
  /** Body paragraphs (headings and captions excluded), in reading order. */
  paragraphs: string[];
  /** The section heading printed right before each paragraph, if any (a round-up's "NAME: title" over a quotation). */
  headings?: (string | null)[];
  /** The byline as printed, names only: whoever wrote the article. */
  byline?: string | null;
}
