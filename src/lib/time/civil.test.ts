import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, formatYear, isValidDate, wallClockAt, wallClockNs } from './civil';
import { epochNs } from './units';

describe('day numbers', () => {
  it('count from 1970-01-01', () => {
    expect(daysFromCivil({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(daysFromCivil({ year: 1969, month: 12, day: 31 })).toBe(-1);
    expect(daysFromCivil({ year: 2000, month: 3, day: 1 })).toBe(11_017);
    expect(civilFromDays(-719_528)).toEqual({ year: 0, month: 1, day: 1 });
  });

  it('agree with Date.UTC across the whole Date range', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (days) => {
        const date = new Date(days * 86_400_000);
        expect(civilFromDays(days)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
        expect(daysFromCivil(civilFromDays(days))).toBe(days);
      }),
    );
  });

  it('know 29 February', () => {
    expect(isValidDate({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isValidDate({ year: 2023, month: 2, day: 29 })).toBe(false);
    expect(isValidDate({ year: 2000, month: 2, day: 29 })).toBe(true);
    expect(isValidDate({ year: 1900, month: 2, day: 29 })).toBe(false);
    expect(isValidDate({ year: -4, month: 2, day: 29 })).toBe(true);
    expect(isValidDate({ year: 2024, month: 13, day: 1 })).toBe(false);
  });
});

describe('wall clocks', () => {
  it('read an instant at an offset, before 1970 too', () => {
    expect(wallClockAt(epochNs(-1n), 0)).toEqual({ year: 1969, month: 12, day: 31, hour: 23, minute: 59, second: 59, nanosecond: 999_999_999 });
    expect(wallClockAt(epochNs(0n), 19_800)).toMatchObject({ year: 1970, hour: 5, minute: 30 });
  });

  it('round-trip through wallClockNs', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(8n * 10n ** 24n), max: 8n * 10n ** 24n }), fc.integer({ min: -86_399, max: 86_399 }), (ns, offset) => {
        const wall = wallClockAt(epochNs(ns), offset);
        expect(wallClockNs(wall) - BigInt(offset) * 1_000_000_000n).toBe(ns);
      }),
    );
  });

  it('write years the ISO 8601 way', () => {
    expect(formatYear(2024)).toBe('2024');
    expect(formatYear(0)).toBe('0000');
    expect(formatYear(10_000)).toBe('+010000');
    expect(formatYear(-1)).toBe('-000001');
  });
});
