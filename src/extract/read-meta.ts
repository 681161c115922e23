// Metadata read from the live document before anything is removed: JSON-LD, meta tags, the h1 and its
// kicker, <time>, byline elements. Only reads; never writes to the document it is given.
import { isTextless, visibleText } from './visible-text';
import type { PageMeta } from '../analysis/types';
import { decodeEntities } from './decode-entities';
import { readDates } from './read-dates';
import { headlineForDates, mainHeadline } from './main-headline';
import { printedDescriptions } from './printed-descriptions';

const ARTICLE_TYPES = /(News|Reportage|Analysis|Opinion|Review|Report|Blog|Satirical|Background)?Article$|^BlogPosting$|^LiveBlogPosting$/;

const clean = (s: unknown): string | null => (typeof s === 'string' && s.trim() ? s.replace(/\s+/g, ' ').trim() : null);
/** JSON-LD strings are often HTML-escaped, some twice ("&amp;quot;", "zerst&ouml;ren"): decode as the page's own
 * parser would, in a detached <textarea> (its content is text only, so no markup or script can come alive). */
function unescape(s: string | null): string | null {
  return s && s.includes('&') ? clean(decodeEntities(s)) : s;
}

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? (a as Record<string, unknown>).name : null))
    .map((x) => unescape(clean(x)))
    .filter((x): x is string => !!x);
}

/** Every JSON-LD object on the page, flattening @graph and arrays. */
function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      // The article may sit in a @graph, or as the mainEntity of a WebPage (Nature's pages).
      const { '@graph': graph, mainEntity } = v as Record<string, unknown>;
      if (graph) visit(graph);
      if (mainEntity && typeof mainEntity === 'object') visit(mainEntity);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try { visit(JSON.parse(script.textContent ?? '')); } catch { /* broken JSON-LD is common; skip it */ }
  }
  return out;
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function readJsonLd(objects: Record<string, unknown>[]): PageMeta['jsonLd'] {
  // A fact check describes itself as a ClaimReview (its name is the headline): used when no Article is there.
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ?? objects.find((o) => typesOf(o).includes('ClaimReview'));
  if (!article) return null;
  const publisher = article.publisher as Record<string, unknown> | string | undefined;
  return {
    headline: unescape(clean(article.headline) ?? clean(article.name)),
    alternativeHeadline: unescape(clean(article.alternativeHeadline)),
    description: unescape(clean(article.description)),
    authors: names(article.author),
    datePublished: clean(article.datePublished) ?? clean(article.dateCreated),
    publisher: unescape(typeof publisher === 'string' ? clean(publisher) : clean(publisher?.name)),
    articleBody: typeof article.articleBody === 'string' ? article.articleBody : null,
    section: clean(Array.isArray(article.articleSection) ? article.articleSection[0] : article.articleSection),
  };
}

function readTags(doc: Document): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const m of doc.querySelectorAll('meta[content]')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv'))?.toLowerCase();
    const value = clean(m.getAttribute('content'));
    if (key && value && !(key in tags)) tags[key] = value;
  }
  return tags;
}

const KICKER_CLASS = /kicker|dachzeile|topline|overline|eyebrow|roofline|supertitle|super-title|surtitre|antetitulo|antetítulo|occhiello|spitzmarke|flag|headline-intro|title-prefix|pretitle|pre-title/i;
const DECK_CLASS = /standfirst|teaser|intro|lead|summary|subtitle|subheadline|sub-headline|(?<![a-z])dek(?![a-z])|deck|chapo|chapeau|perex|entradilla|sottotitolo|catenaccio|abstract|desc\b|description|excerpt|article-desc|__desc/i;
// A photo's description ("article__photo__desc") is its caption, and a promotion's ("PromoAudioEpisode-description")
// the teaser of another item: neither is the article's standfirst.
const NOT_DECK_CLASS = /teaser-?list|teaser-?item|related|more|card|nav|menu|footer|comment|leading|photo|image|img|figure|caption|credit|gallery|promo/i;
const BYLINE_CLASS = /byline|author|autor|auteur|firma|signature/i;
/** The name's own element inside an author box: "name", "author-name", "author__name". */
const NAME_CLASS = /(?:^|[\s_-])(?:author-?)?name(?:$|[\s_-])/i;

const FOLLOWS = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const classOf = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;

const mainH1 = mainHeadline;

