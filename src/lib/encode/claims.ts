import { encodeBase64url } from '../core/base64url';
import type { JsonObject } from '../core/json';

/**
 * Claim helpers. Time is passed in as seconds since the epoch (RFC 7519 §2 NumericDate),
 * randomness as a function, so tests can fix both.
 */

/** Seconds since the epoch, whole (RFC 7519 §2 allows fractions; whole seconds are what servers expect). */
export type EpochSeconds = number;

export function epochSeconds(date: Date): EpochSeconds {
  return Math.floor(date.getTime() / 1000);
}

/** Fills `length` bytes with random values: crypto.getRandomValues in the page. */
export type RandomBytes = (length: number) => Uint8Array;

export const browserRandom: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

interface Lifetime {
  id: string;
  label: string;
  seconds: number;
}

/** The lifetimes offered for `exp`: from a short-lived access token to a long session. */
export const LIFETIMES: readonly Lifetime[] = [
  { id: '30s', label: '30 seconds', seconds: 30 },
  { id: '1m', label: '1 minute', seconds: 60 },
  { id: '5m', label: '5 minutes', seconds: 5 * 60 },
  { id: '15m', label: '15 minutes', seconds: 15 * 60 },
  { id: '1h', label: '1 hour', seconds: 60 * 60 },
  { id: '1d', label: '1 day', seconds: 24 * 60 * 60 },
  { id: '7d', label: '7 days', seconds: 7 * 24 * 60 * 60 },
  { id: '30d', label: '30 days', seconds: 30 * 24 * 60 * 60 },
];

/** RFC 7519 §4.1.6: when the token was issued. */
export function setIssuedAt(payload: JsonObject, now: EpochSeconds): JsonObject {
  return { ...payload, iat: now };
}

/** RFC 7519 §4.1.4: the token is not accepted on or after `exp`. */
export function setExpiry(payload: JsonObject, now: EpochSeconds, lifetimeSeconds: number): JsonObject {
  return { ...payload, exp: now + lifetimeSeconds };
}

/** RFC 7519 §4.1.5: the token is not accepted before `nbf`. */
export function setNotBefore(payload: JsonObject, notBefore: EpochSeconds): JsonObject {
  return { ...payload, nbf: notBefore };
}

/**
 * RFC 7519 §4.1.7: a unique identifier, with a negligible chance of collision: 128 random
 * bits, base64url (22 characters).
 */
export function newJwtId(random: RandomBytes): string {
  return encodeBase64url(random(16));
}

export function setJwtId(payload: JsonObject, random: RandomBytes): JsonObject {
  return { ...payload, jti: newJwtId(random) };
}

/** A random HMAC secret as long as the hash output, which RFC 7518 §3.2 asks for at least. */
export function newHmacSecret(alg: string, random: RandomBytes): string {
  const bytes = alg === 'HS512' ? 64 : alg === 'HS384' ? 48 : 32;
  return encodeBase64url(random(bytes));
}
