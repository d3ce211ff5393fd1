/** Exact decimal numbers as written ('1405507023.107', '-1.7e9'), read without floating point. */

interface Decimal {
  negative: boolean;
  /** All the digits, as one integer: |value| = coefficient × 10^exponent. */
  coefficient: bigint;
  exponent: number;
}

// An optional sign, digits with an optional fraction (or a bare fraction), an optional exponent.
const DECIMAL = /^([+-])?(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d{1,4}))?$/;

/** Reads a plain or scientific decimal number; null when the text is not one. */
export function parseDecimal(text: string): Decimal | null {
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const [, sign, whole = '', fractionAfterWhole, bareFraction, exponent = '0'] = match;
  const fraction = fractionAfterWhole ?? bareFraction ?? '';
  return {
    negative: sign === '-',
    coefficient: BigInt(`${whole}${fraction}` || '0'),
    exponent: Number(exponent) - fraction.length,
  };
}

interface ScaledInteger {
  /** The value × 10^power, truncated toward zero. */
  value: bigint;
  /** False when digits were cut off by the truncation. */
  exact: boolean;
}

/**
 * value × 10^power as an integer, truncated toward zero. Null when the result would have
 * more than `maxDigits` digits: a guard against '1e9999' building a huge BigInt.
 */
export function scaleDecimal(decimal: Decimal, power: number, maxDigits: number): ScaledInteger | null {
  const { coefficient } = decimal;
  if (coefficient === 0n) return { value: 0n, exact: true };
  const shift = decimal.exponent + power;
  const digits = coefficient.toString().length;
  if (digits + shift > maxDigits) return null;
  let magnitude = 0n;
  let exact = false;
  if (shift >= 0) {
    magnitude = coefficient * 10n ** BigInt(shift);
    exact = true;
  } else if (-shift < digits) {
    const divisor = 10n ** BigInt(-shift);
    magnitude = coefficient / divisor;
    exact = coefficient % divisor === 0n;
  }
  return { value: decimal.negative ? -magnitude : magnitude, exact };
}
