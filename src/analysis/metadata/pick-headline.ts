// The headline and its kicker: the headline the page prints (issue 13). Sources: the h1 (extract/
// main-headline.ts picks the one the page's titles repeat), JSON-LD headline, og:title, twitter:title,
// <title>, Readability's title. Pages disagree with themselves: og:title is often a shorter social title
// ("… here's how to check" for "… here's how to check if you have the rare buck"), <title> an SEO one.
// So the printed h1 wins where JSON-LD or a meta title agrees with it; else JSON-LD's headline where a meta
// title agrees with that; else the h1 as printed. An h1 that shares not half its words with any other
// title (a logo, "Original text", a section name) is no headline; then JSON-LD, then og:title.
import type { PageData } from '../types';
import { siteNames, stripSiteName } from './strip-site-name';
import { sharedShare, titleWords } from '../text/title-words';

/** Comparison key: words only, no soft hyphens, case folded. */
export const titleKey = (s: string | null | undefined) => (s ?? '').replace(/\u00ad/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();


/** "Label - Headline": the first dash set off by spaces. */
const DASHED = /^(.{2,80}?)\s+[–—-]\s+\S/u;

/** A photo credit the page prints at the end of its h1 ("… トランプ戦術の成否 （写真＝ロイター）", "… (Photo: Reuters)"). */
const PHOTO_CREDIT = /\s*[（(](?:写真|Photo|Foto|Bild|Image|Video)\s*[＝=:：]\s*[^()（）]{1,30}[)）]\s*$/u;
/** "[Label] Headline": a bracketed label of a few words or characters, then the headline. */
const BRACKET_LABEL = /^[[［【]([^\]］】]{1,20})[\]］】]\s*(\S.{8,})$/u;

export interface Candidate { source: string; kicker: string | null; headline: string }

/** "Kicker Headline" where the page marks the kicker (a span in the h1, a label before it): split it off. */
function splitOn(text: string, kicker: string | null): { kicker: string | null; headline: string } {
  const k = titleKey(kicker);
  if (k && titleKey(text).startsWith(`${k} `)) {
    const words = k.split(' ').length;
    const m = text.match(new RegExp(`^(?:[^\\p{L}\\p{N}]*[\\p{L}\\p{N}\\u00ad]+){${words}}[^\\p{L}\\p{N}«»"“„‘'(]*`, 'u'));
    const rest = m ? text.slice(m[0].length).trim() : '';
    if (rest) return { kicker: kicker!, headline: rest };
  }
  return { kicker: null, headline: text };
}

export function headlineCandidates(page: PageData, site: string | null): Candidate[] {
  const { meta } = page;
  const tags = meta.tags ?? {};
  const sites = siteNames(site, page.url || tags['og:url']);
  const domKicker = meta.h1?.kicker ?? meta.kicker ?? null;
  const out: Candidate[] = [];
  const add = (source: string, raw: string | null | undefined) => {
    const text = raw?.trim() ? stripSiteName(raw.replace(/\s+/g, ' '), sites).replace(PHOTO_CREDIT, '') : '';
    if (!text) return;
    // A label in square brackets before the headline is its kicker ("[종합] 코로나19 신규확진 …": "roundup";
    // "[VIDEO]", "[Exclusive]").
    const label = domKicker ? null : text.match(BRACKET_LABEL);
    out.push(label ? { source, kicker: label[1].trim(), headline: label[2].trim() } : { source, ...splitOn(text, domKicker) });
  };
  add('og', tags['og:title']);
  add('ld', meta.jsonLd?.headline);
  add('h1', meta.h1?.text);
  add('twitter', tags['twitter:title']);
  add('title', meta.title);
  add('alternative', meta.jsonLd?.alternativeHeadline);
  add('readability', page.readability?.title);
  // "Kicker: Headline" where another source confirms the split (gives the headline alone, the same prefix
  // before another headline, or the same words with a dash where this one has the colon): the prefix is a
  // kicker, not part of the headline.
  const keys = new Set(out.map((c) => titleKey(c.headline)));
  for (const c of out) {
    const m = c.kicker ? null : c.headline.match(/^(.{2,80}?)\s*:\s+(.+)$/u);
    if (!m || m[1].split(' ').length > 8) continue;
    const prefix = titleKey(m[1]);
    if (keys.has(titleKey(m[2])) || out.some((d) => d !== c && titleKey(d.headline).startsWith(`${prefix} `) && !titleKey(d.headline).startsWith(titleKey(c.headline)))
      || out.some((d) => titleKey(d.headline) === titleKey(c.headline) && titleKey(d.headline.match(DASHED)?.[1]) === prefix)) {
      c.kicker = m[1].trim(); c.headline = m[2].trim();
    }
  }
  return out;
}

/** Five words or fewer; Chinese and Japanese, counted by character, twelve or fewer. */
const isShort = (s: string) => { const n = titleWords(s).length; return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s) ? n <= 12 : n <= 5; };

export function pickHeadline(page: PageData, site: string | null): { kicker: string | null; headline: string | null } {
  const all = headlineCandidates(page, site);
  if (!all.length) return { kicker: page.meta.kicker ?? null, headline: null };
  const by = (source: string) => all.find((c) => c.source === source);
  const full = (c: Candidate) => titleKey(c.kicker ? `${c.kicker} ${c.headline}` : c.headline);
  const agree = (a: Candidate | undefined, b: Candidate | undefined) => !!a && !!b && (titleKey(a.headline) === titleKey(b.headline) || full(a) === full(b));
  const metas = ['og', 'twitter', 'title', 'readability'].map(by).filter((c): c is Candidate => !!c);
  const ld = by('ld');
  let h1 = by('h1');
  // A short h1 that shares not half its words with any other title is a logo, a section name or a widget
  // ("Original text", "POLITICO Politico Logo", "ニュースリリース"); a long one is a printed headline that
  // the meta titles word differently, and stays.
  const others = all.filter((c) => c.source !== 'h1');
  if (h1 && others.length && isShort(h1.headline) && !others.some((o) => sharedShare(h1!.headline, o.headline) >= 0.5)) h1 = undefined;
  const best = (h1 && (agree(h1, ld) || metas.some((m) => agree(h1, m)))) ? h1
    : (ld && metas.some((m) => agree(ld, m))) ? ld
      : h1 ?? ld ?? metas[0] ?? all[0];
  const kicker = all.find((c) => c.kicker && titleKey(c.headline) === titleKey(best.headline))?.kicker ?? null;
  // The h1 prints kicker and headline as one ("SVP-Sonderparteitag zur Migration – Chiesa ruft …") where another
  // source sets the same words apart: the split is that source's.
  const split = !kicker && !best.kicker ? all.find((c) => c.kicker && full(c) === full(best)) : undefined;
  if (split) return { kicker: split.kicker, headline: split.headline };
  return { kicker: kicker ?? page.meta.kicker ?? null, headline: best.headline };
}
