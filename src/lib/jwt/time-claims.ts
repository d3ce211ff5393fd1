import { detectEpochUnit } from '../time/epoch-bands';
import { formatExactDuration } from '../time/relative';
import type { JsonObject, JsonValue } from '../core/json';

/**
 * Reading NumericDate claims (RFC 7519 §2): seconds since 1970-01-01T00:00:00Z UTC,
 * ignoring leap seconds, possibly fractional. "now" is always passed in.
 */

export type TimeStatus = 'valid' | 'expired' | 'not-yet-valid' | 'in-future' | 'past';

export type FinerUnit = 'milliseconds' | 'microseconds' | 'nanoseconds';

const PER_MILLISECOND: Record<FinerUnit, number> = { milliseconds: 1, microseconds: 1e3, nanoseconds: 1e6 };

export interface TimeClaimView {
  name: string;
  /** The value exactly as the token states it, in seconds. */
  seconds: number;
  /** The instant, to the millisecond; null when outside the range of a JS Date. */
  instant: Date | null;
  /** RFC 3339 UTC text of `instant`; null when `instant` is null. */
  iso: string | null;
  /** The value is so large it is most likely milliseconds written where seconds belong. */
  looksLikeMilliseconds: boolean;
  /**
   * When it looks like a finer unit: which one, by the timestamp converter's magnitude
   * bands (from 1e11 milliseconds, from 1e14 microseconds, from 1e16 nanoseconds), and the
   * instant it names read that way (null beyond the range of a JS Date). Null otherwise.
   */
  finerReading: { unit: FinerUnit; instant: Date | null } | null;
  /** The value lies beyond ±8.64e15 ms, the range of ECMAScript time values. */
  outOfRange: boolean;
  status: TimeStatus;
  /** instant − now, in milliseconds (negative: in the past). */
  relativeMs: number;
}

/**
 * At or above this many "seconds" a NumericDate almost surely holds milliseconds:
 * 1e11 s is the year 5138, while millisecond timestamps passed 1e11 on 1973-03-03.
 */
export const MILLISECONDS_THRESHOLD = 1e11;

/** ECMAScript time values span ±8.64e15 ms around the epoch (ECMA-262 §21.4.1.1). */
const MAX_TIME_MS = 8.64e15;

const MS_PER_SECOND = 1000;
const NANOS_PER_MS = 1_000_000n;

/** Claims that hold NumericDates: RFC 7519 §4.1.4–§4.1.6 and OpenID Connect Core §2 / §5.1. */
export const NUMERIC_DATE_CLAIMS = ['exp', 'nbf', 'iat', 'auth_time', 'updated_at'] as const;

/** Reads a NumericDate claim; null when the value is not a finite number. */
export function readTimeClaim(name: string, value: unknown, now: Date): TimeClaimView | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  // Rounded to whole milliseconds: 1405507023.107 * 1000 must not become …106.9999.
  const ms = Math.round(value * MS_PER_SECOND);
  const outOfRange = !(Math.abs(ms) <= MAX_TIME_MS);
  const instant = outOfRange ? null : new Date(ms);
  const nowMs = now.getTime();
  return {
    name,
    seconds: value,
    instant,
    iso: instant === null ? null : toRfc3339Utc(instant),
    looksLikeMilliseconds: value >= MILLISECONDS_THRESHOLD,
    finerReading: value >= MILLISECONDS_THRESHOLD ? finerReading(value) : null,
    outOfRange,
    status: statusOf(name, ms, nowMs),
    relativeMs: ms - nowMs,
  };
}

function finerReading(value: number): { unit: FinerUnit; instant: Date | null } {
  const detected = detectEpochUnit(BigInt(Math.trunc(value)));
  const unit: FinerUnit = detected === 'seconds' ? 'milliseconds' : detected;
  const ms = Math.round(value / PER_MILLISECOND[unit]);
  return { unit, instant: Math.abs(ms) <= MAX_TIME_MS ? new Date(ms) : null };
}

function statusOf(name: string, ms: number, nowMs: number): TimeStatus {
  switch (name) {
    // RFC 7519 §4.1.4: not accepted on or after exp.
    case 'exp':
      return nowMs >= ms ? 'expired' : 'valid';
    // RFC 7519 §4.1.5: not accepted before nbf; nbf itself is valid.
    case 'nbf':
      return nowMs < ms ? 'not-yet-valid' : 'valid';
    default:
      return ms > nowMs ? 'in-future' : 'past';
  }
}

/**
 * '2011-03-22T18:43:00Z', or '2014-07-16T10:37:03.107Z' when the milliseconds are not zero.
 * Throws a RangeError for an invalid Date, as `Date.prototype.toISOString` does.
 */
export function toRfc3339Utc(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

/**
 * The size of a duration (its sign is ignored) in days, h, min and s: the largest non-zero
 * unit and the two below it, zero units left out, the rest truncated.
 * 0 → '0 s'; 252000 → '4 min 12 s'; 1 day → '1 day'; 3 d 4 h 12 min 9 s → '3 days 4 h 12 min'.
 * Under one second the milliseconds are shown: 500 → '500 ms'.
 * Throws a RangeError for a value that is not finite.
 */
export function formatDurationExact(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`Not a finite duration: ${ms}`);
  // The converter's formatter, on whole milliseconds: one way of writing durations in the app.
  return formatExactDuration(BigInt(Math.floor(Math.abs(ms))) * NANOS_PER_MS);
}

/** formatDurationExact, or words for a span too long for any calendar (from a value such as iat −1e307). */
export function durationText(ms: number): string {
  return Number.isFinite(ms) ? formatDurationExact(ms) : 'longer than any calendar can show';
}

/**
 * Words for a signed distance in time, `target − now` in milliseconds:
 * 252000 → 'in 4 min 12 s'; −273600000 → '3 days 4 h ago'; 0 → 'now'.
 */
export function relativePhrase(deltaMs: number): string {
  if (deltaMs === 0) return 'now';
  const size = formatDurationExact(deltaMs);
  return deltaMs > 0 ? `in ${size}` : `${size} ago`;
}

/**
 * How long the token is meant to live, in seconds: exp − iat, or exp − nbf when iat is not a
 * finite number; null when exp, or both iat and nbf, are not finite numbers.
 */
export function lifetimeSeconds(payload: JsonObject): number | null {
  const exp = finiteClaim(payload, 'exp');
  if (exp === null) return null;
  const start = finiteClaim(payload, 'iat') ?? finiteClaim(payload, 'nbf');
  return start === null ? null : exp - start;
}

/** A claim's own value (never one inherited from Object.prototype). */
export function ownClaim(object: JsonObject, name: string): JsonValue | undefined {
  return Object.hasOwn(object, name) ? object[name] : undefined;
}

function finiteClaim(payload: JsonObject, name: string): number | null {
  const value = ownClaim(payload, name);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
