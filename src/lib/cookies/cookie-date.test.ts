import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dateTokens, parseCookieDate } from './cookie-date';

function iso(text: string): string | null {
  return parseCookieDate(text)?.toISOString() ?? null;
}

describe('parseCookieDate (6265bis §5.1.1)', () => {
  it.each([
    // IMF-fixdate, as servers should send it.
    ['Wed, 09 Jun 2021 10:18:14 GMT', '2021-06-09T10:18:14.000Z'],
    ['Sun, 06 Nov 1994 08:49:37 GMT', '1994-11-06T08:49:37.000Z'],
    // RFC 850 with a two-digit year, and the dashes many servers still send.
    ['Sunday, 06-Nov-94 08:49:37 GMT', '1994-11-06T08:49:37.000Z'],
    ['Wed, 09-Jun-2021 10:18:14 GMT', '2021-06-09T10:18:14.000Z'],
    // asctime: the month before the day, the year last.
    ['Sun Nov  6 08:49:37 1994', '1994-11-06T08:49:37.000Z'],
    // Lenient: any order, one-digit fields, full month names, no zone, lower case.
    ['1994 6 november 8:49:37', '1994-11-06T08:49:37.000Z'],
    ['09 jun 2021 10:18:14', '2021-06-09T10:18:14.000Z'],
    ['Thu, 01 Jan 1970 00:00:00 GMT', '1970-01-01T00:00:00.000Z'],
    // Two-digit years: 70-99 in the 1900s, 0-69 in the 2000s.
    ['01 Jan 70 00:00:00', '1970-01-01T00:00:00.000Z'],
    ['01 Jan 69 00:00:00', '2069-01-01T00:00:00.000Z'],
    ['01 Jan 00 00:00:00', '2000-01-01T00:00:00.000Z'],
    // A zone other than GMT is not read: cookie dates are always UTC.
    ['Wed, 09 Jun 2021 10:18:14 +0200', '2021-06-09T10:18:14.000Z'],
    ['29 Feb 2024 12:00:00', '2024-02-29T12:00:00.000Z'],
  ])('%s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    ['no time', 'Wed, 09 Jun 2021'],
    ['no year', 'Wed, 09 Jun 10:18:14 GMT'],
    ['no month', '09 2021 10:18:14'],
    ['hour 24', 'Wed, 09 Jun 2021 24:00:00 GMT'],
    ['minute 60', 'Wed, 09 Jun 2021 10:60:00 GMT'],
    ['second 60 (no leap seconds)', 'Wed, 09 Jun 2021 10:18:60 GMT'],
    ['day 32', '32 Jun 2021 10:18:14'],
    ['day 0', '0 Jun 2021 10:18:14'],
    ['year before 1601', '01 Jan 1600 00:00:00'],
    ['30 February', '30 Feb 2021 00:00:00'],
    ['29 February of a common year', '29 Feb 2023 00:00:00'],
    ['a relative date', 'tomorrow'],
    ['epoch seconds', '1623233894'],
    ['empty', ''],
  ])('fails: %s', (_why, text) => {
    expect(parseCookieDate(text)).toBeNull();
  });

  it('splits on the delimiters of §5.1.1 only; ":" joins a time into one token', () => {
    expect(dateTokens('Wed, 09-Jun-2021 10:18:14 GMT')).toEqual(['Wed', '09', 'Jun', '2021', '10:18:14', 'GMT']);
  });

  it('never throws, and whatever it returns is a valid date from 1601 on', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const date = parseCookieDate(text);
        if (date !== null) {
          expect(Number.isNaN(date.getTime())).toBe(false);
          expect(date.getUTCFullYear()).toBeGreaterThanOrEqual(1601);
        }
      }),
    );
  });

  it('reads back every date it is given in IMF-fixdate form', () => {
    const min = Date.UTC(1601, 0, 1);
    const max = Date.UTC(9999, 11, 31, 23, 59, 59);
    fc.assert(
      fc.property(fc.integer({ min: min / 1000, max: max / 1000 }), (seconds) => {
        const date = new Date(seconds * 1000);
        expect(parseCookieDate(date.toUTCString())?.getTime()).toBe(date.getTime());
      }),
    );
  });
});