/** A kicker span inside the h1 (by class, or a first short span set apart from the rest of the title). */
function readH1(doc: Document): PageMeta['h1'] {
  const h1 = mainH1(doc);
  if (!h1) return null;
  const text = clean(visibleText(h1));
  if (!text) return null;
  const kids = [...h1.children].filter((el) => !isTextless(el) && clean(el.textContent));
  // A kicker is printed before the headline: an element classed as one that comes after other text in the
  // h1 is not it, whatever its class says ("reader__topline" holding the headline after "reader__subline").
  const classed = [...h1.querySelectorAll('span, div, small, em, strong, p')]
    .find((el) => KICKER_CLASS.test(classOf(el)) && clean(el.textContent));
  const byClass = classed && kids.length >= 2 && !(kids[0] === classed || kids[0].contains(classed)) ? null : classed;
  // A colon that ends the kicker ("Waffenlieferungen an Israel:", often visually hidden) is punctuation.
  const first = clean(kids[0]?.textContent)?.replace(/\s*:$/, '') ?? '';
  const bySplit = !byClass && kids.length === 2 && kids.every((el) => el.tagName !== 'A' && el.tagName !== 'BR')
    && first.length <= 60 && first.length < (clean(kids[1].textContent)?.length ?? 0)
    && !/[.,;:!?]$/.test(first) && text === clean(`${kids[0].textContent} ${kids[1].textContent}`) ? kids[0] : null;
  const kickerEl = byClass ?? bySplit;
  const kicker = kickerEl ? clean(kickerEl.textContent)?.replace(/\s*:$/, '') ?? null : null;
  // The full text keeps a space between kicker and title even where the markup has none.
  const rest = kickerEl ? clean(text.replace(clean(kickerEl.textContent) ?? '', '')) : null;
  return { text: kicker && rest ? `${kicker} ${rest}` : text, kicker };
}

/** A short label element just before the h1 (not inside it), as many sites print their kicker. */
function readKicker(doc: Document): string | null {
  const h1 = mainH1(doc);
  const scope = h1?.parentElement?.parentElement ?? h1?.parentElement;
  if (!h1 || !scope) return null;
  for (const el of scope.querySelectorAll('[class]')) {
    if (el === h1 || h1.contains(el) || el.contains(h1)) continue;
    // Only what comes before the headline: labels after it are bylines, share bars and image counts.
    if (el.compareDocumentPosition(h1) !== FOLLOWS) break;
    if (!KICKER_CLASS.test(classOf(el))) continue;
    const text = clean(el.textContent);
    if (text && text.length <= 60 && text.split(' ').length <= 6 && !/[:]$/.test(text)) return text;
  }
  return null;
}

/** A standfirst sits right under the headline: only the first elements after the h1 are looked at. */
const MAX_DECK_CANDIDATES = 60;

/** The standfirst: an element classed as a lead or teaser that follows the h1, near it. */
function readDeck(doc: Document): string | null {
  const h1 = mainH1(doc);
  if (!h1) return null;
  const words = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const descriptions = ['description', 'og:description', 'twitter:description']
    .map((n) => doc.head?.querySelector(`meta[name="${n}"], meta[property="${n}"]`)?.getAttribute('content'))
    .filter((d): d is string => !!d && !!d.trim()).map(words);
  // The line right under the headline, whatever its class: Engadget's "Emergency, healthcare and transit workers
  // won't need to pay." sits in a div of utility classes. (Postlight: otrs, engadget.)
  const sibling = subline(h1);
  if (sibling) return sibling;
  // Look within a few levels above the h1: far enough for a header/body split, not the whole page.
  let scope: Element = h1;
  for (let i = 0; i < 4 && scope.parentElement && scope.parentElement !== doc.body; i++) scope = scope.parentElement;
  // Document order, starting at the h1: a page of 50,000 paragraphs must not cost a position test each.
  let seen = 0;
  let after = false;
  let bodyStarted = false;
  for (const el of scope.querySelectorAll('h1, p, div, h2, span, section')) {
    if (el === h1) { after = true; continue; }
    if (!after || h1.contains(el)) continue;
    if (++seen > MAX_DECK_CANDIDATES) break;
    const cls = classOf(el);
    // The first h2 under the headline, before the article's running text starts, is its standfirst
    // ("<h2 class="sp-descp">"); a later h2 is a subheading.
    if (el.tagName === 'H2' && !bodyStarted && !NOT_DECK_CLASS.test(cls)) {
      const text = clean(el.textContent);
      const linked = clean([...el.querySelectorAll('a')].map((a) => a.textContent).join(' '));
      if (text && text.length >= 30 && text.length <= 400 && linked !== text && text !== clean(h1.textContent) && !opensRunningText(el)) return text;
    }
    if (el.tagName === 'P' && (el.textContent?.length ?? 0) > 150 && !DECK_CLASS.test(cls)) bodyStarted = true;
    // A standfirst is printed before the running text: a "dek" classed element after it belongs to a chart
    // or a box inside the article ("chart-dek" under a graphic's title).
    if (bodyStarted) break;
    if (!DECK_CLASS.test(cls) || NOT_DECK_CLASS.test(cls)) continue;
    const text = clean(el.textContent);
    // Short teasers ("Also CNN+ and TMTG.") are decks when the page's description says the same.
    const long = (text?.length ?? 0) >= 40 || (!!text && text.length >= 10 && descriptions.includes(words(text)));
    // A standfirst is words only: a block holding a picture, or inside one, is the lead image and its caption.
    const pictured = !!el.closest('figure') || !!el.querySelector('figure, img, picture, video');
    // Inside the element the page marks as the article's body, a lead paragraph is the body's first (BBC's bold
    // "story-body__introduction" in property="articleBody"), not a standfirst set apart from it.
    if (el.closest('[itemprop="articleBody"], [property="articleBody"]')) continue;
    if (text && long && text.length <= 600 && el.querySelectorAll('p').length <= 1 && !el.querySelector('a[href] + a[href]') && !aboutAuthor(el) && !pictured) return text;
  }
  return null;
}

