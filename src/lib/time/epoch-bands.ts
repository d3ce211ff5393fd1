import type { EpochUnit } from './units';

// Apart from the parser: the decoder names the likely unit of an oversized NumericDate with
// these bands, and a module it imports goes into the first view with all of its imports.

/**
 * Which unit a bare epoch number is taken to be in, from the size of its integer part
 * (its absolute value, so negative numbers are read like positive ones), as the common
 * converters guess it: below 1e11 seconds, from 1e11 milliseconds, from 1e14 microseconds,
 * from 1e16 nanoseconds. Seconds, milliseconds and microseconds all reach
 * 1973-03-03T09:46:40Z at their lower bound (1e11 ms, 1e14 µs); nanoseconds start at
 * 1970-04-26T17:46:40Z (1e16 ns), so microseconds end at 2286-11-20T17:46:40Z (1e16 µs).
 * A bound belongs to the finer unit: 1e11 is milliseconds, 99999999999 is seconds.
 */
const EPOCH_UNIT_BANDS: ReadonlyArray<{ unit: EpochUnit; below: bigint | null }> = [
  { unit: 'seconds', below: 10n ** 11n },
  { unit: 'milliseconds', below: 10n ** 14n },
  { unit: 'microseconds', below: 10n ** 16n },
  { unit: 'nanoseconds', below: null },
];

/** The unit assumed for an epoch number whose integer part has this size (sign ignored). */
export function detectEpochUnit(integerPart: bigint): EpochUnit {
  const size = integerPart < 0n ? -integerPart : integerPart;
  return EPOCH_UNIT_BANDS.find((band) => band.below === null || size < band.below)?.unit ?? 'nanoseconds';
}
