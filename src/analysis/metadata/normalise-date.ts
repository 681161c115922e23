// The published date as ISO 8601, whatever form the page gave it in: the popup and the copied text read
// the calendar day from an ISO prefix, so "Fri Apr 28 19:20:36 CEST 2023" (a Java Date printed into a meta
// tag) would otherwise show no date at all. The offset the page wrote is kept, never converted to UTC: a
// conversion could move the day.
import zones from '../data/metadata-time-zones.json';

const OFFSETS: Record<string, string> = zones.offsets;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: string | number) => String(n).padStart(2, '0');
const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** "+0200" / "+02:00" / "CEST" -> "+02:00"; null when unknown. */
function offset(zone: string | undefined): string | null {
  if (!zone) return '';
  const m = zone.match(/^([+-])(\d{2}):?(\d{2})$/);
  if (m) return `${m[1]}${m[2]}:${m[3]}`;
  return OFFSETS[zone.toUpperCase()] ?? null;
}

function build(y: string, mo: number, d: string, time: string | undefined, zone: string | undefined): string | null {
  const off = offset(zone);
  if (mo < 1 || off === null) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  return time ? `${day}T${time.length === 5 ? time : time.slice(0, 8)}${off}` : day;
}

/** ISO 8601 for the date forms pages use, or null when the string is no date we can read. */
export function normaliseDate(value: string | null | undefined): string | null {
  const s = value?.trim();
  if (!s) return null;
  // ISO already, or ISO with a space for the "T" ("2026-05-13 15:44", JSON-LD written by hand).
  let m = s.match(/^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/);
  if (m) return m[2] ? `${m[1]}T${m[2]}${m[3] ? (m[3] === 'Z' ? 'Z' : offset(m[3])) : ''}` : m[1];
  // Java / Unix: "Fri Apr 28 19:20:36 CEST 2023".
  m = s.match(/^[a-z]{3}\s+([a-z]{3})\s+(\d{1,2})\s+(\d{2}:\d{2}:\d{2})\s+([a-z]{1,5}|[+-]\d{4})\s+(\d{4})$/i);
  if (m) return build(m[5], month(m[1]), m[2], m[3], m[4]);
  // RFC 2822: "Fri, 28 Apr 2023 19:20:36 +0200", "28 Apr 2023 19:20 GMT".
  m = s.match(/^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})(?:\s+(\d{2}:\d{2}(?::\d{2})?)\s*([a-z]{1,5}|[+-]\d{4})?)?$/i);
  if (m) return build(m[3], month(m[2]), m[1], m[4], m[5]);
  // Day first with dots or slashes, as German and French meta dates are written: "28.04.2023".
  m = s.match(/^(\d{1,2})[./](\d{1,2})[./](\d{4})$/);
  if (m && Number(m[1]) <= 31 && Number(m[2]) <= 12) return build(m[3], Number(m[2]), m[1], undefined, undefined);
  // Other ISO-like forms: "2020-09-26T12:07:40+02:00CET", "2020-09-25T16:02:50CDT", "2020-12-05T23:15:0Z",
  // "2022-01-27T12:45:36.270+01", "…[Europe/Paris]": the day, time and zone as far as they can be read.
  m = s.match(/^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{1,2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Z]{2,5})?/i);
  if (!m) return null;
  if (m[2] === undefined) return m[1];
  const zone = m[5] === undefined ? '' : /^z$/i.test(m[5]) ? 'Z' : /^[+-]\d{2}$/.test(m[5]) ? `${m[5]}:00` : offset(m[5].toUpperCase()) ?? '';
  return `${m[1]}T${pad(m[2])}:${m[3]}${m[4] !== undefined ? `:${pad(m[4])}` : ''}${zone}`;
}
