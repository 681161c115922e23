// The publication date, from the most trusted source the page has: JSON-LD datePublished, a published-time
// meta tag, microdata, a <time> element, a dateline printed in an element named for it, the address, and
// last the text around the headline. A date the page labels as an update ("Aktualisiert:", "Updated",
// dateModified) is used only when nothing else is there.
//
// Time zones: a stamp in UTC can fall on the next day for a page in the Americas ("2023-11-09T01:49:09Z" for
// an article printed "November 8, 2023 at 5:49 p.m."). The day the reader sees is the local one, so where
// the page also writes the same instant in local time (same minutes, a whole number of quarter hours
// apart), the stamp is given in that offset; else where its address or its printed dateline says the day
// before or after, that day wins.
import type { PageData, PageDate } from '../types';
import { normaliseDate } from './normalise-date';
import { datesInText, isoDay } from './dates-in-text';
import dateKeys from '../data/metadata-date-keys.json';

/** Words that say a date is an update, not the publication ("Aktualisiert: 18.01.2018"). */
const UPDATED = /(?:updat|modif|aktualisier|änderung|bearbeitet|geändert|revision|revised|mis à jour|mise à jour|actualizad|aggiornat|bijgewerkt|atualizad|edited|last changed|\bstand\b)/i;
/** Words that say a date is the publication ("Veröffentlicht am", "Posted on"). */
const PUBLISHED = /(?:publi|posted|erschienen|veröffentlicht|pubblicat|gepubliceerd|created|erstellt|pubdate|datum|date)/i;
/** A copyright line's date is the site's, not the article's. */
const COPYRIGHT = /©|copyright|\(c\)/i;

interface Found { iso: string; updated: boolean; source: string }

const dayOf = (iso: string) => iso.slice(0, 10);
const shiftDay = (day: string, by: number) => new Date(Date.parse(`${day}T12:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
/** A real day, in a year a publication can have. */
const plausible = (iso: string | null): iso is string => !!iso && isoDay(iso) !== null;

/** Dates of one printed text, each marked as an update when the words before it say so. A date after a
 * copyright mark is the site's; one printed before it is still the article's ("Hintergrund 19.07.2022 …
 * © Maizal / stock.adobe.com", a photo credit further down the text around the headline). */
function readText(text: string, monthFirst: boolean, named: string, source: string): Found[] {
  const dates = datesInText(text, monthFirst);
  const copyright = text.search(COPYRIGHT);
  return dates.flatMap((d, i) => {
    if (copyright >= 0 && copyright < d.index) return [];
    const before = text.slice(i ? dates[i - 1].index : 0, d.index);
    const updated = UPDATED.test(before) || (!before.trim() && UPDATED.test(named) && !/publi/i.test(named));
    return [{ iso: d.iso, updated, source }];
  });
}

function fromCandidate(c: PageDate, monthFirst: boolean): Found[] {
  if (c.source === 'itemprop' || c.source === 'time') {
    const iso = normaliseDate(c.value) ?? datesInText(c.value, monthFirst)[0]?.iso ?? null;
    return plausible(iso) ? [{ iso, updated: UPDATED.test(c.name) && !/publi/i.test(c.name), source: c.source }] : [];
  }
  // The text around the headline: only its first date, which is the dateline if there is one.
  if (c.source === 'near') return readText(c.value, monthFirst, '', 'near').slice(0, 1);
  if (c.source === 'labelled') return readText(c.value, monthFirst, c.name, 'labelled').slice(0, 1);
  return readText(c.value, monthFirst, c.name, c.source);
}

/** A date in the address: "/2016/12/23/", "/2020-02-19/", "/20200102/", and day first as Europe writes it
 * ("/meldungen/29-10-2021", "/newsroom/23-01-2022-dorothea-wierer-…"; month first only where the day settles it). */
export function dateInUrl(url: string | null | undefined): string | null {
  const path = (url ?? '').replace(/^[a-z]+:\/\/[^/]+/i, '');
  const m = path.match(/\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/._-]|$)/) ?? path.match(/[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/._-]|$)/);
  if (!m) {
    const d = path.match(/\/(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?=[/._-]|$)/);
    return d ? datesInText(`${d[1]}-${d[2]}-${d[3]}`)[0]?.iso ?? null : null;
  }
  return isoDay(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`);
}

/** US English writes the month first ("08/07/2017" is August 7). */
const monthFirstFor = (lang: string | null | undefined) => /^en(?:-(?:us|ca|ph))?$/i.test(lang ?? '');

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/;

