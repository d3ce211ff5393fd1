import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeBase64url, encodeBase64urlText } from '../core/base64url';
import { parseKey } from './parse-key';
import { jwks } from './test-helpers';
import { verifyToken } from './verify';

/**
 * RSA keys of sizes that are not a multiple of 256 bits are genuine from 2048 bits up
 * (RFC 7518 §3.3 asks for "2048 bits or larger", nothing more): each form of such a key
 * verifies. Below 2048 bits every key is refused, by the rule or as damaged.
 */

function rs256(privateKey: KeyObject, kid?: string): string {
  const input = `${encodeBase64urlText(JSON.stringify(kid === undefined ? { alg: 'RS256' } : { alg: 'RS256', kid }))}.${encodeBase64urlText('{"sub":"odd-size"}')}`;
  return `${input}.${encodeBase64url(createSign('RSA-SHA256').update(input).sign(privateKey))}`;
}

// One key pair per size, made once: generating RSA keys is slow.
const SIZES = [2056, 3000] as const;
const pairs = new Map(SIZES.map((bits) => [bits, generateKeyPairSync('rsa', { modulusLength: bits })]));

describe.each(SIZES)('a genuine %i-bit RSA key', (bits) => {
  const { publicKey, privateKey } = pairs.get(bits)!;
  const token = rs256(privateKey, `k${bits}`);

  it.each([
    ['JWK', () => JSON.stringify(publicKey.export({ format: 'jwk' }))],
    ['SPKI PEM', () => publicKey.export({ type: 'spki', format: 'pem' }) as string],
    ['PKCS#1 PEM', () => publicKey.export({ type: 'pkcs1', format: 'pem' }) as string],
    ['PKCS#8 private key', () => privateKey.export({ type: 'pkcs8', format: 'pem' }) as string],
  ])('verifies as a %s', async (_form, text) => {
    const key = parseKey(text(), 'utf8');
    const shape = key.kind === 'jwk' ? key.key.shape : key.kind === 'pem' ? key.shape : null;
    expect(shape).toMatchObject({ kty: 'RSA', bits });
    expect(await verifyToken({ token, key })).toMatchObject({ status: 'verified', code: 'verified' });
  });

  it('verifies as a key of a JWK Set', async () => {
    const set = jwks({ ...publicKey.export({ format: 'jwk' }), kid: `k${bits}` });
    expect(await verifyToken({ token, key: parseKey(set, 'utf8') })).toMatchObject({ status: 'verified', key: { index: 0 } });
  });
});

describe('RSA keys under 2048 bits', () => {
  it('are refused as too small when whole, in any form (RFC 7518 §3.3)', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const token = rs256(privateKey);
    for (const text of [JSON.stringify(publicKey.export({ format: 'jwk' })), publicKey.export({ type: 'spki', format: 'pem' }) as string]) {
      expect(await verifyToken({ token, key: parseKey(text, 'utf8') })).toMatchObject({ status: 'error', code: 'key-too-small' });
    }
  });

  it('are named damaged when a JWK "n" has a size no key was made in, and refused either way', async () => {
    const { publicKey, privateKey } = pairs.get(2056)!;
    const jwk = publicKey.export({ format: 'jwk' });
    const n = Buffer.from(jwk.n ?? '', 'base64url').subarray(0, 225);
    n[n.length - 1]! |= 1;
    const result = await verifyToken({ token: rs256(privateKey), key: parseKey(JSON.stringify({ ...jwk, n: n.toString('base64url') }), 'utf8') });
    expect(result).toMatchObject({ status: 'error', code: 'jwk-rsa-modulus-malformed' });
  });
});
