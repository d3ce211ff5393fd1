import { daysFromCivil, wallClockAt } from './civil';
import { formatOffset } from './local-time';
import { fail, ok, type TimeResult } from './result';
import { floorDiv, NANOS_PER, type EpochNs } from './units';
import { canonicalTimeZone } from './zone-list';
import { intlZoneName, zoneAbbreviation } from './zone-names';
import { offsetSecondsAtClampedMs, zoneOffsetSeconds } from './zone-offset';
import { nextTransition, type ZoneTransition } from './zone-transitions';

/** A zone as it is at one instant. */
export interface ZoneInfo {
  /** The IANA name as listTimeZones() gives it. */
  zone: string;
  offsetSeconds: number;
  /** '+05:30', '-04:00', '+05:21:10' */
  offset: string;
  /** 'EDT', 'CET', 'IST', or Intl's 'GMT+3' where no abbreviation is known. */
  abbreviation: string;
  /** Intl's English name: 'Eastern Daylight Time'. */
  longName: string;
  /** The lower of the offsets on 1 January and 1 July of the year (UTC). */
  standardOffsetSeconds: number;
  /** The offset is above the standard one: daylight saving time is in force. */
  isDst: boolean;
  /** The next offset change within two years; null for zones without one. */
  nextTransition: ZoneTransition | null;
}

/**
 * A zone's standard offset in a year: the lower of its offsets on 1 January and 1 July, so
 * that it works in both hemispheres (Sydney is on daylight time in January). For a zone
 * without DST both are equal. A zone that moved its clocks for good during the year is
 * taken as on DST after the move when the move went east.
 */
export function standardOffsetSeconds(zone: string, year: number): number {
  const utcMidnight = (month: number) => daysFromCivil({ year, month, day: 1 }) * 86_400_000;
  return Math.min(offsetSecondsAtClampedMs(zone, utcMidnight(1)), offsetSecondsAtClampedMs(zone, utcMidnight(7)));
}

/**
 * Offset, abbreviation, DST state and next transition of a zone at an instant.
 * Errors: 'unknown-zone'; 'out-of-range' beyond the Date range, where zones have no data.
 */
export function zoneInfo(zone: string, instant: EpochNs): TimeResult<ZoneInfo> {
  const name = canonicalTimeZone(zone);
  if (name === null) return fail('unknown-zone', `${zone} is not a time zone this browser knows.`);
  const offsetSeconds = zoneOffsetSeconds(name, instant);
  if (offsetSeconds === null) return fail('out-of-range', 'Zones have no offsets beyond the range of a JavaScript Date.');
  const epochMs = Number(floorDiv(instant, NANOS_PER.milliseconds));
  const standard = standardOffsetSeconds(name, wallClockAt(instant, 0).year);
  return ok({
    zone: name,
    offsetSeconds,
    offset: formatOffset(offsetSeconds / 60),
    abbreviation: zoneAbbreviation(name, epochMs, offsetSeconds),
    longName: intlZoneName(name, epochMs, 'long'),
    standardOffsetSeconds: standard,
    isDst: offsetSeconds > standard,
    nextTransition: nextTransition(name, instant),
  });
}
