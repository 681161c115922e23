// Dates as the reader reads them. Only the calendar day of an ISO timestamp is shown, taken as written
// (2022-01-12T23:30+01:00 is the 12th where it was published), so no time zone can move it a day.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The ISO day ("2022-01-12") of a date string, or null. */
export function isoDay(value: string | null | undefined): string | null {
  const m = value?.match(ISO_DAY);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** "12 Jan 2022" (in the given locale) for an ISO date, or null when it has no readable day. */
export function readableDay(value: string | null | undefined, locale?: string): string | null {
  const day = isoDay(value);
  if (!day) return null;
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}
