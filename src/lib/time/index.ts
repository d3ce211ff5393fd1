/**
 * Time logic for the timestamp converter and the time claims: pure, no React, no DOM, and
 * "now" always passed in. Instants are BigInt nanoseconds (EpochNs) so 19-digit values keep
 * every digit; results are TimeResult unions with stable error codes.
 *
 * Who does what: Intl gives zone offsets, zone names and relative phrases; plain arithmetic
 * on day numbers gives calendar fields for every year (date-fns needs a Date and gives NaN
 * at the ends of its range; the tests use date-fns as a cross-check); date-fns formats the
 * RFC 2822 and HTTP-date text, always `in: tz('UTC')` so the runtime's zone never leaks in.
 * @date-fns/tz's tzOffset is not used: it reads offsets such as '-00:25:21' as east of UTC.
 */

// Instants and epoch units
export {
  /** Marks a bigint count of nanoseconds since 1970 as an instant. */
  epochNs,
  /** The instant a Date holds. */
  fromDate,
  /** The instant as a Date (to the ms, rounded down), or null beyond the Date range. */
  toDate,
  /** Whether a JavaScript Date can hold the instant (±8.64e15 ms). */
  isWithinDateRange,
  /** ±8.64e15 ms in nanoseconds: the edge of the Date range. */
  DATE_LIMIT_NS,
  /** 'seconds', 'milliseconds', 'microseconds', 'nanoseconds'. */
  EPOCH_UNITS,
  /** Nanoseconds in one of each unit. */
  NANOS_PER,
  /** The instant in one unit as an exact decimal string ('1405507023.107'). */
  formatInUnit,
  /** The instant in all four units as exact decimal strings. */
  epochValues,
} from './units';
export type { EpochNs, EpochUnit, EpochValues } from './units';

export {
  /** The magnitude bands that decide an epoch number's unit (1e11, 1e14, 1e16). */
  EPOCH_UNIT_BANDS,
  /** The unit assumed for an integer part of this size, sign ignored. */
  detectEpochUnit,
  /** Reads an epoch number exactly, in a given or detected unit; null if not a number. */
  parseEpoch,
} from './epoch-unit';
export type { ParsedEpoch } from './epoch-unit';

// Reading text
export {
  /** Reads one timestamp: now, an epoch number, ISO 8601 / RFC 3339, HTTP-date or RFC 2822. */
  parseTimestamp,
  /** The error message for text that is no timestamp, saying what was expected. */
  UNRECOGNISED_MESSAGE,
} from './parse-timestamp';
export type { ParsedTimestamp, ParseOptions } from './parse-timestamp';
export type { DateFormatName } from './date-text';
export {
  /** The timestamps in one line of log text, dates first, then numbers (hyphen-safe). */
  findTimestamps,
  /** findTimestamps for each non-blank line of the input, up to a maximum. */
  findTimestampsByLine,
  /** How many timestamps one line gives at most (100). */
  MAX_TIMESTAMPS_PER_LINE,
} from './find-timestamps';
export type { FoundTimestamp, LineTimestamps } from './find-timestamps';
export {
  /** Zone names RFC 2822 accepts (UT, GMT, EST … PDT) with their offsets in hours. */
  OBSOLETE_ZONE_NAMES,
} from './parse-rfc2822';

