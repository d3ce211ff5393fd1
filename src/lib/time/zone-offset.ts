import { DATE_LIMIT_NS, floorDiv, isWithinDateRange, NANOS_PER, type EpochNs } from './units';

/**
 * UTC offsets from the platform's time zone data through Intl's 'longOffset' names
 * ('GMT-05:00', 'GMT+05:21:10', 'GMT'). Hand-parsed rather than @date-fns/tz's tzOffset,
 * which (1.5.0) reads '-00:25:21' (Dublin before 1916) as east of UTC and drops the sign.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function offsetFormat(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    formats.set(zone, format);
  }
  return format;
}

const LONG_OFFSET = /GMT(?:([+\u2212-])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?)?$/;

/** Offset east of UTC in whole seconds at a time value in ms. Throws a RangeError for an unknown zone or invalid time. */
export function offsetSecondsAtMs(zone: string, epochMs: number): number {
  const name = offsetFormat(zone)
    .formatToParts(epochMs)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = name === undefined ? null : LONG_OFFSET.exec(name);
  if (!match) throw new RangeError(`No offset for ${zone}: ${name ?? 'none'}`);
  const [, sign, hours = '0', minutes = '0', seconds = '0'] = match;
  const size = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  return sign === '+' || sign === undefined ? size : -size;
}

const LIMIT_MS = Number(DATE_LIMIT_NS / NANOS_PER.milliseconds);

/** The same at a time value clamped into the Date range: for probes near its ends. */
export function offsetSecondsAtClampedMs(zone: string, epochMs: number): number {
  return offsetSecondsAtMs(zone, Math.min(LIMIT_MS, Math.max(-LIMIT_MS, epochMs)));
}

/** Offset east of UTC, in seconds, that the zone has at the instant; null beyond the Date range. Throws for an unknown zone. */
export function zoneOffsetSeconds(zone: string, instant: EpochNs): number | null {
  if (!isWithinDateRange(instant)) return null;
  return offsetSecondsAtMs(zone, Number(floorDiv(instant, NANOS_PER.milliseconds)));
}
