// Publication dates as the seed and corpus pages write them (JSON-LD, article:published_time, <time>).
import { describe, expect, it } from 'vitest';
import { isoDay, readableDay } from '../../src/format/format-date';

describe('isoDay', () => {
  it.each([
    ['2022-01-12T18:05:00+01:00', '2022-01-12', 'Handelsblatt seed, article:published_time'],
    ['2022-01-12T23:30:00-08:00', '2022-01-12', 'the day as written, not moved by the time zone'],
    ['2024-03-05', '2024-03-05', 'a bare date'],
    ['12.01.2022', null, 'a German date string is not ISO'],
    [null, null, 'missing'],
  ] as [string | null, string | null, string][])('%s -> %s (%s)', (input, output) => expect(isoDay(input)).toBe(output));
});

describe('readableDay', () => {
  it('formats in the given locale', () => {
    expect(readableDay('2022-01-12T18:05:00+01:00', 'en-GB')).toBe('12 Jan 2022');
    expect(readableDay('2022-01-12T18:05:00+01:00', 'de-DE')).toBe('12. Jan. 2022');
  });
  it('is null without a day', () => expect(readableDay('gestern', 'en-GB')).toBeNull());
});
