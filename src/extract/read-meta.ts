// Metadata read from the live document before anything is removed: JSON-LD, meta tags, the h1 and its
// kicker, <time>, byline elements. Only reads; never writes to the document it is given.
import type { PageMeta } from '../analysis/types';

const ARTICLE_TYPES = /(News|Reportage|Analysis|Opinion|Review|Report|Blog|Satirical|Background)?Article$|^BlogPosting$|^LiveBlogPosting$/;

const clean = (s: unknown): string | null => (typeof s === 'string' && s.trim() ? s.replace(/\s+/g, ' ').trim() : null);

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? (a as Record<string, unknown>).name : null))
    .map(clean)
    .filter((x): x is string => !!x);
}

/** Every JSON-LD object on the page, flattening @graph and arrays. */
function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      const graph = (v as Record<string, unknown>)['@graph'];
      if (graph) visit(graph);
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

function readJsonLd(doc: Document): PageMeta['jsonLd'] {
  const article = jsonLdObjects(doc).find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  if (!article) return null;
  const publisher = article.publisher as Record<string, unknown> | string | undefined;
  return {
    headline: clean(article.headline) ?? clean(article.name),
    alternativeHeadline: clean(article.alternativeHeadline),
    description: clean(article.description),
    authors: names(article.author),
    datePublished: clean(article.datePublished) ?? clean(article.dateCreated),
    publisher: typeof publisher === 'string' ? clean(publisher) : clean(publisher?.name),
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

const KICKER_CLASS = /kicker|dachzeile|topline|overline|eyebrow|roofline|supertitle|surtitre|antetitulo|occhiello|spitzmarke|label/i;
const DECK_CLASS = /standfirst|teaser|intro|lead|summary|subtitle|subheadline|sub-headline|dek|deck|chapo|entradilla|sottotitolo|catenaccio|abstract|description/i;
const BYLINE_CLASS = /byline|author|autor|auteur|firma|signature/i;

function readH1(doc: Document): PageMeta['h1'] {
  const h1 = doc.querySelector('article h1, main h1') ?? doc.querySelector('h1');
  if (!h1) return null;
  const text = clean(h1.textContent);
  if (!text) return null;
  const kickerEl = [...h1.querySelectorAll('span, div, small, em, strong')]
    .find((el) => KICKER_CLASS.test(el.className?.toString() ?? '') && clean(el.textContent));
  return { text, kicker: kickerEl ? clean(kickerEl.textContent) : null };
}

/** A short label element just before the h1 (not inside it), as many sites print their kicker. */
function readKicker(doc: Document): string | null {
  const h1 = doc.querySelector('article h1, main h1') ?? doc.querySelector('h1');
  const candidates = h1?.parentElement ? [...h1.parentElement.querySelectorAll('*')] : [];
  for (const el of candidates) {
    if (el === h1 || h1?.contains(el) || el.contains(h1 ?? null)) continue;
    if (!KICKER_CLASS.test(el.className?.toString() ?? '')) continue;
    const text = clean(el.textContent);
    if (text && text.length <= 60 && text.split(' ').length <= 6) return text;
  }
  return null;
}

function readDeck(doc: Document): string | null {
  const h1 = doc.querySelector('article h1, main h1') ?? doc.querySelector('h1');
  const scope = h1?.closest('article, main, header') ?? doc.body;
  if (!scope) return null;
  for (const el of scope.querySelectorAll('p, div, h2')) {
    const cls = `${el.className?.toString() ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    if (!DECK_CLASS.test(cls) || /teaser-?list|related|more/i.test(cls)) continue;
    const text = clean(el.textContent);
    if (text && text.length >= 40 && text.length <= 600 && !el.querySelector('p p')) return text;
  }
  return null;
}

function readByline(doc: Document): string | null {
  const el = doc.querySelector('[rel="author"], [itemprop="author"]')
    ?? [...doc.querySelectorAll('[class]')].find((e) => BYLINE_CLASS.test(e.className?.toString() ?? '') && (e.textContent?.length ?? 0) < 200);
  return el ? clean(el.textContent) : null;
}

export function readMeta(doc: Document): PageMeta {
  const time = doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? null;
  return {
    lang: clean(doc.documentElement?.getAttribute('lang')) ?? clean(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')),
    title: clean(doc.title),
    jsonLd: readJsonLd(doc),
    tags: readTags(doc),
    h1: readH1(doc),
    kicker: readKicker(doc),
    deck: readDeck(doc),
    byline: readByline(doc),
    time: clean(time),
  };
}
