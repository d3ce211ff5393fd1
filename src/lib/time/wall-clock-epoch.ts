import { formatOffset } from './local-time';
import { ok, type TimeResult } from './result';
import { formatRfc3339Utc } from './rfc3339';
import { epochValues, type EpochValues } from './units';
import { parseWallClock, resolveWallClock, wallClockReadings, type OffsetInstant, type WallClockResolution } from './wall-clock';

/** One instant a wall-clock time names, in every unit. */
export interface WallClockReading extends OffsetInstant {
  /** 'only'; 'earlier' / 'later' in an overlap; 'offset-after' / 'offset-before' in a gap. */
  role: ReturnType<typeof wallClockReadings>[number]['role'];
  /** '-04:00' */
  offset: string;
  values: EpochValues;
  rfc3339Utc: string | null;
}

/**
 * A date and time typed in a zone ('2024-03-10', '02:30', 'America/New_York') to every epoch
 * unit: one reading, or two for a time skipped (gap) or repeated (overlap), earliest first.
 * Errors as parseWallClock and resolveWallClock give them.
 */
export function wallClockToEpoch(
  date: string,
  time: string,
  zone: string,
): TimeResult<{ resolution: WallClockResolution; readings: WallClockReading[] }> {
  const wall = parseWallClock(date, time);
  if (!wall.ok) return wall;
  const resolved = resolveWallClock(wall.value, zone);
  if (!resolved.ok) return resolved;
  const readings = wallClockReadings(resolved.value).map((reading) => ({
    ...reading,
    offset: formatOffset(reading.offsetSeconds / 60),
    values: epochValues(reading.instant),
    rfc3339Utc: formatRfc3339Utc(reading.instant),
  }));
  return ok({ resolution: resolved.value, readings });
}
