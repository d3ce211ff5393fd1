/**
 * Whether an RSA modulus can be real, judged from its bytes alone. A JWK's "n" that was
 * cut short when copied still decodes, and WebCrypto imports it: the only sign would be a
 * signature that never matches, or a refusal as "too small" that hides the real fault.
 * Only what is certain, or what concerns a key refused anyway, is called damage: a
 * modulus of 2048 bits or more is never refused for its size, whatever that size is.
 */

import { hasRocaFingerprint } from './roca';
import type { KeyWeaknessCode } from './types';

/** The smallest moduli ever in use were 512 bits; JWS asks for 2048 (RFC 7518 §3.3). */
const SHORTEST_REAL_BITS = 512;

/** RFC 7518 §3.3: "A key of size 2048 bits or larger MUST be used with these algorithms." */
const JWS_MINIMUM_BITS = 2048;

/** The small keys of old were made in multiples of this many bits: 512, 768, 1024, 1536. */
const SMALL_SIZE_STEP_BITS = 256;

export function bitLength(bytes: Uint8Array): number {
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  return start === bytes.length ? 0 : (bytes.length - start - 1) * 8 + (32 - Math.clz32(bytes[start]!));
}

/** Why these bytes cannot be a whole RSA modulus, or null when they can. */
export function rsaModulusProblem(modulus: Uint8Array): string | null {
  const bits = bitLength(modulus);
  // RFC 8017 §3.1: n is the product of two (or more) odd primes, so it is odd.
  if ((modulus[modulus.length - 1]! & 1) === 0) {
    return `is an even number (${bits} bits), but an RSA modulus is a product of odd primes and always odd (RFC 8017 §3.1): its end was cut off or altered. Copy the "n" value again, whole.`;
  }
  if (bits < SHORTEST_REAL_BITS) {
    return `is only ${bits} bits, too short to be a real RSA modulus (JWS keys have 2048 bits or more, RFC 7518 §3.3): most of it is missing. Copy the "n" value again, whole.`;
  }
  // From 2048 bits any size is genuine (2056, 3000 and 4095 are all made); below it, where
  // the key is refused as too small anyway, an odd size says more than "too small" would.
  // A generator asked for k bits makes k, or k − 1 for a few older ones.
  const rest = bits % SMALL_SIZE_STEP_BITS;
  if (bits < JWS_MINIMUM_BITS && rest !== 0 && rest !== SMALL_SIZE_STEP_BITS - 1) {
    return (
      `is ${bits} bits, not a size RSA keys are made in below ${JWS_MINIMUM_BITS} bits (512, 768, 1024, 1536…), and less than the ${JWS_MINIMUM_BITS} JWS requires (RFC 7518 §3.3): ` +
      'it is most likely what is left of a longer modulus cut short when copied. Copy the "n" value again, whole.'
    );
  }
  return null;
}

/** Why these bytes cannot be an RSA public exponent, or null when they can. */
export function rsaExponentProblem(exponent: Uint8Array): string | null {
  const bits = bitLength(exponent);
  // RFC 8017 §3.1: e is an odd integer of at least 3; keys use 65537 ("AQAB") almost always.
  const small = bits <= 48 ? exponent.reduce((value, byte) => value * 256 + byte, 0) : null;
  if ((exponent[exponent.length - 1]! & 1) === 1 && (small === null || small >= 3)) return null;
  const shown = small === null ? `a ${bits}-bit even number` : String(small);
  return `is ${shown}, but an RSA public exponent is odd and at least 3 (RFC 8017 §3.1); it is almost always 65537, "AQAB".`;
}

/** What a whole modulus gives away about its key: empty for a sound one. */
export function rsaModulusWeaknesses(modulus: Uint8Array): KeyWeaknessCode[] {
  return hasRocaFingerprint(modulus) ? ['roca'] : [];
}
