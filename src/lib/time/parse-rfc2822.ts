import { weekdayName } from './calendar';
import { checkWallClock, LEAP_SECOND_NOTICE, monthNumber, type DateText } from './date-text';
import { fail, ok, type Notice, type TimeResult } from './result';

/**
 * Zone names RFC 822 allowed and RFC 5322 §4.3 keeps as obsolete syntax, in hours east of UTC.
 * Any other name must not be guessed: 'CET' or 'IST' mean different offsets in different places.
 */
export const OBSOLETE_ZONE_NAMES: Readonly<Record<string, number>> = {
  UT: 0,
  GMT: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
};

// RFC 5322 §3.3 date-time, with §4.3's obsolete two- and three-digit years and zone names,
// and a trailing comment such as '(CEST)' that mail software often adds.
const RFC_2822 =
  /^(?:([A-Za-z]{3})\s*,\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{2,})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,3})(?:\s*\([^()]*\))?$/;

/** RFC 5322 §4.3: a two-digit year of 00–49 means 20xx, 50–99 means 19xx; three digits add 1900. */
function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 2) return year < 50 ? 2000 + year : 1900 + year;
  return digits.length === 3 ? 1900 + year : year;
}

const UNKNOWN_OFFSET: Notice = {
  code: 'unknown-local-offset',
  message: 'The zone -0000 (or a military letter) says the time is UTC but the local offset is unknown (RFC 5322 §3.3, §4.3).',
};

/** Offset in seconds, or an error message for a zone this format does not define. */
function readZone(zone: string, notices: Notice[]): number | string {
  if (/^[+-]\d{4}$/.test(zone)) {
    const minutes = Number(zone.slice(3));
    if (minutes > 59) return `${zone} is not an offset: minutes go up to 59.`;
    if (zone === '-0000') notices.push(UNKNOWN_OFFSET);
    return (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 3600 + minutes * 60);
  }
  const name = zone.toUpperCase();
  const hours = OBSOLETE_ZONE_NAMES[name];
  if (hours !== undefined) return hours * 3600;
  // RFC 5322 §4.3: military letters were defined wrongly in RFC 822; read them as -0000.
  if (/^[A-IK-Z]$/.test(name)) {
    notices.push(UNKNOWN_OFFSET);
    return 0;
  }
  return `The zone ${zone} is not one RFC 2822 defines: write an offset such as +0100, or UT, GMT, EST, EDT, CST, CDT, MST, MDT, PST or PDT.`;
}

/** Reads an RFC 2822 (RFC 5322 §3.3) date such as 'Tue, 1 Jul 2003 10:52:37 +0200'. Null when not that shape. */
export function parseRfc2822(text: string): TimeResult<DateText> | null {
  const match = RFC_2822.exec(text);
  if (!match) return null;
  const [, weekday, day = '', monthText = '', yearText = '', hour = '', minute = '', second = '0', zone = ''] = match;
  const month = monthNumber(monthText);
  if (month === 0) return fail('invalid-date', `${monthText} is not a month: write Jan, Feb, … Dec.`);
  const notices: Notice[] = [];
  const fields = { year: fullYear(yearText), month, day: Number(day), hour: Number(hour), minute: Number(minute), second: Number(second), nanosecond: 0 };
  const checked = checkWallClock(fields);
  if (!checked.ok) return checked;
  const offsetSeconds = readZone(zone, notices);
  if (typeof offsetSeconds === 'string') return fail('invalid-offset', offsetSeconds);
  if (yearText.length < 4) {
    notices.push({ code: 'two-digit-year', message: `The year ${yearText} was read as ${fields.year} (RFC 5322 §4.3).` });
  }
  const actual = weekdayName(fields);
  if (weekday !== undefined && !actual.toLowerCase().startsWith(weekday.toLowerCase())) {
    notices.push({ code: 'weekday-mismatch', message: `The text says ${weekday}, but that date is a ${actual}; the date was used.` });
  }
  if (checked.value.leapSecond) notices.push(LEAP_SECOND_NOTICE);
  return ok({ format: 'RFC 2822', wall: checked.value.wall, offsetSeconds, dateOnly: false, leapSecond: checked.value.leapSecond, notices });
}
