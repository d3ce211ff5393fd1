import { describe, expect, it } from 'vitest';
import { describeInstant, zonedView } from './describe-instant';
import { DATE_LIMIT_NS, epochNs } from './units';

const now = new Date('2023-11-15T00:00:00Z');
const S = 1_000_000_000n;

function view(ns: bigint, zone = 'UTC') {
  const result = describeInstant(epochNs(ns), { now, zone });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('describeInstant', () => {
  it('gives every output for an instant', () => {
    const value = view(1_700_000_000n * S, 'Asia/Kolkata');
    expect(value).toMatchObject({
      values: { seconds: '1700000000', milliseconds: '1700000000000', microseconds: '1700000000000000', nanoseconds: '1700000000000000000' },
      rfc3339Utc: '2023-11-14T22:13:20Z',
      httpDate: 'Tue, 14 Nov 2023 22:13:20 GMT',
      flags: { afterInt32: false, beforeInt32: false, outsideDateRange: false },
      relative: '1 hour ago',
      relativeExact: '1 h 46 min 40 s ago',
    });
    expect(value.zoned).toMatchObject({
      zone: 'Asia/Kolkata',
      text: '2023-11-15 03:43:20 +05:30',
      rfc3339: '2023-11-15T03:43:20+05:30',
      abbreviation: 'IST',
      weekday: 'Wednesday',
      isoWeek: { weekYear: 2023, week: 46, weekday: 3 },
      dayOfYear: 319,
      rfc2822: 'Wed, 15 Nov 2023 03:43:20 +0530',
      isDst: false,
    });
  });

  it('keeps the fraction apart from the ts-in-zone text', () => {
    const zoned = view(1_405_507_023_107_000_000n, 'Europe/Berlin').zoned;
    expect(zoned).toMatchObject({ text: '2014-07-16 12:37:03 +02:00', fraction: '107', abbreviation: 'CEST', isDst: true });
  });

  it('flags 2038 and still gives calendar fields', () => {
    const value = view(2_147_483_648n * S);
    expect(value.flags.afterInt32).toBe(true);
    expect(value.zoned?.text).toBe('2038-01-19 03:14:08 +00:00');
  });

  it('beyond the Date range keeps exact epoch values but no calendar', () => {
    const value = view(DATE_LIMIT_NS + 1n);
    expect(value).toMatchObject({
      values: { nanoseconds: '8640000000000000000001', seconds: '8640000000000.000000001' },
      rfc3339Utc: null,
      httpDate: null,
      zoned: null,
      flags: { outsideDateRange: true },
      relative: 'in 273,736 years',
    });
  });

  it('gives year 10000 and negative years', () => {
    expect(view(253_402_300_800n * S).zoned).toMatchObject({ date: '+010000-01-01', weekday: 'Saturday', isoWeek: { weekYear: 9999, week: 52 } });
    expect(view(-62_198_755_200n * S).zoned).toMatchObject({ date: '-000001-01-01', rfc2822: null });
  });

  it('refuses an unknown zone, even beyond the Date range', () => {
    expect(describeInstant(epochNs(0n), { now, zone: 'Nowhere/Special' })).toMatchObject({ ok: false, error: { code: 'unknown-zone' } });
    expect(describeInstant(epochNs(DATE_LIMIT_NS * 2n), { now, zone: 'Nowhere/Special' })).toMatchObject({ ok: false, error: { code: 'unknown-zone' } });
  });
});

describe('zonedView', () => {
  it('gives nothing beyond the Date range', () => {
    expect(zonedView(epochNs(-DATE_LIMIT_NS - 1n), 'UTC')).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
  });
});
