import { weekdayName } from './calendar';
import { checkWallClock, LEAP_SECOND_NOTICE, monthNumber, type DateFormatName, type DateText } from './date-text';
import { ok, type Notice, type TimeResult } from './result';

// RFC 9110 §5.6.7. HTTP-date is case-sensitive; anything else falls through to RFC 2822.
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
const IMF_FIXDATE = new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`);
const RFC_850 = new RegExp(`^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`);
// asctime-date: the day is two digits or a space and one digit ('Nov  6').
const ASCTIME = new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${MONTH} ( \\d|\\d{2}) ${TIME} (\\d{4})$`);

/**
 * RFC 9110 §5.6.7: a two-digit RFC 850 year that would be more than 50 years in the future
 * is the most recent past year with those digits. Here: the year with those last two digits
 * in the window (now − 50, now + 50].
 */
export function rfc850Year(twoDigits: number, nowYear: number): number {
  const candidate = nowYear - (((nowYear % 100) + 100) % 100) + twoDigits;
  if (candidate > nowYear + 50) return candidate - 100;
  return candidate <= nowYear - 50 ? candidate + 100 : candidate;
}

interface Fields {
  format: DateFormatName;
  weekday: string;
  day: string;
  month: string;
  year: number;
  time: string[];
}

function match(text: string, nowYear: number): Fields | null {
  const fixdate = IMF_FIXDATE.exec(text);
  if (fixdate) {
    const [, weekday = '', day = '', month = '', year = '', ...time] = fixdate;
    return { format: 'HTTP-date', weekday, day, month, year: Number(year), time };
  }
  const rfc850 = RFC_850.exec(text);
  if (rfc850) {
    const [, weekday = '', day = '', month = '', year = '', ...time] = rfc850;
    return { format: 'HTTP-date (RFC 850)', weekday, day, month, year: rfc850Year(Number(year), nowYear), time };
  }
  const asctime = ASCTIME.exec(text);
  if (asctime) {
    const [, weekday = '', month = '', day = '', hour = '', minute = '', second = '', year = ''] = asctime;
    return { format: 'HTTP-date (asctime)', weekday, day: day.trim(), month, year: Number(year), time: [hour, minute, second] };
  }
  return null;
}

/**
 * Reads an HTTP-date in any of its three forms: IMF-fixdate ('Sun, 06 Nov 1994 08:49:37 GMT'),
 * the obsolete RFC 850 form ('Sunday, 06-Nov-94 08:49:37 GMT') and asctime
 * ('Sun Nov  6 08:49:37 1994'). Always UTC. `now` settles RFC 850's two-digit year.
 */
export function parseHttpDate(text: string, now: Date): TimeResult<DateText> | null {
  const fields = match(text, now.getUTCFullYear());
  if (!fields) return null;
  const [hour = 0, minute = 0, second = 0] = fields.time.map(Number);
  const wall = { year: fields.year, month: monthNumber(fields.month), day: Number(fields.day), hour, minute, second, nanosecond: 0 };
  const checked = checkWallClock(wall);
  if (!checked.ok) return checked;
  const notices: Notice[] = [];
  if (fields.format === 'HTTP-date (RFC 850)') {
    notices.push({ code: 'two-digit-year', message: `The two-digit year was read as ${fields.year} (RFC 9110 §5.6.7).` });
  }
  const actual = weekdayName(wall);
  if (!actual.startsWith(fields.weekday)) {
    notices.push({ code: 'weekday-mismatch', message: `The text says ${fields.weekday}, but that date is a ${actual}; the date was used.` });
  }
  if (checked.value.leapSecond) notices.push(LEAP_SECOND_NOTICE);
  return ok({ format: fields.format, wall: checked.value.wall, offsetSeconds: 0, dateOnly: false, leapSecond: checked.value.leapSecond, notices });
}
