import { tz } from '@date-fns/tz';
import { getDayOfYear, getISODay, getISOWeek, getISOWeekYear } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfYear, isoWeekDate, weekdayName } from './calendar';
import { civilFromDays } from './civil';

describe('ISO week dates', () => {
  it.each([
    ['2021-01-01', 2020, 53, 5],
    ['2024-12-30', 2025, 1, 1],
    ['2026-01-01', 2026, 1, 4],
    ['2027-01-03', 2026, 53, 7],
    ['2024-03-10', 2024, 10, 7],
  ])('%s is week %i-W%i-%i', (text, weekYear, week, weekday) => {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    expect(isoWeekDate({ year, month, day })).toEqual({ weekYear, week, weekday });
  });

  it('work for year 10000 and for negative years', () => {
    // 10000-01-01 is a Saturday: the week belongs to 9999.
    expect(isoWeekDate({ year: 10_000, month: 1, day: 1 })).toEqual({ weekYear: 9999, week: 52, weekday: 6 });
    expect(weekdayName({ year: -1, month: 1, day: 1 })).toBe('Friday');
    expect(dayOfYear({ year: -4, month: 12, day: 31 })).toBe(366);
  });

  it('hold at the first day a Date can hold, where date-fns gives NaN', () => {
    // -271821-04-20: date-fns steps to the week's Monday, outside the Date range.
    expect(isoWeekDate(civilFromDays(-100_000_000))).toEqual({ weekYear: -271821, week: 16, weekday: 2 });
    expect(getISOWeek(new Date(-8.64e15), { in: tz('UTC') })).toBeNaN();
  });

  it('agree with date-fns (in UTC) away from the ends of the Date range', () => {
    const utc = tz('UTC');
    fc.assert(
      fc.property(fc.integer({ min: -99_990_000, max: 99_990_000 }), (days) => {
        const date = civilFromDays(days);
        const instant = new Date(days * 86_400_000);
        expect(isoWeekDate(date)).toEqual({
          weekYear: getISOWeekYear(instant, { in: utc }),
          week: getISOWeek(instant, { in: utc }),
          weekday: getISODay(instant, { in: utc }),
        });
        expect(dayOfYear(date)).toBe(getDayOfYear(instant, { in: utc }));
      }),
    );
  });
});
