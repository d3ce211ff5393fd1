import { parseDecimal, scaleDecimal } from './decimal';
import { fail, ok, type Notice, type TimeResult } from './result';
import { epochNs, type EpochNs, type EpochUnit } from './units';

/**
 * Which unit a bare epoch number is taken to be in, from the size of its integer part
 * (its absolute value, so negative numbers are read like positive ones). Each unit is read
 * up to 1e11 of the coarser unit below it, so every band spans the same dates: from
 * 1973-03-03T09:46:40Z (1e11 ms, 1e14 µs, 1e17 ns) to 5138-11-16T09:46:40Z (1e11 s).
 * A bound belongs to the finer unit: 1e11 is milliseconds, 99999999999 is seconds.
 */
export const EPOCH_UNIT_BANDS: ReadonlyArray<{ unit: EpochUnit; below: bigint | null }> = [
  { unit: 'seconds', below: 10n ** 11n },
  { unit: 'milliseconds', below: 10n ** 14n },
  { unit: 'microseconds', below: 10n ** 17n },
  { unit: 'nanoseconds', below: null },
];

/** The unit assumed for an epoch number whose integer part has this size (sign ignored). */
export function detectEpochUnit(integerPart: bigint): EpochUnit {
  const size = integerPart < 0n ? -integerPart : integerPart;
  return EPOCH_UNIT_BANDS.find((band) => band.below === null || size < band.below)?.unit ?? 'nanoseconds';
}

/** Instants more than 10^30 ns (about 3×10^13 years) from 1970 are refused: no calendar goes there. */
export const MAX_EPOCH_DIGITS_NS = 30;

export interface ParsedEpoch {
  instant: EpochNs;
  unit: EpochUnit;
  /** True when the unit was guessed from the magnitude, false when it was given. */
  detected: boolean;
  notices: Notice[];
}

const POWER_OF_TEN: Readonly<Record<EpochUnit, number>> = {
  seconds: 9,
  milliseconds: 6,
  microseconds: 3,
  nanoseconds: 0,
};

/**
 * Reads an epoch number ('1405507023.107', '-86400', '1.7e9', a 19-digit nanosecond count)
 * exactly. The unit is `unit` when given, else detected from the magnitude (EPOCH_UNIT_BANDS).
 * Digits finer than a nanosecond are cut off, with a notice. Null when the text is not a number.
 */
export function parseEpoch(text: string, unit?: EpochUnit): TimeResult<ParsedEpoch> | null {
  const decimal = parseDecimal(text.trim());
  if (!decimal) return null;
  const integerPart = scaleDecimal(decimal, 0, MAX_EPOCH_DIGITS_NS);
  const chosen = unit ?? (integerPart ? detectEpochUnit(integerPart.value) : 'nanoseconds');
  const scaled = scaleDecimal(decimal, POWER_OF_TEN[chosen], MAX_EPOCH_DIGITS_NS);
  if (!scaled) {
    return fail('out-of-range', 'That number is too large: an epoch value must lie within 10^30 nanoseconds of 1970.');
  }
  const notices: Notice[] = scaled.exact
    ? []
    : [{ code: 'precision-truncated', message: 'Digits finer than a nanosecond were dropped.' }];
  return ok({ instant: epochNs(scaled.value), unit: chosen, detected: unit === undefined, notices });
}