/** A heading the article's running text follows right after, as bare text in the same element (Clubic's
 *  "<h2 id="chapter_0">Radeon HD 7750/7770 : au cœur Cape Verde</h2>Succédant aux Radeon HD 6700, …"): a
 *  section's title, not a standfirst. */
function opensRunningText(el: Element): boolean {
  let next = el.nextSibling;
  while (next && next.nodeType === 3 && !next.textContent?.trim()) next = next.nextSibling;
  return !!next && next.nodeType === 3 && (next.textContent?.trim().length ?? 0) >= 100;
}

/** The line printed right under the headline, in no element named for it: a sentence or two, no links, and no
 * paragraph (a <p> right under the h1 is most often the story's first). */
function subline(h1: Element): string | null {
  const next = h1.nextElementSibling;
  if (!next || !/^(DIV|H2|H3|SPAN)$/.test(next.tagName) || next.querySelector('a, img, picture, figure, time, h1, h2, ul') || next.querySelectorAll('p, div').length > 1) return null;
  const t = clean(next.textContent);
  if (!t || t.length < 30 || t.length > 400 || t.split(' ').length < 5) return null;
  // A dateline is no standfirst ("Published: May 11, 2022", "Minggu, 18 Juli 2021 – 18:52 WIB").
  if (t.split(' ').length <= 8 && /\d/.test(t)) return null;
  if (BYLINE_CLASS.test(classOf(next)) || NOT_DECK_CLASS.test(classOf(next)) || LEAD_NAMES.test(t)) return null;
  return t;
}

/** An author box ("<div class="summary"><div class="bio"><span class="name">Matt Levine</span> is a columnist …"):
 * its summary is of the writer, not of the article. (A standfirst may end with its byline, "… VON GEORG BLUME"
 * in an author span: that one stays a deck.) */
const BIO_CLASS = /\bbio(?:graphy)?(?![a-z])|author-?(?:bio|info|box|description)/i;
function aboutAuthor(el: Element): boolean {
  return BIO_CLASS.test(classOf(el)) || [...el.querySelectorAll('[class]')].some((d) => BIO_CLASS.test(classOf(d)));
}

/** The text of a byline element, with a space where one element ends and the next begins ("Howard Blume" and
 * "Staff Writer" in two spans are not "Howard BlumeStaff Writer"). */
function spacedText(el: Element): string | null {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
  return clean(parts.join(' ').replace(/\s+([,.;:)])/g, '$1'));
}

/** "By" alone in its element, the names in the elements after it: the byline is the parent's text. */
const LEAD_ONLY = /^(by|von|par|por|di|door)$/i;
const LEAD_NAMES = /^(by|von|par|por|di|door)\s+\S/i;
/** Links to an author's page, as bylines print their names. */
const AUTHOR_LINK = 'a[href*="/author/"], a[href*="/authors/"], a[href*="/autor/"], a[href*="/autoren/"], a[href*="/auteur/"], a[href*="/editors/"], a[href*="/journalist/"], a[href*="/by/"], a[href*="/people/"], a[href*="/profile/"]';

