import type { SupportedCurve } from './types';

/**
 * The fixed sizes of the curves' values and the check that (x, y) is a point on the
 * curve, so a JWK with a broken coordinate is named before WebCrypto refuses it blindly.
 */

/** Bytes in a coordinate or private scalar: RFC 7518 §6.2.1.2–§6.2.1.3, §6.2.2.1; RFC 8037 §2. */
export const COORDINATE_BYTES: Readonly<Record<SupportedCurve, number>> = {
  'P-256': 32,
  'P-384': 48,
  'P-521': 66,
  Ed25519: 32,
};

// SEC 2 §2.4.2, §2.5.1, §2.6.1 (= FIPS 186-4 §D.1.2): y² = x³ − 3x + b over the prime field p.
const WEIERSTRASS: Readonly<Record<Exclude<SupportedCurve, 'Ed25519'>, { p: bigint; b: bigint }>> = {
  'P-256': {
    p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
    b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
  },
  'P-384': {
    p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
    b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn,
  },
  'P-521': {
    p: (1n << 521n) - 1n,
    b: 0x0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00n,
  },
};

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Big-endian bytes as a number; through hex text, which is far quicker than shifting byte by byte. */
function toBigInt(bytes: Uint8Array): bigint {
  let hex = '0x0';
  for (const byte of bytes) hex += HEX[byte]!;
  return BigInt(hex);
}

/** Whether the affine point (x, y) lies on the NIST curve (SEC 1 §3.2.2.1 steps 2–3). */
export function isOnCurve(crv: Exclude<SupportedCurve, 'Ed25519'>, x: Uint8Array, y: Uint8Array): boolean {
  const { p, b } = WEIERSTRASS[crv];
  const px = toBigInt(x);
  const py = toBigInt(y);
  if (px >= p || py >= p) return false;
  const right = (((px * px) % p) * px - 3n * px + b) % p;
  return (py * py - right) % p === 0n;
}
