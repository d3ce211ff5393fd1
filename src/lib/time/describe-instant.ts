import { dayOfYear, isoWeekDate, weekdayName, type IsoWeekDate, type WeekdayName } from './calendar';
import { formatDate, formatTime, fractionDigits, wallClockAt } from './civil';
import { edgeFlags, type EdgeFlags } from './edge-flags';
import { formatHttpDate, formatRfc2822 } from './protocol-formats';
import { exactRelativeText, relativeText } from './relative';
import { fail, ok, type TimeResult } from './result';
import { formatRfc3339Utc, formatRfc3339WithOffset } from './rfc3339';
import { epochValues, fromDate, isWithinDateRange, type EpochNs, type EpochValues } from './units';
import { zoneInfo, type ZoneInfo } from './zone-info';
import { canonicalTimeZone } from './zone-list';

/** An instant as a clock in one zone shows it, with its calendar fields. */
export interface ZonedView extends ZoneInfo {
  /** 'YYYY-MM-DD' (years beyond 0000–9999 as '+010000', '-000044') */
  date: string;
  /** 'HH:MM:SS' */
  time: string;
  /** Fraction digits of the second, trailing zeros dropped; '' for a whole second. */
  fraction: string;
  /** 'YYYY-MM-DD HH:MM:SS ±HH:MM', e.g. '2023-11-15 03:43:20 +05:30' (the `ts-in-zone` text). */
  text: string;
  /** RFC 3339 with the zone's offset: '2023-11-15T03:43:20+05:30'. */
  rfc3339: string;
  weekday: WeekdayName;
  isoWeek: IsoWeekDate;
  /** 1–366 */
  dayOfYear: number;
  /** RFC 2822 at the zone's offset; null outside 1900–9999 or for an offset with seconds. */
  rfc2822: string | null;
}

/**
 * The instant in a zone. Errors: 'unknown-zone'; 'out-of-range' beyond the Date range,
 * where no calendar fields are given.
 */
export function zonedView(instant: EpochNs, zone: string): TimeResult<ZonedView> {
  const info = zoneInfo(zone, instant);
  if (!info.ok) return info;
  const { offsetSeconds, offset } = info.value;
  const wall = wallClockAt(instant, offsetSeconds);
  const date = formatDate(wall);
  const time = formatTime(wall);
  return ok({
    ...info.value,
    date,
    time,
    fraction: fractionDigits(wall.nanosecond),
    text: `${date} ${time} ${offset}`,
    rfc3339: formatRfc3339WithOffset(instant, offsetSeconds) ?? '',
    weekday: weekdayName(wall),
    isoWeek: isoWeekDate(wall),
    dayOfYear: dayOfYear(wall),
    rfc2822: formatRfc2822(instant, offsetSeconds),
  });
}

/** Everything the converter shows for one instant. */
export interface InstantView {
  instant: EpochNs;
  /** Seconds, ms, µs and ns as exact decimals, for any instant. */
  values: EpochValues;
  /** '2014-07-16T10:37:03.107Z'; null beyond the Date range. */
  rfc3339Utc: string | null;
  /** IMF-fixdate, 'Sun, 06 Nov 1994 08:49:37 GMT'; null outside 1900–9999. */
  httpDate: string | null;
  flags: EdgeFlags;
  /** 'in 4 minutes', '3 days ago' */
  relative: string;
  /** 'in 3 days 4 h 12 min', '3 days 4 h 12 min ago' */
  relativeExact: string;
  /** The instant in the chosen zone; null beyond the Date range. */
  zoned: ZonedView | null;
}

/**
 * Every output for an instant, with the zone's clock and calendar fields, relative to `now`.
 * Error: 'unknown-zone'. Beyond the Date range the epoch values and flags are still given.
 */
export function describeInstant(instant: EpochNs, options: { now: Date; zone: string }): TimeResult<InstantView> {
  let zoned: ZonedView | null = null;
  if (isWithinDateRange(instant)) {
    const view = zonedView(instant, options.zone);
    if (!view.ok) return view;
    zoned = view.value;
  } else if (canonicalTimeZone(options.zone) === null) {
    return fail('unknown-zone', `${options.zone} is not a time zone this browser knows.`);
  }
  const now = fromDate(options.now);
  return ok({
    instant,
    values: epochValues(instant),
    rfc3339Utc: formatRfc3339Utc(instant),
    httpDate: formatHttpDate(instant),
    flags: edgeFlags(instant),
    relative: relativeText(instant, now),
    relativeExact: exactRelativeText(instant, now),
    zoned,
  });
}
