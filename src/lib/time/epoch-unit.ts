import { parseDecimal, scaleDecimal } from './decimal';
import { fail, ok, type Notice, type TimeResult } from './result';
import { detectEpochUnit } from './epoch-bands';
import { epochNs, type EpochNs, type EpochUnit } from './units';

export { detectEpochUnit } from './epoch-bands';

/** Instants more than 10^30 ns (about 3×10^13 years) from 1970 are refused: no calendar goes there. */
export const MAX_EPOCH_DIGITS_NS = 30;

interface ParsedEpoch {
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
