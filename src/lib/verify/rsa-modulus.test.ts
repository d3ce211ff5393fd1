import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBase64url } from '../core/base64url';
import { bitLength, rsaExponentProblem, rsaModulusProblem } from './rsa-modulus';

function modulusOf(bits: number): Uint8Array {
  const { n } = generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ format: 'jwk' });
  const decoded = decodeBase64url(n ?? '');
  if (!decoded.ok) throw new Error('bad n');
  return decoded.bytes;
}

describe('rsaModulusProblem', () => {
  const n2048 = modulusOf(2048);

  it('accepts whole moduli of the sizes keys are made in, including the small ones refused later as too small', () => {
    expect(bitLength(n2048)).toBe(2048);
    expect(rsaModulusProblem(n2048)).toBeNull();
    expect(rsaModulusProblem(modulusOf(3072))).toBeNull();
    expect(rsaModulusProblem(modulusOf(1024))).toBeNull();
    // A modulus one bit short of its size, as some older generators make.
    const short = Uint8Array.from(n2048);
    short[0] = 0x7f;
    expect(rsaModulusProblem(short)).toBeNull();
  });

  it('accepts a genuine modulus of any size from 2048 bits, multiple of 256 or not', () => {
    for (const bits of [2056, 3000]) {
      const n = modulusOf(bits);
      expect(bitLength(n)).toBe(bits);
      expect(rsaModulusProblem(n)).toBeNull();
    }
  });

  it('calls an even modulus altered', () => {
    const even = Uint8Array.from(n2048);
    even[even.length - 1]! &= 0xfe;
    expect(rsaModulusProblem(even)).toMatch(/even number.*RFC 8017 §3\.1/);
  });

  it('calls a modulus cut short what it is, not merely a small key', () => {
    // The end cut off at a byte that happens to be odd: 1800 bits is no size keys are made in.
    const cut = n2048.slice(0, 225);
    cut[cut.length - 1]! |= 1;
    expect(rsaModulusProblem(cut)).toMatch(/1800 bits, not a size RSA keys are made in below 2048 bits.*RFC 7518 §3\.3.*cut short/);
    // The start cut off: the top byte is no longer full, so the size is not a whole multiple either.
    const headless = n2048.slice(3);
    headless[0] = 0x1f;
    expect(rsaModulusProblem(headless)).toMatch(/2021 bits/);
    expect(rsaModulusProblem(n2048.slice(0, 40).map((b, i) => (i === 39 ? b | 1 : b)))).toMatch(/only 320 bits, too short to be a real RSA modulus/);
  });

  it('does not call an odd-sized modulus of 2048 bits or more cut short, since genuine keys come in such sizes', () => {
    // 4096 bits cut to 3000 with an odd end: nothing in the bytes tells it from a real 3000-bit key.
    const n4096 = Uint8Array.from({ length: 512 }, (_, i) => (i === 0 ? 0xc5 : (i * 37 + 11) & 0xff));
    const cut = n4096.slice(0, 375);
    cut[cut.length - 1]! |= 1;
    expect(bitLength(cut)).toBe(3000);
    expect(rsaModulusProblem(cut)).toBeNull();
  });
});

describe('rsaExponentProblem', () => {
  it('accepts odd exponents from 3, and names even ones and 1', () => {
    expect(rsaExponentProblem(Uint8Array.of(1, 0, 1))).toBeNull();
    expect(rsaExponentProblem(Uint8Array.of(3))).toBeNull();
    expect(rsaExponentProblem(Uint8Array.of(1, 0, 0))).toMatch(/^is 65536, but an RSA public exponent is odd and at least 3/);
    expect(rsaExponentProblem(Uint8Array.of(1))).toMatch(/^is 1,/);
    expect(rsaExponentProblem(new Uint8Array(8).fill(2))).toMatch(/^is a 58-bit even number/);
  });
});

