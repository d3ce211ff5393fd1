import type { WallClock } from './civil';
import { checkWallClock, LEAP_SECOND_NOTICE, type DateText } from './date-text';
import { fail, ok, type Notice, type TimeResult } from './result';

/**
 * ISO 8601 extended format and its RFC 3339 profile: a date (year of four digits, or a sign
 * and six), optionally a time after 'T', 't' or a space (RFC 3339 §5.6 note), with minutes,
 * seconds, a fraction after '.' or ',' (ISO 8601), and an offset 'Z', ±hh, ±hh:mm or ±hhmm,
 * optionally after one space (as `git log` writes it).
 */
const ISO_DATE_TIME =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:([Tt ])(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?( ?)([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

const toNumber = (digits: string | undefined): number => (digits === undefined ? 0 : Number(digits));

/** Offset east of UTC in seconds from 'Z', '+05', '+05:30' or '+0530'; null when out of bounds. */
function readOffset(text: string): number | null {
  if (text === 'Z' || text === 'z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const hours = Number(text.slice(1, 3));
  const minutes = Number(text.slice(3).replace(':', '') || '0');
  // RFC 3339 §5.6: time-numoffset hours 00–23, minutes 00–59.
  if (hours > 23 || minutes > 59) return null;
  return sign * (hours * 3600 + minutes * 60);
}

/**
 * Reads an ISO 8601 / RFC 3339 date or date-time. Null when the text does not have the shape;
 * an error when it does but a field is wrong (30 February, 24:00, an offset of +25:00).
 */
export function parseIsoDateTime(text: string): TimeResult<DateText> | null {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return null;
  const [, year = '', month, day, separator, hour, minute, second, fraction = '', space, offset] = match;
  if (year === '-000000') return fail('invalid-date', 'The year -000000 does not exist: write 0000 (ISO 8601 has no negative zero).');
  if (fraction.length > 9) return fail('too-precise', 'Fractional seconds go down to nanoseconds: at most 9 digits.');
  const fields: WallClock = {
    year: Number(year),
    month: toNumber(month),
    day: toNumber(day),
    hour: toNumber(hour),
    minute: toNumber(minute),
    second: toNumber(second),
    nanosecond: Number(fraction.padEnd(9, '0')),
  };
  const checked = checkWallClock(fields);
  if (!checked.ok) return checked;
  const offsetSeconds = offset === undefined ? null : readOffset(offset);
  if (offset !== undefined && offsetSeconds === null) {
    return fail('invalid-offset', `${offset} is not a UTC offset: hours go up to 23 and minutes up to 59.`);
  }
  const notices: Notice[] = checked.value.leapSecond ? [LEAP_SECOND_NOTICE] : [];
  if (offset === '-00:00') {
    notices.push({
      code: 'unknown-local-offset',
      message: 'The offset -00:00 says the time is in UTC but the local offset is unknown (RFC 3339 §4.3).',
    });
  }
  // RFC 3339 §5.6: a four-digit year, seconds, and 'Z' or ±hh:mm right after the time.
  const isRfc3339 =
    year.length === 4 && second !== undefined && space === '' && offset !== undefined && /^(?:[Zz]|[+-]\d\d:\d\d)$/.test(offset);
  return ok({
    format: isRfc3339 ? 'RFC 3339' : 'ISO 8601',
    wall: checked.value.wall,
    offsetSeconds,
    dateOnly: separator === undefined,
    leapSecond: checked.value.leapSecond,
    notices,
  });
}
