import { NANOS_PER, type EpochNs } from './units';

/**
 * Distances in time from `now`, computed on BigInt nanoseconds so they hold for any instant.
 * Months and years in the rounded phrase are average Gregorian ones (30.436875 and 365.2425 days).
 */

const SECOND = NANOS_PER.seconds;
const MINUTE = 60n * SECOND;
const HOUR = 60n * MINUTE;
const DAY = 24n * HOUR;

const ROUNDED_UNITS: ReadonlyArray<{ unit: Intl.RelativeTimeFormatUnit; size: bigint; below: bigint | null }> = [
  { unit: 'second', size: SECOND, below: MINUTE },
  { unit: 'minute', size: MINUTE, below: HOUR },
  { unit: 'hour', size: HOUR, below: DAY },
  { unit: 'day', size: DAY, below: 30n * DAY },
  { unit: 'month', size: 2_629_746n * SECOND, below: 31_556_952n * SECOND },
  { unit: 'year', size: 31_556_952n * SECOND, below: null },
];

let phrases: Intl.RelativeTimeFormat | undefined;

const abs = (n: bigint): bigint => (n < 0n ? -n : n);

/**
 * 'in 4 minutes', '3 days ago', '2 years ago': the largest unit that fits, counted down
 * (4 min 59 s is '4 minutes'). Within a second of `now`: 'now'.
 */
export function relativeText(instant: EpochNs, now: EpochNs): string {
  const delta = instant - now;
  const size = abs(delta);
  if (size < SECOND) return 'now';
  const band = ROUNDED_UNITS.find((entry) => entry.below === null || size < entry.below) ?? ROUNDED_UNITS[0]!;
  const count = Number(size / band.size);
  phrases ??= new Intl.RelativeTimeFormat('en', { numeric: 'always' });
  return phrases.format(delta < 0n ? -count : count, band.unit);
}

const EXACT_UNITS: ReadonlyArray<{ size: bigint; label: (n: bigint) => string }> = [
  { size: DAY, label: (n) => (n === 1n ? '1 day' : `${n.toLocaleString('en-US')} days`) },
  { size: HOUR, label: (n) => `${n} h` },
  { size: MINUTE, label: (n) => `${n} min` },
  { size: SECOND, label: (n) => `${n} s` },
];

/**
 * The size of a duration in nanoseconds (sign ignored) in days, h, min and s: the largest
 * non-zero unit and the two below it, zero units left out, the rest cut off, as the decoder
 * writes durations ('3 days 4 h 12 min'). Under a second: '500 ms', '12 µs', '7 ns'.
 */
export function formatExactDuration(nanoseconds: bigint): string {
  let rest = abs(nanoseconds);
  if (rest === 0n) return '0 s';
  if (rest < 1_000n) return `${rest} ns`;
  if (rest < NANOS_PER.milliseconds) return `${rest / 1_000n} µs`;
  if (rest < SECOND) return `${rest / NANOS_PER.milliseconds} ms`;
  const parts: string[] = [];
  let first = -1;
  EXACT_UNITS.forEach((unit, index) => {
    const count = rest / unit.size;
    rest -= count * unit.size;
    if (first === -1 && count > 0n) first = index;
    if (count > 0n && index - first < 3) parts.push(unit.label(count));
  });
  return parts.join(' ');
}

/** 'in 3 days 4 h 12 min', '3 days 4 h 12 min ago'; 'now' when equal. */
export function exactRelativeText(instant: EpochNs, now: EpochNs): string {
  const delta = instant - now;
  if (delta === 0n) return 'now';
  const size = formatExactDuration(delta);
  return delta > 0n ? `in ${size}` : `${size} ago`;
}
