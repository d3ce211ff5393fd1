import { createSign, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeBase64url, encodeBase64urlText } from '../core/base64url';
import { parseKey } from './parse-key';
import { jwks, sign } from './test-helpers';
import { verifyToken } from './verify';

/**
 * A JWK's own "use" (RFC 7517 §4.2), "key_ops" (§4.3) and "alg" (§4.4) are honoured: a key
 * not meant for verifying this token is refused alone, and skipped with its reason in a set.
 */

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...publicKey.export({ format: 'jwk' }) } as Record<string, unknown>;
const privateJwk = privateKey.export({ format: 'jwk' }) as Record<string, unknown>;

function rs256(kid?: string): string {
  const header = kid === undefined ? { alg: 'RS256' } : { alg: 'RS256', kid };
  const input = `${encodeBase64urlText(JSON.stringify(header))}.${encodeBase64urlText('{"sub":"use"}')}`;
  return `${input}.${encodeBase64url(createSign('RSA-SHA256').update(input).sign(privateKey))}`;
}

const verifyWith = (key: object, token = rs256()) => verifyToken({ token, key: parseKey(JSON.stringify(key), 'utf8') });

describe('a single JWK', () => {
  it.each([
    ['"use": "enc"', { use: 'enc' }, 'key-use-enc'],
    ['"key_ops" for encryption only', { key_ops: ['encrypt', 'wrapKey'] }, 'key-use-enc'],
    ['"key_ops" without "verify"', { key_ops: ['sign'] }, 'key-ops-no-verify'],
    ['an empty "key_ops"', { key_ops: [] }, 'key-ops-no-verify'],
    ['"alg" naming another algorithm', { alg: 'RS384' }, 'alg-not-allowed-for-key'],
  ])('with %s is refused with that code', async (_what, members, code) => {
    expect(await verifyWith({ ...jwk, ...members })).toMatchObject({ status: 'error', code });
  });

  it('says which operations key_ops lists and that "verify" is not one of them', async () => {
    const result = await verifyWith({ ...jwk, key_ops: ['sign'] });
    expect(result.message).toMatch(/"key_ops": \["sign"\].*"verify" is not one of them \(RFC 7517 §4\.3\)/);
  });

  it.each([
    ['"use": "sig"', { use: 'sig' }],
    ['"key_ops" with "verify"', { key_ops: ['verify'] }],
    ['"key_ops" with "sign" and "verify"', { key_ops: ['sign', 'verify'] }],
    ['"alg" naming the token’s algorithm', { alg: 'RS256' }],
  ])('with %s verifies', async (_what, members) => {
    expect(await verifyWith({ ...jwk, ...members })).toMatchObject({ status: 'verified' });
  });

  it('a private JWK marked "sign" verifies with its public part, whose operation is "verify"', async () => {
    expect(await verifyWith({ ...privateJwk, key_ops: ['sign'] })).toMatchObject({ status: 'verified', privateKeyPasted: true });
  });

  it('an HMAC secret marked "sign" only is refused: the same key would verify, and its issuer said it must not', async () => {
    const secret = new Uint8Array(32).fill(9);
    const token = await sign({}, { alg: 'HS256' }, secret);
    const oct = { kty: 'oct', k: encodeBase64url(secret) };
    expect(await verifyWith({ ...oct, key_ops: ['sign'] }, token)).toMatchObject({ status: 'error', code: 'key-ops-no-verify' });
    expect(await verifyWith({ ...oct, key_ops: ['sign', 'verify'] }, token)).toMatchObject({ status: 'verified' });
  });
});

describe('the keys of a JWK Set', () => {
  const set = jwks(
    { ...jwk, kid: 'enc', use: 'enc' },
    { ...jwk, kid: 'encrypt-ops', key_ops: ['encrypt'] },
    { ...jwk, kid: 'sign-ops', key_ops: ['sign'] },
    { ...jwk, kid: 'rs384', alg: 'RS384' },
    { ...jwk, kid: 'good', use: 'sig', key_ops: ['verify'], alg: 'RS256' },
  );

  it('are skipped with their reason, and the one meant for the token verifies it', async () => {
    const result = await verifyToken({ token: rs256(), key: parseKey(set, 'utf8') });
    expect(result).toMatchObject({ status: 'verified', key: { index: 4, kid: 'good' } });
    expect(result.skipped.map((s) => [s.kid, s.reason])).toEqual([
      ['enc', 'use-enc'],
      ['encrypt-ops', 'use-enc'],
      ['sign-ops', 'key-ops-no-verify'],
      ['rs384', 'alg-mismatch'],
    ]);
    expect(result.skipped[2]!.message).toMatch(/Key 2 \(kid "sign-ops"\) lists the operations.*"verify" is not one of them/);
  });

  it.each([
    ['enc', 'use-enc'],
    ['sign-ops', 'key-ops-no-verify'],
    ['rs384', 'alg-mismatch'],
  ])('a token naming key %s by kid is not verified, and that key is listed with reason %s', async (kid, reason) => {
    const result = await verifyToken({ token: rs256(kid), key: parseKey(set, 'utf8') });
    expect(result).toMatchObject({ status: 'error', code: 'no-matching-key' });
    expect(result.skipped.find((s) => s.kid === kid)?.reason).toBe(reason);
  });
});
