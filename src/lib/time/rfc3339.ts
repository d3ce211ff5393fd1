import { formatDate, formatTime, fractionDigits, wallClockAt } from './civil';
import { formatOffset } from './local-time';
import { isWithinDateRange, type EpochNs } from './units';

function dateTime(instant: EpochNs, offsetSeconds: number): string {
  const wall = wallClockAt(instant, offsetSeconds);
  const fraction = fractionDigits(wall.nanosecond);
  return `${formatDate(wall)}T${formatTime(wall)}${fraction ? `.${fraction}` : ''}`;
}

/**
 * RFC 3339 in UTC: '2011-03-22T18:43:00Z', with fraction digits only when not zero, up to
 * nine ('2014-07-16T10:37:03.107Z'). Years outside 0000–9999 take the ISO 8601 expanded form
 * ('+010000-01-01T00:00:00Z'), as ECMAScript does. Null beyond the range of a Date.
 */
export function formatRfc3339Utc(instant: EpochNs): string | null {
  return isWithinDateRange(instant) ? `${dateTime(instant, 0)}Z` : null;
}

/**
 * The same with the given offset spelled out: '2024-03-10T03:30:00-04:00'. An offset with
 * seconds (local mean time before 1900 or so) is written '+05:21:10', which RFC 3339 cannot say.
 */
export function formatRfc3339WithOffset(instant: EpochNs, offsetSeconds: number): string | null {
  return isWithinDateRange(instant) ? `${dateTime(instant, offsetSeconds)}${formatOffset(offsetSeconds / 60)}` : null;
}