function readByline(doc: Document): string | null {
  const el = doc.querySelector('[rel="author"], [itemprop="author"]');
  const withParent = (e: Element) => {
    // A byline box printed as lines, the names first ("By Joe Davidson" / "Washington Post" / the time):
    // only the names' line, not the agency and date after it.
    const lines = [...e.children].filter((c) => c.tagName === 'DIV' || c.tagName === 'P');
    const top = lines.length >= 2 ? spacedText(lines[0]) : null;
    if (top && LEAD_NAMES.test(top)) return top;
    const t = spacedText(e);
    return t && LEAD_ONLY.test(t) && e.parentElement ? spacedText(e.parentElement) : t;
  };
  // Microdata whose name is a <meta itemprop="name" content="…"> inside: no text to read, the content is the name.
  const named = el?.querySelector('meta[itemprop="name"][content]')?.getAttribute('content');
  if (el && !clean(el.textContent) && named) return clean(named);
  if (el && clean(el.textContent)) return withParent(el);
  for (const e of doc.querySelectorAll('[class]')) {
    if (!BYLINE_CLASS.test(e.className?.toString() ?? '') || (e.textContent?.length ?? 0) >= 200 || !clean(e.textContent)) continue;
    // An author box holds the name in an element of its own beside the job title and links ("<div class="name">
    // Christian Datoc</div><div class="authortitle">Sports Editor</div>… See All Articles Send Email"): that one.
    // Or the links to the authors' pages, where the box adds a section under the name ("Kelly Sheridan" / "News").
    // Every one of them: a byline of several writers links each ("By Mike D'Angelo, A.A. Dowd, …").
    const texts = (els: Element[]) => [...new Set(els.map((d) => clean(d.textContent)).filter((t): t is string => !!t && t.split(' ').length <= 5))];
    const named = texts([...e.querySelectorAll('[class]')].filter((d) => NAME_CLASS.test(d.getAttribute('class') ?? '')));
    const linked = texts([...e.querySelectorAll('a[href*="author" i]')]);
    const names = named.length ? named : linked;
    return names.length ? names.join(', ') : withParent(e);
  }
  // A link to the author's page near the headline.
  const h1 = mainH1(doc);
  let scope: Element | null = h1;
  for (let i = 0; i < 4 && scope?.parentElement && scope.parentElement !== doc.body; i++) scope = scope.parentElement;
  // The first such link with words: the author's avatar is often a link to the same page holding only an image.
  const link = scope ? [...scope.querySelectorAll(AUTHOR_LINK)].slice(0, 6).find((a) => clean(a.textContent)) : null;
  const name = link ? clean(link.textContent) : null;
  if (name && name.split(' ').length <= 6) return name;
  return h1 && scope ? printedBy(h1, scope) : null;
}

/** Elements read after the headline for a printed "By …": the header's, not the article's. */
const MAX_BY_CANDIDATES = 40;

/** A byline printed with no class or link to find it by: under the headline, an element that says "By" alone
 * (the names in the next ones: ABC News prints "<span>By</span><span>by JOSH HASKELL, DAVID CAPLAN and
 * PATRICK REEVELL</span>" in hashed classes), or a short line that opens with "By" and a capitalised name. */
function printedBy(h1: Element, scope: Element): string | null {
  let seen = 0;
  let after = false;
  for (const el of scope.querySelectorAll('p, div, span, address, small')) {
    if (!after) { after = !!(h1.compareDocumentPosition(el) & FOLLOWS) && !h1.contains(el); if (!after) continue; }
    if (++seen > MAX_BY_CANDIDATES) break;
    if (el.children.length > 2) continue;
    const t = clean(el.textContent);
    if (!t) continue;
    // The running text has started: a byline comes before it.
    if (el.tagName === 'P' && t.length > 150) break;
    if (LEAD_ONLY.test(t) && el.parentElement) {
      const line = spacedText(el.parentElement);
      if (line && line.length <= 160 && line.length > t.length + 2) return line;
    }
    if (t.length <= 120 && LEAD_NAMES.test(t) && /^\S+\s+\p{Lu}/u.test(t)) return t;
  }
  return null;
}

export function readMeta(doc: Document): PageMeta {
  const ld = jsonLdObjects(doc);
  const time = doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? null;
  const jsonLd = readJsonLd(ld);
  const tags = readTags(doc);
  return {
    lang: clean(doc.documentElement?.getAttribute('lang')) ?? clean(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')),
    title: clean(doc.title),
    jsonLd,
    tags,
    printedDescriptions: printedDescriptions(doc, [jsonLd?.description, tags['og:description'], tags['twitter:description'], tags.description]),
    h1: readH1(doc),
    kicker: readKicker(doc),
    deck: readDeck(doc),
    byline: readByline(doc),
    time: clean(time),
    dates: readDates(doc, headlineForDates(doc), ld.map((o) => clean(o.datePublished) ?? clean(o.dateCreated)).filter((x): x is string => !!x).slice(0, 3)),
  };
}
