import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTimestamp, UNRECOGNISED_MESSAGE, type ParseOptions } from './parse-timestamp';
import { formatRfc3339Utc, formatRfc3339WithOffset } from './rfc3339';
import { formatHttpDate, formatRfc2822 } from './protocol-formats';
import { DATE_LIMIT_NS, epochNs } from './units';

const options: ParseOptions = { now: new Date('2024-06-01T12:00:00Z'), zone: 'America/New_York' };
const S = 1_000_000_000n;

function read(text: string, extra: Partial<ParseOptions> = {}) {
  const result = parseTimestamp(text, { ...options, ...extra });
  if (!result.ok) throw new Error(`${text}: ${result.error.message}`);
  return result.value;
}

const utcOf = (text: string, extra: Partial<ParseOptions> = {}) => formatRfc3339Utc(read(text, extra).instant);

describe('parseTimestamp', () => {
  it('reads epoch numbers with the unit it guessed or was given', () => {
    expect(read('1700000000')).toMatchObject({ kind: 'epoch', label: 'seconds', unitDetected: true, instant: 1_700_000_000n * S });
    expect(read('1700000000000')).toMatchObject({ label: 'milliseconds' });
    expect(read('1700000000', { unit: 'milliseconds' })).toMatchObject({ label: 'milliseconds', unitDetected: false });
    expect(read('"1405507023.107"').instant).toBe(1_405_507_023_107_000_000n);
  });

  it('reads now in any case', () => {
    expect(read(' NOW ')).toMatchObject({ kind: 'now', label: 'now', instant: 1_717_243_200n * S });
  });

  it('names the date format it recognised', () => {
    expect(read('2024-03-10T02:30:00Z').label).toBe('RFC 3339');
    expect(read('2024-03-10T02:30:00+0100').label).toBe('ISO 8601');
    expect(read('Tue, 1 Jul 2003 10:52:37 +0200').label).toBe('RFC 2822');
    expect(read('Sun, 06 Nov 1994 08:49:37 GMT').label).toBe('HTTP-date');
    expect(read('Sunday, 06-Nov-94 08:49:37 GMT').label).toBe('HTTP-date (RFC 850)');
    expect(read('Sun Nov  6 08:49:37 1994').label).toBe('HTTP-date (asctime)');
  });

  it('applies the offset written in the text', () => {
    expect(utcOf('2024-03-10T02:30:00+05:30')).toBe('2024-03-09T21:00:00Z');
    expect(utcOf('Tue, 1 Jul 2003 10:52:37 +0200')).toBe('2003-07-01T08:52:37Z');
    expect(utcOf('Tue, 1 Jul 2003 10:52:37 PDT')).toBe('2003-07-01T17:52:37Z');
  });

  it('reads a time without an offset in the given zone and says so', () => {
    const value = read('2024-07-01 12:00');
    expect(value).toMatchObject({ kind: 'date', assumedZone: 'America/New_York', wallClock: { kind: 'unique' } });
    expect(formatRfc3339Utc(value.instant)).toBe('2024-07-01T16:00:00Z');
    expect(value.notices.map((n) => n.code)).toEqual(['assumed-zone']);
    expect(utcOf('2024-07-01', { zone: 'Asia/Tokyo' })).toBe('2024-06-30T15:00:00Z');
  });

  it('gives both readings of a skipped time and takes the one after the gap', () => {
    const value = read('2024-03-10T02:30:00');
    expect(value).toMatchObject({ wallClock: { kind: 'gap' } });
    expect(formatRfc3339Utc(value.instant)).toBe('2024-03-10T07:30:00Z');
    const notice = value.notices.find((n) => n.code === 'nonexistent-local-time');
    expect(notice?.message).toContain('2024-03-10T06:30:00Z');
  });

  it('gives both instants of a repeated time and takes the earlier', () => {
    const value = read('2024-11-03 01:30');
    expect(formatRfc3339Utc(value.instant)).toBe('2024-11-03T05:30:00Z');
    expect(value.notices.find((n) => n.code === 'ambiguous-local-time')?.message).toContain('2024-11-03T06:30:00Z');
  });

  it('reads a leap second as the second after it, with a notice', () => {
    const value = read('2016-12-31T23:59:60Z');
    expect(formatRfc3339Utc(value.instant)).toBe('2017-01-01T00:00:00Z');
    expect(value.notices.map((n) => n.code)).toEqual(['leap-second']);
    expect(utcOf('2016-12-31T18:59:60', { zone: 'America/New_York' })).toBe('2017-01-01T00:00:00Z');
  });

  it('reads dates beyond the Date range when they carry an offset', () => {
    expect(read('+300000-01-01T00:00:00Z').instant > DATE_LIMIT_NS).toBe(true);
    expect(parseTimestamp('+300000-01-01T00:00:00', options)).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
  });

  it('explains what it expected', () => {
    const result = parseTimestamp('yesterday-ish', options);
    expect(result).toEqual({ ok: false, error: { code: 'unrecognised', message: UNRECOGNISED_MESSAGE } });
    expect(UNRECOGNISED_MESSAGE).toContain('2024-03-10T02:30:00Z');
    expect(parseTimestamp('  ', options)).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(parseTimestamp('2023-02-29T00:00:00Z', options)).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
    expect(parseTimestamp('2024-03-10T02:30:00', { ...options, zone: 'Nowhere/Special' })).toMatchObject({ ok: false, error: { code: 'unknown-zone' } });
  });

  it('round-trips any instant in the Date range through RFC 3339', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -DATE_LIMIT_NS, max: DATE_LIMIT_NS }), (ns) => {
        const text = formatRfc3339Utc(epochNs(ns));
        expect(text && read(text).instant).toBe(ns);
      }),
    );
  });

  it('round-trips through RFC 3339 with an offset, RFC 2822 and HTTP-date', () => {
    const years1900To9999 = fc.bigInt({ min: -2_208_988_800n, max: 253_402_214_399n });
    fc.assert(
      fc.property(years1900To9999, fc.integer({ min: -14 * 60, max: 14 * 60 }), (seconds, minutes) => {
        const instant = epochNs(seconds * S);
        for (const text of [formatRfc3339WithOffset(instant, minutes * 60), formatRfc2822(instant, minutes * 60), formatHttpDate(instant)]) {
          if (text !== null) expect(read(text).instant).toBe(instant);
        }
      }),
    );
  });
});
