import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBase64url } from '../core/base64url';
import { COORDINATE_BYTES, isOnCurve } from './curve-points';

function bytes(text: string | undefined): Uint8Array {
  const decoded = decodeBase64url(text ?? '');
  if (!decoded.ok) throw new Error('bad base64url');
  return decoded.bytes;
}

describe('isOnCurve', () => {
  it.each(['P-256', 'P-384', 'P-521'] as const)('accepts generated %s keys and rejects them with one byte changed', (crv) => {
    for (let i = 0; i < 20; i++) {
      const jwk = generateKeyPairSync('ec', { namedCurve: crv }).publicKey.export({ format: 'jwk' });
      const x = bytes(jwk.x);
      const y = bytes(jwk.y);
      expect(x).toHaveLength(COORDINATE_BYTES[crv]);
      expect(isOnCurve(crv, x, y)).toBe(true);
      const altered = Uint8Array.from(y);
      altered[altered.length - 1]! ^= 0x01;
      expect(isOnCurve(crv, x, altered)).toBe(false);
    }
  });

  it('rejects coordinates that are not field elements', () => {
    const all = new Uint8Array(32).fill(0xff);
    expect(isOnCurve('P-256', all, all)).toBe(false);
  });
});
