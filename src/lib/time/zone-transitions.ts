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

function search(zone: string, fromSeconds: number, horizonDays: number): ZoneTransition | null {
  const offsetAt = (seconds: number) => offsetSecondsAtMs(zone, seconds * 1000);
  let low = fromSeconds;
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

// Searches from the start of a UTC day, kept: a clock ticking every second asks the same again.
const fromDayStart = new Map<string, ZoneTransition | null>();

/**
 * The zone's next offset change after the instant, within `horizonDays` (two years by default)
 * of the start of the instant's UTC day: searched a day at a time, then bisected to the second
 * (offsets change on whole seconds). Null for zones without one in that span (Asia/Tokyo,
 * UTC). Two changes within one day that cancel out are not seen. Throws a RangeError for an
 * unknown zone.
 */
export function nextTransition(zone: string, instant: EpochNs, horizonDays = 731): ZoneTransition | null {
  const seconds = Number(floorDiv(instant, NANOS_PER.seconds));
  const dayStart = Math.floor(seconds / DAY_SECONDS) * DAY_SECONDS;
  const key = `${zone} ${horizonDays} ${dayStart}`;
  let found = fromDayStart.get(key);
  if (found === undefined) {
    found = search(zone, dayStart, horizonDays);
    if (fromDayStart.size >= 500) fromDayStart.clear();
    fromDayStart.set(key, found);
  }
  // The first change after the day's start is the first after the instant, unless it came before it.
  return found === null || found.at > instant ? found : search(zone, seconds, horizonDays);
}
