import { civilFromDays, daysFromCivil, type CivilDate } from './civil';

/**
 * Weekday, ISO 8601 week date and ordinal date by plain arithmetic on day numbers: exact
 * for every year, where date-fns (getISOWeek & co.) needs a Date and a zone context.
 * The tests check these against date-fns.
 */

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

/** ISO 8601 weekday number, Monday 1 … Sunday 7. 1970-01-01 was a Thursday. */
function isoWeekday(date: CivilDate): number {
  const days = daysFromCivil(date);
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

export function weekdayName(date: CivilDate): WeekdayName {
  return WEEKDAY_NAMES[isoWeekday(date) - 1] ?? 'Monday';
}

export interface IsoWeekDate {
  /** The ISO week-numbering year, which differs from the calendar year around 1 January. */
  weekYear: number;
  /** 1–53; week 1 is the week with the year's first Thursday (ISO 8601-1 §5.2.4.1). */
  week: number;
  /** 1 (Monday) – 7 (Sunday) */
  weekday: number;
}

export function isoWeekDate(date: CivilDate): IsoWeekDate {
  const weekday = isoWeekday(date);
  const thursday = daysFromCivil(date) - weekday + 4;
  const weekYear = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil({ year: weekYear, month: 1, day: 1 })) / 7) + 1;
  return { weekYear, week, weekday };
}

/** 1–366 */
export function dayOfYear(date: CivilDate): number {
  return daysFromCivil(date) - daysFromCivil({ year: date.year, month: 1, day: 1 }) + 1;
}
