// The pure analysis: PageData in, Summary out. No DOM, no browser API, so the popup, the CLI and the
// tests all run exactly this.
import type { AnalyzeOptions, PageData, Summary } from './types';
import type { ArticleText } from './article-text';
import { articleBody } from './clean/article-body';
import { articleLanguage } from './language/detect-language';
import { findActors } from './actors/find-actors';
import { findQuotes } from './quotes/find-quotes';
import { rankActors } from './actors/rank-actors';
import { leadSummary } from './summary/lead-summary';
import { printedName } from './actors/printed-name';

export function analyze(page: PageData, options: AnalyzeOptions = {}): Summary {
  // Metadata, and the body without noise and without the headline, kicker and deck (fields of their own).
  const { meta, blocks, removed } = articleBody(page);
  const bodyText = blocks.map((b) => b.text).join('\n\n');
  const lang = options.lang ?? articleLanguage(page.meta.lang ?? page.readability?.lang, bodyText) ?? 'en';
  const paragraphs: string[] = [], headings: (string | null)[] = [];
  let heading: string | null = null;
  for (const b of blocks) {
    if (b.kind === 'p' || b.kind === 'quote' || b.kind === 'li' || (b.kind === 'h' && sentenceHeading(b.text))) {
      paragraphs.push(b.text);
      headings.push(heading);
      heading = null;
    } else heading = b.kind === 'h' ? b.text : null;
  }
  const article: ArticleText = { lang, headline: meta.headline, deck: meta.deck, paragraphs, headings, byline: meta.byline };
  const appositions = new Map<string, string>();
  const actors = findActors(article, appositions);
  const quotes = findQuotes(article, actors);
  const ranked = rankActors(actors, quotes, article, appositions);
  // Names as printed, full stops of initials and "Jr." back, the same in the actors and the quotes' speakers.
  const printed = (name: string) => printedName(name, bodyText);
  for (const a of ranked) a.name = printed(a.name);
  for (const q of quotes) if (q.speaker) q.speaker = printed(q.speaker);
  return {
    url: page.url || null,
    lang,
    ...meta,
    actors: ranked,
    quotes,
    summary: leadSummary(article, options.length, quotes),
    body: bodyText,
    removed,
    readerable: page.readerable,
    note: page.note ?? null,
    stopped: page.stopped ?? null,
  };
}

/**
 * A heading that is a whole sentence is a paragraph set in bold ("Fiona Parry issued a plea for people to stay away
 * from pills containing DNP.", a lead printed as a heading): its names and words belong to the article. Section
 * headings are short and end without a full stop.
 */
function sentenceHeading(text: string): boolean {
  return /[.!?]["'”’»“]?$/u.test(text.trim()) && text.trim().split(/\s+/u).length >= 8;
}

/** A plain-text article (paragraphs separated by blank lines) as PageData, for `lede --text`. */
export function pageFromText(text: string, url = ''): PageData {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { url, meta: {}, readability: null, readerable: true, blocks: paragraphs.map((t) => ({ kind: 'p', text: t })), removed: [] };
}
