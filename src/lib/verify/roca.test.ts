import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import moduli from './fixtures/roca-moduli.json';
import { hasRocaFingerprint, powersOfGenerator, ROCA_PRIMES, ROCA_PRIMORIAL } from './roca';

function bytesOf(hex: string): Uint8Array {
  return Uint8Array.from(Buffer.from(hex.length % 2 === 1 ? `0${hex}` : hex, 'hex'));
}

describe('the ROCA fingerprint test (CVE-2017-15361)', () => {
  it('uses the detector’s primes: every odd prime up to 167, whose product with 2 is 167#', () => {
    expect(ROCA_PRIMES).toHaveLength(38);
    expect(ROCA_PRIMES[0]).toBe(3);
    expect(ROCA_PRIMES.at(-1)).toBe(167);
    // The primorial the detector's own tests check (crocs-muni/roca, test_fingerprint.py).
    expect(ROCA_PRIMORIAL).toBe(962947420735983927056946215901134429196419130606213075415963491270n);
  });

  it('finds the subgroups 65537 generates that the detector’s first markers describe', () => {
    // The detector keeps each subgroup as a bit mask: 6, 30, 126, 1026, 5658, 107286 for 3 to 17.
    const masks = [3, 5, 7, 11, 13, 17].map((p) => powersOfGenerator(p).reduce((mask, residue) => mask + 2 ** residue, 0));
    expect(masks).toEqual([6, 30, 126, 1026, 5658, 107286]);
    // 65537 = 2^16 + 1 ≡ 2 (mod 17), whose powers are half the residues.
    expect(powersOfGenerator(17)).toEqual([1, 2, 4, 8, 9, 13, 15, 16]);
  });

  it.each(moduli)('$id ($note): flagged is $fingerprint, as the detector says', ({ modulusHex, fingerprint }) => {
    expect(hasRocaFingerprint(bytesOf(modulusHex))).toBe(fingerprint);
  });

  it('does not flag freshly generated moduli, of the usual size or an odd one', () => {
    for (const bits of [2048, 2056]) {
      const { n } = generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ format: 'jwk' });
      expect(hasRocaFingerprint(Uint8Array.from(Buffer.from(n ?? '', 'base64url')))).toBe(false);
    }
  });

  it('reads a modulus with leading zero bytes as the same number', () => {
    const mod03 = bytesOf(moduli.find((m) => m.id === 'mod03')!.modulusHex);
    expect(hasRocaFingerprint(Uint8Array.of(0, 0, ...mod03))).toBe(true);
  });
});
