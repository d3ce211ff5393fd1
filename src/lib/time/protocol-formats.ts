import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { pad, wallClockAt } from './civil';
import { floorDiv, isWithinDateRange, NANOS_PER, type EpochNs } from './units';

/**
 * RFC 2822 and HTTP-date text by date-fns patterns. Pitfalls heeded: date-fns works in the
 * runtime's zone unless told otherwise, so the wall clock is formatted `in: tz('UTC')`; the
 * calendar year is 'yyyy' ('YYYY' is the ISO week-numbering year), the day of the month 'dd'
 * ('DD' is the day of the year); and 'yyyy' is the year of the era (year 0 prints as 0001),
 * so only years 1900–9999 are written, which is also all these formats allow.
 */

const UTC = tz('UTC');

function formatWallClock(instant: EpochNs, offsetSeconds: number, pattern: string): string | null {
  if (!isWithinDateRange(instant)) return null;
  const { year } = wallClockAt(instant, offsetSeconds);
  // RFC 5322 §3.3: "the year is any numeric year 1900 or later"; IMF-fixdate has four digits.
  if (year < 1900 || year > 9999) return null;
  const wallMs = Number(floorDiv(instant, NANOS_PER.milliseconds)) + offsetSeconds * 1000;
  return format(new Date(wallMs), pattern, { in: UTC });
}

/**
 * RFC 5322 §3.3 date-time at the given offset: 'Tue, 01 Jul 2003 10:52:37 +0200'. Null
 * outside the years 1900–9999 and for an offset with seconds, which the format cannot write.
 */
export function formatRfc2822(instant: EpochNs, offsetSeconds: number): string | null {
  if (offsetSeconds % 60 !== 0) return null;
  const minutes = Math.abs(offsetSeconds / 60);
  const zone = `${offsetSeconds < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}`;
  const text = formatWallClock(instant, offsetSeconds, 'EEE, dd MMM yyyy HH:mm:ss');
  return text === null ? null : `${text} ${zone}`;
}

/** RFC 9110 §5.6.7 IMF-fixdate, always GMT: 'Sun, 06 Nov 1994 08:49:37 GMT'. Null outside 1900–9999. */
export function formatHttpDate(instant: EpochNs): string | null {
  return formatWallClock(instant, 0, "EEE, dd MMM yyyy HH:mm:ss 'GMT'");
}
