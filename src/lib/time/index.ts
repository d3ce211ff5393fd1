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
  /** The instant a Date holds. */
  fromDate,
  /** The instant in one unit as an exact decimal string ('1405507023.107'). */
  formatInUnit,
} from './units';
export type { EpochNs, EpochUnit } from './units';

// Reading text
export {
  /** Reads one timestamp: now, an epoch number, ISO 8601 / RFC 3339, HTTP-date or RFC 2822. */
  parseTimestamp,
  /** The error message for text that is no timestamp, saying what was expected. */
  UNRECOGNISED_MESSAGE,
} from './parse-timestamp';
export type { ParsedTimestamp } from './parse-timestamp';

export {
  /** findTimestamps for each non-blank line of the input, up to a maximum. */
  findTimestampsByLine,
} from './find-timestamps';
export type { FoundTimestamp, LineTimestamps } from './find-timestamps';

// Showing an instant
export {
  /** Every output for an instant: epoch units, RFC 3339, HTTP-date, relative text, flags, zone view. */
  describeInstant,
  /** The instant on a zone's clock: date, time, offset, abbreviation, DST, weekday, ISO week, RFC 2822. */
  zonedView,
} from './describe-instant';
export type { InstantView } from './describe-instant';
export {
  /** RFC 3339 in UTC with up to nine fraction digits; null beyond the Date range. */
  formatRfc3339Utc,
} from './rfc3339';

export {
  /** A duration in ns as '3 days 4 h 12 min', '500 ms', '7 ns'. */
  formatExactDuration,
} from './relative';

export type { IsoWeekDate } from './calendar';

export {
  /** Why epoch values ignore leap seconds, with its sources (RFC 7519 §2, POSIX). */
  LEAP_SECONDS_NOTE,
} from './edge-flags';

export {
  /** '+05:30' for minutes east of UTC (seconds kept for local mean time). */
  formatOffset,
} from './local-time';

// Zones
export {
  /** The listed name for any spelling the platform accepts, or null. */
  canonicalTimeZone,
} from './zone-list';
export {
  /** Zones matching a city, former name or abbreviation, best first; case and accents ignored. */
  searchTimeZones,
} from './zone-search';
export type { ZoneMatch } from './zone-search';

export type { ZoneTransition } from './zone-transitions';

// Wall-clock time to instant
export {
  /** A resolution's readings, earliest first, each with its role. */
  wallClockReadings,
} from './wall-clock';
export type { WallClockResolution } from './wall-clock';
export {
  /** Date, time and zone strings to every epoch unit, one reading or two. */
  wallClockToEpoch,
} from './wall-clock-epoch';
export type { WallClockReading } from './wall-clock-epoch';

// Link state
export {
  /** The converter's input, unit and zones as a '#t=…&unit=…&tz=…' fragment. */
  encodeConverterState,
} from './fragment-state';
export {
  /** The state a fragment holds; never throws, ignores what it does not know. */
  decodeConverterState,
} from './fragment-read';
export type { ConverterState } from './fragment-state';

// Results

