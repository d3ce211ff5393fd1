import { DATE_LIMIT_NS, epochNs, floorDiv, NANOS_PER, type EpochNs } from './units';
import { offsetSecondsAtMs } from './zone-offset';

/** A change of a zone's UTC offset. */
export interface ZoneTransition {
  /** The first instant with the new offset. */
  at: EpochNs;
  offsetBeforeSeconds: number;
  offsetAfterSeconds: number;
}

const DAY_SECONDS = 86_400;
const LIMIT_SECONDS = Number(DATE_LIMIT_NS / NANOS_PER.seconds);

/**
 * The zone's next offset change after the instant, searched a day at a time for up to
 * `horizonDays` (two years by default), then bisected to the second (offsets change on whole
 * seconds). Null for zones without one in that span (Asia/Tokyo, UTC). Two changes within
 * one day that cancel out are not seen. Throws a RangeError for an unknown zone.
 */
export function nextTransition(zone: string, instant: EpochNs, horizonDays = 731): ZoneTransition | null {
  const offsetAt = (seconds: number) => offsetSecondsAtMs(zone, seconds * 1000);
  let low = Number(floorDiv(instant, NANOS_PER.seconds));
  if (Math.abs(low) > LIMIT_SECONDS) return null;
  const before = offsetAt(low);
  for (let day = 0; day < horizonDays; day += 1) {
    let high = Math.min(low + DAY_SECONDS, LIMIT_SECONDS);
    if (high <= low) return null;
    if (offsetAt(high) !== before) {
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (offsetAt(middle) === before) low = middle;
        else high = middle;
      }
      return { at: epochNs(BigInt(high) * NANOS_PER.seconds), offsetBeforeSeconds: before, offsetAfterSeconds: offsetAt(high) };
    }
    low = high;
  }
  return null;
}
