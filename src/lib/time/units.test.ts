import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_LIMIT_NS, epochNs, epochValues, floorDiv, formatInUnit, fromDate, isWithinDateRange, toDate } from './units';

describe('formatInUnit', () => {
  it('writes exact decimals without trailing zeros', () => {
    expect(epochValues(epochNs(1_405_507_023_107_000_000n))).toEqual({
      seconds: '1405507023.107',
      milliseconds: '1405507023107',
      microseconds: '1405507023107000',
      nanoseconds: '1405507023107000000',
    });
  });

  it('keeps the sign of instants before 1970, even below one unit', () => {
    expect(formatInUnit(epochNs(-1n), 'seconds')).toBe('-0.000000001');
    expect(formatInUnit(epochNs(-1_500_000_000n), 'seconds')).toBe('-1.5');
    expect(formatInUnit(epochNs(-1n), 'milliseconds')).toBe('-0.000001');
    expect(formatInUnit(epochNs(0n), 'seconds')).toBe('0');
  });

  it('keeps every digit of a 19-digit nanosecond count', () => {
    expect(formatInUnit(epochNs(1_700_000_000_123_456_789n), 'nanoseconds')).toBe('1700000000123456789');
    expect(formatInUnit(epochNs(1_700_000_000_123_456_789n), 'seconds')).toBe('1700000000.123456789');
  });
});

describe('floorDiv', () => {
  it('rounds toward minus infinity', () => {
    expect(floorDiv(-1n, 1000n)).toBe(-1n);
    expect(floorDiv(-1000n, 1000n)).toBe(-1n);
    expect(floorDiv(1999n, 1000n)).toBe(1n);
    expect(floorDiv(-1999n, 1000n)).toBe(-2n);
  });

  it('agrees with Math.floor on safe integers', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1e9 }), (a, b) => {
        expect(floorDiv(BigInt(a), BigInt(b))).toBe(BigInt(Math.floor(a / b)));
      }),
    );
  });
});

describe('Date range', () => {
  it('is ±8.64e15 ms, inclusive', () => {
    expect(isWithinDateRange(epochNs(DATE_LIMIT_NS))).toBe(true);
    expect(isWithinDateRange(epochNs(DATE_LIMIT_NS + 1n))).toBe(false);
    expect(isWithinDateRange(epochNs(-DATE_LIMIT_NS))).toBe(true);
    expect(isWithinDateRange(epochNs(-DATE_LIMIT_NS - 1n))).toBe(false);
    expect(toDate(epochNs(DATE_LIMIT_NS + 1n))).toBeNull();
    expect(toDate(epochNs(DATE_LIMIT_NS))?.toISOString()).toBe('+275760-09-13T00:00:00.000Z');
  });

  it('rounds down to the millisecond, also before 1970', () => {
    expect(toDate(epochNs(-1n))?.getTime()).toBe(-1);
    expect(toDate(epochNs(1_999_999n))?.getTime()).toBe(1);
  });

  it('round-trips through Date for whole milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
        expect(toDate(fromDate(new Date(ms)))?.getTime()).toBe(ms);
      }),
    );
  });

  it('refuses an invalid Date', () => {
    expect(() => fromDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
