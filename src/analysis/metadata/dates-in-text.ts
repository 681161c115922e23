// Calendar dates as pages print them in their text: "19. Juli 2014", "September 21, 2020", "30 septembre
// 2018", "15.2.2018, 19:51", "08/08/2017", "2020年2月19日". Many pages give their date nowhere else (no meta
// tag, no JSON-LD): a dateline under the headline, a blog's "Posted on …", a <time> without datetime.
import monthData from '../data/metadata-months.json';

export interface TextDate {
  /** YYYY-MM-DD, or YYYY-MM-DDTHH:MM when a clock time follows the date (local time: no offset is known). */
  iso: string;
  /** Where in the text the date starts. */
  index: number;
}

const MONTH = new Map<string, number>();
monthData.months.forEach((names, i) => names.forEach((n) => MONTH.set(n, i + 1)));
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest names first, so "juni" is not read as "jun" + "i". */
const NAMES = [...MONTH.keys()].sort((a, b) => b.length - a.length).map(esc).join('|');

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const TIME = String.raw`(?:,?\s*(?:um|at|à|a las|alle|om|-|–|\|)?\s*(\d{1,2})[:.h](\d{2})(?![\d.,]\d)\s*([ap]\.?m\.?)?)?`;
const PATTERNS: { re: RegExp; order: 'ymd' | 'dmy' | 'mdy' | 'num' | 'dnamey' | 'namedy' }[] = [
  { re: new RegExp(`${B}((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2}))?${E}`, 'gu'), order: 'ymd' },
  { re: new RegExp(`${B}((?:19|20)\\d{2})[/.](\\d{1,2})[/.](\\d{1,2})${E}${TIME}`, 'gu'), order: 'ymd' },
  { re: new RegExp(`${B}((?:19|20)\\d{2})\\s?年\\s?(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日${TIME}`, 'gu'), order: 'ymd' },
  { re: new RegExp(`${B}(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)?\\d{2})${E}${TIME}`, 'gu'), order: 'dmy' },
  { re: new RegExp(`${B}(\\d{1,2})[/-](\\d{1,2})[/-]((?:19|20)\\d{2}|\\d{2})${E}${TIME}`, 'gu'), order: 'num' },
  { re: new RegExp(`${B}(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?\\s*(?:de\\s+)?(${NAMES})\\.?,?\\s*(?:de\\s+)?((?:19|20)\\d{2})${E}${TIME}`, 'giu'), order: 'dnamey' },
  { re: new RegExp(`${B}(${NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})${E}${TIME}`, 'giu'), order: 'namedy' },
];

const pad = (n: number) => String(n).padStart(2, '0');
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar day between 1990 and next year (later ones are event dates, not publication dates). */
function day(y: number, m: number, d: number): string | null {
  const next = new Date().getUTCFullYear() + 1;
  if (y < 1990 || y > next || m < 1 || m > 12 || d < 1 || d > DAYS[m - 1]) return null;
  if (m === 2 && d === 29 && (y % 4 !== 0 || (y % 100 === 0 && y % 400 !== 0))) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function withTime(iso: string, h?: string, min?: string, ampm?: string): string {
  if (h === undefined || min === undefined) return iso;
  let hour = Number(h);
  if (ampm) { const pm = /^p/i.test(ampm); if (hour === 12) hour = pm ? 12 : 0; else if (pm) hour += 12; }
  return hour < 24 && Number(min) < 60 ? `${iso}T${pad(hour)}:${min}` : iso;
}

/**
 * Every date in a short text, in order. `monthFirst`: read "08/07/2017" as August 7 (US English pages);
 * otherwise day first, as the rest of the world writes it. A number above 12 settles it either way.
 */
export function datesInText(text: string, monthFirst = false): TextDate[] {
  const found: TextDate[] = [];
  const taken: [number, number][] = [];
  for (const { re, order } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      if (taken.some(([a, b]) => at < b && at + m[0].length > a)) continue;
      let iso: string | null = null;
      if (order === 'ymd') iso = day(+m[1], +m[2], +m[3]);
      else if (order === 'dmy') iso = day(year(m[3]), +m[2], +m[1]);
      else if (order === 'num') {
        const a = +m[1], b = +m[2];
        const mdy = a <= 12 && (b > 12 || (monthFirst && a <= 12));
        iso = mdy ? day(year(m[3]), a, b) : day(year(m[3]), b, a);
      } else if (order === 'dnamey') iso = day(+m[3], MONTH.get(m[2].toLowerCase())!, +m[1]);
      else iso = day(+m[3], MONTH.get(m[1].toLowerCase())!, +m[2]);
      if (!iso) continue;
      // Three date groups, then the clock time's hour, minutes and am/pm where the pattern reads one.
      iso = withTime(iso, m[4], m[5], m[6]);
      taken.push([at, at + m[0].length]);
      found.push({ iso, index: at });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The day an ISO date starts with ("2024-03-05", "2024-03-05T10:00+01:00"), when it is a real calendar day
 * in a year a publication can have: what datesInText finds in those ten characters, without running its
 * patterns. They are costly on a short string in Firefox (measured: 0.25 ms a call, the month names'
 * case-insensitive alternation run by the regexp interpreter), and a page's metadata asks this of every
 * date it has.
 */
export function isoDay(iso: string): string | null {
  const m = /^((?:19|20)\d{2})-(\d{2})-(\d{2})/.exec(iso);
  return m ? day(+m[1], +m[2], +m[3]) : null;
}

/** "17" -> 2017, "98" -> 1998. */
function year(s: string): number {
  if (s.length === 4) return +s;
  const y = +s;
  return y + (y <= (new Date().getUTCFullYear() % 100) + 1 ? 2000 : 1900);
}
