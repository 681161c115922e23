// Titles carry the site's name ("Headline | Site", "Headline - News - SRF", "Site: Headline"); the
// headline field must not. Only a segment that names the site (or a generic section word next to it)
// goes, and only at either end: a dash inside a headline ("Zwei Rücktritte - und viele offene Fragen")
// is the headline's own.

import titleWords from '../data/metadata-title-words.json';

const GENERIC = new Set(titleWords.generic);
const SEPARATOR = /\s+[|–—-]\s+|\s+::\s+|\s+[|»·]\s*/;
/** Letters and digits only, case and accents folded, German umlauts both ways (ö ~ oe): "Börsen-Zeitung" ~ boersen-zeitung.de. */
const fold = (s: string) => s.toLowerCase().replace(/\u00ad/g, '').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
  .normalize('NFD').replace(/\p{M}/gu, '').replace(/^www\./, '').replace(/[^\p{L}\p{N}]+/gu, '');

/** The names a site goes by: its stated name, its host's main label ("www.boersen-zeitung.de" -> "boersen-zeitung")
 * and the host itself, as titles print it ("… | MDR.DE", "… - Golem.de"). */
export function siteNames(site: string | null, url: string | null | undefined): string[] {
  const names = site ? [site] : [];
  try {
    const host = url ? new URL(url).hostname.replace(/^(www|m|amp|edition|mobile)\./, '') : '';
    const label = host.split('.').slice(0, -1).join('.');
    if (label && host !== 'localhost') names.push(label, host);
  } catch { /* not a URL: no host name to use */ }
  return names;
}

/** True when a name is the site's own, letter for letter ("taz" for taz.de, "NacióDigital" for naciodigital.cat),
 * or so before a comma ("taz, die tageszeitung"): a byline crediting the publication, not a person. */
export function isSiteName(name: string, sites: string[]): boolean {
  const forms = [fold(name), fold(name.split(',')[0])].filter(Boolean);
  return sites.some((site) => forms.includes(fold(site)));
}

/** True when a title segment is the site's name: equal, or one contains the other, or the name with a section
 * word ("CBC News", "CNN Politics" for a site called "CBC", "CNN"). */
export function namesSite(segment: string, sites: string[]): boolean {
  const a = fold(segment);
  if (!a) return false;
  const words = segment.trim().split(/\s+/);
  if (words.length >= 2) {
    const rest = GENERIC.has(words.slice(1).join(' ').toLowerCase()) ? words[0] : GENERIC.has(words[0].toLowerCase()) ? words.slice(1).join(' ') : null;
    if (rest && sites.some((site) => fold(site) === fold(rest))) return true;
  }
  return sites.some((site) => {
    const b = fold(site);
    return !!b && (a === b || (a.length >= 3 && b.includes(a)) || (b.length >= 4 && a.includes(b) && a.length <= b.length + 24));
  });
}

/** "Headline | Site" -> "Headline". `generic`: section words sites add ("News", "Nachrichten"), from data/metadata-title-words.json. */
/** A colon, an underscore or a full-width bar glued to the site's name at either end ("…「Treeviz」:phpspot開発日誌",
 * "…：朝日新聞デジタル", "…_智能_好奇心日报"); inside a headline these are its own punctuation, so only a segment
 * that names the site goes. */
const TIGHT_END = /^(.*\S)\s*[:：_｜]\s*([^:：_｜]+)$/u;
const TIGHT_START = /^([^:：_｜]+)\s*[:：_｜]\s*(\S.*)$/u;
/** "(Published 2016)": the year a newspaper's social title adds to an old article. */
const PUBLISHED_YEAR = /\s*\((?:published|veröffentlicht|publié|publicado|pubblicato) (?:19|20)\d{2}\)$/i;

export function stripSiteName(title: string, sites: string[], generic: Set<string> = GENERIC): string {
  const loose = stripSeparated(title.replace(PUBLISHED_YEAR, ''), sites, generic);
  const end = loose.match(TIGHT_END);
  if (end && namesSite(end[2], sites)) return end[1].trim();
  const start = loose.match(TIGHT_START);
  if (start && namesSite(start[1], sites) && start[2].split(' ').length >= 3) return start[2].trim();
  return loose;
}

function stripSeparated(title: string, sites: string[], generic: Set<string>): string {
  const parts = title.split(SEPARATOR).filter((p) => p.trim());
  if (parts.length < 2) return title.trim();
  const isSite = (p: string) => namesSite(p, sites);
  // Without the site's name, only a section word set off by a bar at the end goes ("… | Sport" in a JSON-LD
  // headline): a bar is never a headline's own punctuation, a dash can be.
  if (!parts.some(isSite)) {
    const m = title.match(/^(.+?)\s+\|\s+([^|]+)$/);
    return m && generic.has(m[2].trim().toLowerCase()) ? m[1].trim() : title.trim();
  }
  let start = 0, end = parts.length;
  const drop = (p: string) => isSite(p) || generic.has(p.trim().toLowerCase());
  while (start < end && drop(parts[start])) start++;
  while (end > start && drop(parts[end - 1])) end--;
  if (start >= end) return title.trim();
  // Rebuild from the original string so the headline keeps its own punctuation.
  const kept = parts.slice(start, end);
  const from = title.indexOf(kept[0]);
  const last = kept[kept.length - 1];
  return title.slice(from, title.lastIndexOf(last) + last.length).trim();
}
