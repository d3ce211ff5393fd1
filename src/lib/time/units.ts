/**
 * Instants as whole nanoseconds since 1970-01-01T00:00:00Z, leap seconds ignored (POSIX
 * time, as NumericDate in RFC 7519 §2). A BigInt keeps every digit of a 19-digit
 * nanosecond value, which a Number (53 bits) cannot.
 */

declare const nanosecondsBrand: unique symbol;

/** Nanoseconds since the epoch. Branded so that other bigints (seconds, ms) never pass for it. */
export type EpochNs = bigint & { readonly [nanosecondsBrand]: true };

/** Marks a count of nanoseconds since the epoch as an instant. */
export const epochNs = (nanoseconds: bigint): EpochNs => nanoseconds as EpochNs;

export type EpochUnit = 'seconds' | 'milliseconds' | 'microseconds' | 'nanoseconds';

export const EPOCH_UNITS: readonly EpochUnit[] = ['seconds', 'milliseconds', 'microseconds', 'nanoseconds'];

/** Nanoseconds in one of each unit. */
export const NANOS_PER: Readonly<Record<EpochUnit, bigint>> = {
  seconds: 1_000_000_000n,
  milliseconds: 1_000_000n,
  microseconds: 1_000n,
  nanoseconds: 1n,
};

/** ECMAScript time values span ±8.64e15 ms around the epoch (ECMA-262 §21.4.1.1), here in ns. */
export const DATE_LIMIT_NS = 8_640_000_000_000_000n * NANOS_PER.milliseconds;

/** Floor division for bigints (BigInt `/` truncates toward zero). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Whether a JavaScript Date can hold the instant (to the millisecond, rounded down). */
export function isWithinDateRange(instant: EpochNs): boolean {
  return instant >= -DATE_LIMIT_NS && instant <= DATE_LIMIT_NS;
}

/** The instant as a Date, rounded down to the millisecond; null beyond the Date range. */
export function toDate(instant: EpochNs): Date | null {
  return isWithinDateRange(instant) ? new Date(Number(floorDiv(instant, NANOS_PER.milliseconds))) : null;
}

/** The instant a Date holds. Throws a RangeError for an invalid Date. */
export function fromDate(date: Date): EpochNs {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return epochNs(BigInt(ms) * NANOS_PER.milliseconds);
}

/**
 * The instant counted in `unit`, as an exact decimal: '1405507023.107' seconds,
 * '-0.000000001' seconds for one nanosecond before the epoch. No trailing zeros.
 */
export function formatInUnit(instant: EpochNs, unit: EpochUnit): string {
  const scale = NANOS_PER[unit];
  const magnitude = instant < 0n ? -instant : instant;
  const whole = (magnitude / scale).toString();
  const digits = scale.toString().length - 1;
  const fraction = digits === 0 ? '' : (magnitude % scale).toString().padStart(digits, '0').replace(/0+$/, '');
  return `${instant < 0n ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** The instant in every epoch unit, each an exact decimal string. */
export type EpochValues = Readonly<Record<EpochUnit, string>>;

/** The instant in seconds, milliseconds, microseconds and nanoseconds, exactly. */
export function epochValues(instant: EpochNs): EpochValues {
  return {
    seconds: formatInUnit(instant, 'seconds'),
    milliseconds: formatInUnit(instant, 'milliseconds'),
    microseconds: formatInUnit(instant, 'microseconds'),
    nanoseconds: formatInUnit(instant, 'nanoseconds'),
  };
}
