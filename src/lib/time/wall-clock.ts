import { isValidDate, wallClockNs, type WallClock } from './civil';
import { checkDate } from './date-text';
import { fail, ok, type TimeResult } from './result';
import { canonicalTimeZone } from './zone-list';
import { offsetSecondsAtClampedMs } from './zone-offset';
import { epochNs, floorDiv, isWithinDateRange, NANOS_PER, type EpochNs } from './units';

/** An instant with the offset it was read with. */
export interface OffsetInstant {
  instant: EpochNs;
  offsetSeconds: number;
}

/**
 * Where a wall-clock time falls in a zone:
 * - 'unique': it happens once.
 * - 'gap': clocks jumped over it (spring forward), so it never happens. Two readings:
 *   with the offset in force before the jump (an instant after the gap, the reading
 *   JavaScript's Date and Temporal's 'compatible' choose) and with the offset after it
 *   (an instant before the gap).
 * - 'overlap': clocks were turned back over it (fall back), so it happens twice.
 */
export type WallClockResolution =
  | ({ kind: 'unique' } & OffsetInstant)
  | { kind: 'gap'; withOffsetBefore: OffsetInstant; withOffsetAfter: OffsetInstant }
  | { kind: 'overlap'; earlier: OffsetInstant; later: OffsetInstant };

const HOUR_MS = 3_600_000;

// Offsets are probed every 6 hours across ±24 hours of the wall time read as UTC: every UTC
// offset is within ±24 h, and zones do not change offset twice within 6 hours.
const PROBE_HOURS = [-24, -18, -12, -6, 0, 6, 12, 18, 24];

function checkFields(wall: WallClock): TimeResult<never> | null {
  const numbers = [wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second, wall.nanosecond];
  if (!numbers.every(Number.isSafeInteger)) return fail('invalid-date', 'Every field of a date and time is a whole number.');
  if (!isValidDate(wall)) return checkDate(wall);
  if (wall.hour < 0 || wall.hour > 23 || wall.minute < 0 || wall.minute > 59 || wall.second < 0 || wall.second > 59) {
    return fail(
      'invalid-time',
      'Hours go from 0 to 23, minutes and seconds from 0 to 59 (epoch time has no leap second :60).',
    );
  }
  if (wall.nanosecond < 0 || wall.nanosecond > 999_999_999) return fail('invalid-time', 'Fractions of a second go down to nanoseconds.');
  return null;
}

/**
 * The instant(s) a wall-clock time names in a zone, gaps and overlaps included.
 * Errors: 'invalid-date' (29 February 2023), 'invalid-time', 'unknown-zone', and
 * 'out-of-range' beyond the years a Date can hold (the zone's offsets are not known there).
 */
export function resolveWallClock(wall: WallClock, zone: string): TimeResult<WallClockResolution> {
  const invalid = checkFields(wall);
  if (invalid) return invalid;
  const zoneName = canonicalTimeZone(zone);
  if (zoneName === null) return fail('unknown-zone', `${zone} is not a time zone this browser knows.`);
  const local = wallClockNs(wall);
  if (!isWithinDateRange(epochNs(local))) {
    return fail('out-of-range', 'That date is beyond the years a JavaScript Date can hold (±275 760), where zone offsets are unknown.');
  }
  const localMs = Number(floorDiv(local, NANOS_PER.milliseconds));
  const offsetAt = (ms: number) => offsetSecondsAtClampedMs(zoneName, ms);
  const probed = PROBE_HOURS.map((hours) => offsetAt(localMs + hours * HOUR_MS));
  const read = (offsetSeconds: number): OffsetInstant => ({
    instant: epochNs(local - BigInt(offsetSeconds) * NANOS_PER.seconds),
    offsetSeconds,
  });
  const fits = [...new Set(probed)]
    .map(read)
    .filter(({ instant, offsetSeconds }) => offsetAt(Number(floorDiv(instant, NANOS_PER.milliseconds))) === offsetSeconds)
    .sort((a, b) => (a.instant < b.instant ? -1 : 1));
  const first = fits[0];
  const last = fits[fits.length - 1];
  if (first && last && fits.length > 1) return ok({ kind: 'overlap', earlier: first, later: last });
  if (first) return ok({ kind: 'unique', ...first });
  const before = probed[0] ?? 0;
  const after = probed[probed.length - 1] ?? 0;
  return ok({ kind: 'gap', withOffsetBefore: read(before), withOffsetAfter: read(after) });
}

/** Every reading of a resolution, earliest first, each with its role. */
export function wallClockReadings(
  resolution: WallClockResolution,
): Array<OffsetInstant & { role: 'only' | 'earlier' | 'later' | 'offset-before' | 'offset-after' }> {
  switch (resolution.kind) {
    case 'unique':
      return [{ role: 'only', instant: resolution.instant, offsetSeconds: resolution.offsetSeconds }];
    case 'overlap':
      return [
        { role: 'earlier', ...resolution.earlier },
        { role: 'later', ...resolution.later },
      ];
    case 'gap':
      return [
        { role: 'offset-after', ...resolution.withOffsetAfter },
        { role: 'offset-before', ...resolution.withOffsetBefore },
      ];
  }
}

// 'YYYY-MM-DD' with a year of 4–6 digits and an optional sign (HTML date inputs allow '10000-01-01').
const DATE_INPUT = /^([+-]?\d{4,6})-(\d{2})-(\d{2})$/;
// 'HH:MM', 'HH:MM:SS' or with a fraction of up to nine digits.
const TIME_INPUT = /^(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?$/;

/**
 * A date ('2024-03-10', '-0044-03-15', '10000-01-01') and a time ('02:30', '02:30:15.5';
 * empty for midnight) as wall-clock fields, checked. Errors: 'unrecognised', 'invalid-date', 'invalid-time'.
 */
export function parseWallClock(date: string, time: string): TimeResult<WallClock> {
  const dateMatch = DATE_INPUT.exec(date.trim());
  if (!dateMatch) return fail('unrecognised', 'Expected a date like 2024-03-10: a year of 4 to 6 digits (a minus sign before year 0), a month and a day.');
  const timeText = time.trim();
  const timeMatch = timeText === '' ? [] : TIME_INPUT.exec(timeText);
  if (!timeMatch) return fail('unrecognised', 'Expected a time like 02:30, 02:30:15 or 02:30:15.123456789.');
  const [, year = '', month = '', day = ''] = dateMatch;
  const [, hour = '0', minute = '0', second = '0', fraction = ''] = timeMatch;
  const wall: WallClock = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
    nanosecond: Number(fraction.padEnd(9, '0')),
  };
  return checkFields(wall) ?? ok(wall);
}
