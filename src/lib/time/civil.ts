import { floorDiv, type EpochNs } from './units';

/**
 * Proleptic Gregorian calendar arithmetic with astronomical year numbering (year 0 is
 * 1 BC, year −1 is 2 BC), as ISO 8601 and ECMAScript use. Exact for any year a Date can hold.
 */

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** A date and a time of day on a clock, with no zone or offset. */
export interface WallClock extends CivilDate {
  hour: number;
  minute: number;
  second: number;
  /** 0–999 999 999 */
  nanosecond: number;
}

const NS_PER_DAY = 86_400_000_000_000n;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** Days from 1970-01-01 to the date (negative before it). H. Hinnant, "chrono-Compatible Low-Level Date Algorithms". */
export function daysFromCivil({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date that many days after 1970-01-01; the inverse of daysFromCivil. */
export function civilFromDays(days: number): CivilDate {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Whether the fields name a real date (29 February only in leap years). */
export function isValidDate({ year, month, day }: CivilDate): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The wall clock as if it were UTC, in ns since the epoch: the instant when the offset is zero. */
export function wallClockNs(wall: WallClock): bigint {
  const seconds = BigInt(daysFromCivil(wall)) * 86_400n + BigInt(wall.hour * 3600 + wall.minute * 60 + wall.second);
  return seconds * 1_000_000_000n + BigInt(wall.nanosecond);
}

/** What a clock `offsetSeconds` east of UTC shows at the instant. */
export function wallClockAt(instant: EpochNs, offsetSeconds: number): WallClock {
  const local = instant + BigInt(offsetSeconds) * 1_000_000_000n;
  const days = floorDiv(local, NS_PER_DAY);
  const inDay = local - days * NS_PER_DAY;
  const secondOfDay = Number(inDay / 1_000_000_000n);
  return {
    ...civilFromDays(Number(days)),
    hour: Math.floor(secondOfDay / 3600),
    minute: Math.floor((secondOfDay % 3600) / 60),
    second: secondOfDay % 60,
    nanosecond: Number(inDay % 1_000_000_000n),
  };
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO 8601 year: four digits for 0000–9999, else a sign and six digits ('+010000', '-000001'). */
export function formatYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return (year < 0 ? '-' : '+') + pad(Math.abs(year), 6);
}

/** 'YYYY-MM-DD' */
export function formatDate(date: CivilDate): string {
  return `${formatYear(date.year)}-${pad(date.month)}-${pad(date.day)}`;
}

/** 'HH:MM:SS' */
export function formatTime(wall: WallClock): string {
  return `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
}

/** The nanoseconds as fraction digits, trailing zeros dropped: 107000000 → '107', 0 → ''. */
export function fractionDigits(nanosecond: number): string {
  return nanosecond === 0 ? '' : pad(nanosecond, 9).replace(/0+$/, '');
}