// Showing an instant
export {
  /** Every output for an instant: epoch units, RFC 3339, HTTP-date, relative text, flags, zone view. */
  describeInstant,
  /** The instant on a zone's clock: date, time, offset, abbreviation, DST, weekday, ISO week, RFC 2822. */
  zonedView,
} from './describe-instant';
export type { InstantView, ZonedView } from './describe-instant';
export {
  /** RFC 3339 in UTC with up to nine fraction digits; null beyond the Date range. */
  formatRfc3339Utc,
  /** RFC 3339 with the given offset ('2024-03-10T03:30:00-04:00'). */
  formatRfc3339WithOffset,
} from './rfc3339';
export {
  /** RFC 5322 date-time at an offset ('Tue, 01 Jul 2003 10:52:37 +0200'); null outside 1900–9999. */
  formatRfc2822,
  /** IMF-fixdate HTTP-date ('Sun, 06 Nov 1994 08:49:37 GMT'); null outside 1900–9999. */
  formatHttpDate,
} from './protocol-formats';
export {
  /** 'in 4 minutes', '3 days ago'. */
  relativeText,
  /** 'in 3 days 4 h 12 min', '3 days 4 h 12 min ago'. */
  exactRelativeText,
  /** A duration in ns as '3 days 4 h 12 min', '500 ms', '7 ns'. */
  formatExactDuration,
} from './relative';
export {
  /** ISO weekday, week and week-numbering year of a date. */
  isoWeekDate,
  /** The day of the year, 1–366. */
  dayOfYear,
  /** 'Monday' … 'Sunday'. */
  weekdayName,
} from './calendar';
export type { IsoWeekDate, WeekdayName } from './calendar';
export type { CivilDate, WallClock } from './civil';
export {
  /** Which limits an instant crosses: 32-bit seconds (2038, 1901) and the Date range. */
  edgeFlags,
  /** 2147483647: 2038-01-19T03:14:07Z, the last signed 32-bit second. */
  INT32_MAX_SECONDS,
  /** −2147483648: 1901-12-13T20:45:52Z, the first signed 32-bit second. */
  INT32_MIN_SECONDS,
  /** Why epoch values ignore leap seconds, with its sources (RFC 7519 §2, POSIX). */
  LEAP_SECONDS_NOTE,
} from './edge-flags';
export type { EdgeFlags } from './edge-flags';
export {
  /** '+05:30' for minutes east of UTC (seconds kept for local mean time). */
  formatOffset,
  /** The instant in the runtime's own zone, for the decoder's claim rows. */
  localTimeText,
} from './local-time';
export type { ZonedText } from './local-time';

// Zones
export {
  /** Every zone the platform knows under its current IANA name, plus UTC, sorted. */
  listTimeZones,
  /** The listed name for any spelling the platform accepts, or null. */
  canonicalTimeZone,
  /** Whether the platform knows the zone. */
  isTimeZone,
  /** Old IANA names the platform still lists, with their current names (tzdb `backward`). */
  RENAMED_ZONES,
} from './zone-list';
export {
  /** Zones matching a city, former name or abbreviation, best first; case and accents ignored. */
  searchTimeZones,
  /** The normal form search compares: lower case, no accents, '_' as space. */
  normaliseZoneQuery,
} from './zone-search';
export type { ZoneMatch } from './zone-search';
export {
  /** A zone at an instant: offset, abbreviation, long name, DST, next transition. */
  zoneInfo,
  /** The lower of a zone's 1 January and 1 July offsets in a year. */
  standardOffsetSeconds,
} from './zone-info';
export type { ZoneInfo } from './zone-info';
export {
  /** The zone's next offset change within a horizon (two years), to the second. */
  nextTransition,
} from './zone-transitions';
export type { ZoneTransition } from './zone-transitions';
export {
  /** The zone's offset east of UTC at an instant, in seconds; null beyond the Date range. */
  zoneOffsetSeconds,
} from './zone-offset';
export {
  /** tzdb abbreviations (CET, IST, AEST …) for zones Intl names only 'GMT+x', with sources. */
  ZONE_ABBREVIATIONS,
} from './zone-abbreviations';
export type { AbbreviationRow } from './zone-abbreviations';

// Wall-clock time to instant
export {
  /** The instant(s) a wall-clock time names in a zone: unique, gap (two readings) or overlap (two instants). */
  resolveWallClock,
  /** Date ('2024-03-10') and time ('02:30:15.5') strings as checked wall-clock fields. */
  parseWallClock,
  /** A resolution's readings, earliest first, each with its role. */
  wallClockReadings,
} from './wall-clock';
export type { OffsetInstant, WallClockResolution } from './wall-clock';
export {
  /** Date, time and zone strings to every epoch unit, one reading or two. */
  wallClockToEpoch,
} from './wall-clock-epoch';
export type { WallClockReading } from './wall-clock-epoch';

// Link state
export {
  /** The converter's input, unit and zones as a '#t=…&unit=…&tz=…' fragment. */
  encodeConverterState,
  /** No input, no unit override, no zones. */
  EMPTY_CONVERTER_STATE,
  /** Caps applied when reading a fragment. */
  FRAGMENT_LIMITS,
} from './fragment-state';
export {
  /** The state a fragment holds; never throws, ignores what it does not know. */
  decodeConverterState,
} from './fragment-read';
export type { ConverterState } from './fragment-state';

// Results
export type { Notice, NoticeCode, TimeError, TimeErrorCode, TimeResult } from './result';
