import { daysInMonth, formatDate, isValidDate, pad, type CivilDate, type WallClock } from './civil';
import { LEAP_SECONDS_NOTE } from './edge-flags';
import { fail, type Notice, type TimeResult } from './result';

/** The date formats the converter recognises, by the name it shows for them. */
export type DateFormatName =
  | 'RFC 3339'
  | 'ISO 8601'
  | 'RFC 2822'
  | 'HTTP-date'
  | 'HTTP-date (RFC 850)'
  | 'HTTP-date (asctime)';

/** A date string taken apart, before any zone is applied. */
export interface DateText {
  format: DateFormatName;
  /** The clock as written; a leap second (:60) is already moved to :59, see `leapSecond`. */
  wall: WallClock;
  /** Offset east of UTC, in seconds; null when the text has none and a zone must be assumed. */
  offsetSeconds: number | null;
  /** The text held a date only; the time is midnight. */
  dateOnly: boolean;
  /** The text said second 60: the instant is one second after `wall` (POSIX time). */
  leapSecond: boolean;
  notices: Notice[];
}

const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** 1–12 for 'Jan'…'Dec' in any case; 0 when not a month. */
export function monthNumber(abbreviation: string): number {
  const wanted = abbreviation.toLowerCase();
  return MONTH_ABBREVIATIONS.findIndex((month) => month.toLowerCase() === wanted) + 1;
}

export const LEAP_SECOND_NOTICE: Notice = { code: 'leap-second', message: LEAP_SECONDS_NOTE.text };

/**
 * Checks the fields of a date and time; second 60 is allowed (RFC 3339 §5.7, RFC 5322 §3.3)
 * and moved to :59 with `leapSecond` set. An error names the field that is wrong.
 */
export function checkWallClock(wall: WallClock): TimeResult<{ wall: WallClock; leapSecond: boolean }> {
  const dateError = checkDate(wall);
  if (dateError) return dateError;
  const { hour, minute, second } = wall;
  if (hour > 23 || minute > 59 || second > 60) {
    const time = `${pad(hour)}:${pad(minute)}:${pad(second)}`;
    return fail('invalid-time', `${time} is not a time of day: hours go up to 23, minutes and seconds up to 59.`);
  }
  const leapSecond = second === 60;
  return { ok: true, value: { wall: leapSecond ? { ...wall, second: 59 } : wall, leapSecond } };
}

/** An 'invalid-date' error when the date does not exist (30 February, 29 February 2023, month 13), else null. */
export function checkDate(date: CivilDate): TimeResult<never> | null {
  if (isValidDate(date)) return null;
  const { year, month } = date;
  const message =
    month >= 1 && month <= 12
      ? `${formatDate(date)} does not exist: ${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days.`
      : `${formatDate(date)} does not exist: months go from 01 to 12.`;
  return fail('invalid-date', message);
}