/** The stamp in the offset of a local time that writes the same instant ("2023-11-08T17:49:09" beside "…T01:49:09Z"). */
function inLocalTime(stamp: string, locals: string[]): string | null {
  const s = stamp.match(STAMP);
  if (!s) return null;
  const instant = Date.parse(stamp);
  for (const local of locals) {
    const l = local.match(LOCAL);
    if (!l || l[3] !== s[3] || (l[4] !== undefined && s[4] !== undefined && l[4] !== s[4])) continue;
    const minutes = Math.round((Date.parse(`${l[1]}T${l[2]}:${l[3]}:${l[4] ?? s[4] ?? '00'}Z`) - instant) / 60_000);
    if (minutes === 0 || Math.abs(minutes) > 14 * 60 || minutes % 15 !== 0) continue;
    const sign = minutes < 0 ? '-' : '+';
    const off = `${sign}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
    return `${l[1]}T${l[2]}:${l[3]}${s[4] !== undefined ? `:${l[4] ?? s[4]}` : ''}${off}`;
  }
  return null;
}

export function pickPublished(page: PageData): string | null {
  const { meta } = page;
  const tags = meta.tags ?? {};
  const monthFirst = monthFirstFor(meta.lang);
  const found: Found[] = [];
  const add = (value: string | null | undefined, source: string, updated = false) => {
    const iso = normaliseDate(value);
    if (plausible(iso)) found.push({ iso, updated, source });
  };
  add(meta.jsonLd?.datePublished, 'ld');
  for (const k of dateKeys.keys) add(tags[k], 'meta');
  const elements = (meta.dates ?? []).flatMap((c) => fromCandidate(c, monthFirst).map((f) => ({ ...f, name: c.name })));
  // Microdata, then <time> elements named as the publication, then the first <time>, then the others.
  found.push(...elements.filter((e) => e.source === 'itemprop'));
  found.push(...elements.filter((e) => e.source === 'time' && PUBLISHED.test(e.name)));
  add(meta.time, 'time');
  found.push(...elements.filter((e) => e.source === 'time'));
  const printed = elements.filter((e) => e.source === 'text');
  found.push(...printed);
  const url = dateInUrl(page.url || tags['og:url']);
  if (url) found.push({ iso: url, updated: false, source: 'url' });
  found.push(...elements.filter((e) => e.source === 'near'));
  // A publication date labelled in a part named like a footer or teaser: only where nothing above dates the page.
  found.push(...elements.filter((e) => e.source === 'labelled'));
  // Only updates: a published date of any kind beats them.
  for (const k of dateKeys.modified) add(tags[k], 'meta', true);
  const best = found.find((f) => !f.updated) ?? found[0] ?? null;
  if (!best) return normaliseDate(page.readability?.publishedTime);
  if (!STAMP.test(best.iso)) {
    // A day with no time: where the page also gives a stamp with its zone written on that same day
    // ("2022-07-19T00:00:00+02:00" beside the printed 19.07.2022), the stamp says the same day more exactly.
    const stamped = found.find((f) => !f.updated && STAMP.test(f.iso) && dayOf(f.iso) === dayOf(best.iso) && !/Z$/.test(f.iso));
    return stamped?.iso ?? best.iso;
  }
  // A stamp with a zone: the same instant in local time gives the offset; else the local day from the
  // address or the printed dateline, when it is the day before or after the stamp's.
  const locals = [...Object.values(tags).map((v) => normaliseDate(v)), normaliseDate(meta.time), ...found.map((f) => f.iso)].filter((x): x is string => !!x && LOCAL.test(x));
  const local = inLocalTime(best.iso, locals);
  if (local) return local;
  // The same instant written with the page's own offset ("2016-09-19T07:46:01-04:00" beside "…T11:46:01Z").
  const instant = Date.parse(best.iso);
  const zoned = found.find((f) => f.iso !== best.iso && STAMP.test(f.iso) && Date.parse(f.iso) === instant && !/Z$|[+-]00:00$/.test(f.iso));
  if (zoned) return zoned.iso;
  // Else the day before or after from the address or the dateline, only where the stamp is near enough to
  // midnight UTC for a local day to differ (the Americas in the evening, Asia in the morning).
  const day = dayOf(best.iso);
  const hour = Number(best.iso.slice(11, 13));
  const near = [...(hour < 10 ? [shiftDay(day, -1)] : []), ...(hour >= 14 ? [shiftDay(day, 1)] : [])];
  if (url && near.includes(url)) return url;
  const shown = printed.filter((p) => !p.updated).map((p) => dayOf(p.iso));
  if (shown.length && near.includes(shown[0]) && !shown.includes(day)) return shown[0];
  return best.iso;
}
