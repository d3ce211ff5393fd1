import { calculateJwkThumbprint, exportJWK, exportPKCS8, exportSPKI, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeBase64url } from '../core/base64url';
import { parseKey } from './parse-key';
import { base64, hex, jwks, randomBytes, sign, tamper } from './test-helpers';
import { verifyToken } from './verify';

/** Each JWS algorithm, positive and negative, with the key pasted in every form a user has it in. */

const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;
const PAYLOAD = { sub: 'alice', iat: 1700000000 };

interface Pair {
  token: string;
  publicKey: CryptoKey;
  privateKey: CryptoKey;
  jwk: JWK;
  thumbprint: string;
  otherJwk: JWK;
}

const pairs = new Map<string, Pair>();

// RSA key generation is slow, so an RSA algorithm's "other key" is its neighbour's key.
const RSA_NEIGHBOUR: Readonly<Record<string, string>> = { RS256: 'RS384', RS384: 'RS512', RS512: 'PS256', PS256: 'PS384', PS384: 'PS512', PS512: 'RS256' };

beforeAll(async () => {
  await Promise.all(
    ASYMMETRIC.map(async (alg) => {
      const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
      const other = RSA_NEIGHBOUR[alg] ? undefined : await generateKeyPair(alg, { extractable: true });
      const jwk = await exportJWK(publicKey);
      pairs.set(alg, {
        token: await sign(PAYLOAD, { alg, kid: `${alg}-key` }, privateKey),
        publicKey,
        privateKey,
        jwk,
        thumbprint: await calculateJwkThumbprint(jwk),
        otherJwk: other ? await exportJWK(other.publicKey) : jwk,
      });
    }),
  );
  for (const [alg, neighbour] of Object.entries(RSA_NEIGHBOUR)) pairs.get(alg)!.otherJwk = pairs.get(neighbour)!.jwk;
}, 60_000);

const pair = (alg: string): Pair => pairs.get(alg)!;

describe.each(ASYMMETRIC)('%s', (alg) => {
  it('verifies with the public key as a PEM (SPKI), with its RFC 7638 thumbprint', async () => {
    const { token, publicKey, thumbprint } = pair(alg);
    const key = parseKey(await exportSPKI(publicKey), 'utf8');
    expect(key).toMatchObject({ kind: 'pem', format: 'spki', privateKeyPasted: false });
    const result = await verifyToken({ token, key });
    expect(result).toMatchObject({ status: 'verified', code: 'verified', alg, key: { source: 'pasted', thumbprint } });
  });

  it('verifies with the public JWK and with a JWKS, and names the JWKS key used', async () => {
    const { token, jwk, thumbprint } = pair(alg);
    expect((await verifyToken({ token, key: parseKey(JSON.stringify(jwk), 'utf8') })).status).toBe('verified');
    const set = parseKey(jwks({ ...jwk, kid: 'other' }, { ...jwk, kid: `${alg}-key` }), 'utf8');
    const result = await verifyToken({ token, key: set });
    expect(result).toMatchObject({ status: 'verified', key: { source: 'jwks', index: 1, kid: `${alg}-key`, thumbprint } });
    expect(result.skipped).toEqual([expect.objectContaining({ index: 0, reason: 'kid-mismatch' })]);
  });

  it('verifies with the private key (PKCS#8 PEM and JWK) using its public part, and flags it', async () => {
    const { token, privateKey, thumbprint } = pair(alg);
    for (const text of [await exportPKCS8(privateKey), JSON.stringify(await exportJWK(privateKey))]) {
      const result = await verifyToken({ token, key: parseKey(text, 'utf8') });
      expect(result).toMatchObject({ status: 'verified', privateKeyPasted: true, key: { thumbprint } });
    }
  });

  it('rejects a changed payload and a different key as invalid', async () => {
    const { token, jwk, otherJwk } = pair(alg);
    const changed = await verifyToken({ token: tamper(token), key: parseKey(JSON.stringify(jwk), 'utf8') });
    expect(changed).toMatchObject({ status: 'invalid', code: 'signature-mismatch' });
    const wrongKey = await verifyToken({ token, key: parseKey(JSON.stringify(otherJwk), 'utf8') });
    expect(wrongKey).toMatchObject({ status: 'invalid', code: 'signature-mismatch' });
  });
});

describe('older PEM containers', () => {
  it('verifies with a PKCS#1 "RSA PUBLIC KEY", rewrapped as SPKI', async () => {
    const { token, publicKey, thumbprint } = pair('RS256');
    const pkcs1 = createPublicKey(await exportSPKI(publicKey)).export({ type: 'pkcs1', format: 'pem' }) as string;
    expect(pkcs1).toContain('BEGIN RSA PUBLIC KEY');
    const key = parseKey(pkcs1, 'utf8');
    expect(key).toMatchObject({ kind: 'pem', format: 'pkcs1', shape: { kty: 'RSA', bits: 2048 } });
    expect(await verifyToken({ token, key })).toMatchObject({ status: 'verified', key: { thumbprint } });
  });

  it('verifies with a PKCS#1 "RSA PRIVATE KEY" and flags it as private', async () => {
    const { token, privateKey } = pair('PS384');
    const pkcs1 = createPrivateKey(await exportPKCS8(privateKey)).export({ type: 'pkcs1', format: 'pem' }) as string;
    const key = parseKey(pkcs1, 'utf8');
    expect(key).toMatchObject({ kind: 'pem', format: 'pkcs1-private', privateKeyPasted: true });
    expect(await verifyToken({ token, key })).toMatchObject({ status: 'verified', privateKeyPasted: true });
  });

  it('verifies with a SEC1 "EC PRIVATE KEY", also when OpenSSL put "EC PARAMETERS" before it', async () => {
    for (const alg of ['ES256', 'ES384', 'ES512']) {
      const { token, privateKey, thumbprint } = pair(alg);
      const sec1 = createPrivateKey(await exportPKCS8(privateKey)).export({ type: 'sec1', format: 'pem' }) as string;
      const params = '-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n';
      for (const text of [sec1, params + sec1]) {
        const key = parseKey(text, 'utf8');
        expect(key).toMatchObject({ kind: 'pem', format: 'sec1', privateKeyPasted: true });
        expect(await verifyToken({ token, key })).toMatchObject({ status: 'verified', key: { thumbprint } });
      }
    }
  });
});

describe.each(['HS256', 'HS384', 'HS512'])('%s', (alg) => {
  const secret = randomBytes(64);
  const forms: [string, string, 'utf8' | 'base64' | 'base64url' | 'hex'][] = [
    ['hex', hex(secret), 'hex'],
    ['base64', base64(secret), 'base64'],
    ['base64url', encodeBase64url(secret), 'base64url'],
    ['an oct JWK', JSON.stringify({ kty: 'oct', k: encodeBase64url(secret) }), 'utf8'],
    ['a JWKS', jwks({ kty: 'oct', k: encodeBase64url(secret) }), 'utf8'],
  ];

  it.each(forms)('verifies with the secret as %s', async (_form, text, encoding) => {
    const token = await sign(PAYLOAD, { alg }, secret);
    const result = await verifyToken({ token, key: parseKey(text, encoding) });
    expect(result).toMatchObject({ status: 'verified', alg, privateKeyPasted: false });
    expect(result.key?.thumbprint).toBe(await calculateJwkThumbprint({ kty: 'oct', k: encodeBase64url(secret) }));
  });

  it('verifies with a UTF-8 text secret', async () => {
    const text = 'a long passphrase that is only for this test, 64 bytes and more..';
    const token = await sign(PAYLOAD, { alg }, new TextEncoder().encode(text));
    expect((await verifyToken({ token, key: parseKey(text, 'utf8') })).status).toBe('verified');
  });

  it('is invalid with another secret, a changed payload, or the right secret read in the wrong encoding', async () => {
    const token = await sign(PAYLOAD, { alg }, secret);
    expect(await verifyToken({ token, key: parseKey(hex(randomBytes(64)), 'hex') })).toMatchObject({ status: 'invalid', code: 'signature-mismatch' });
    expect(await verifyToken({ token: tamper(token), key: parseKey(hex(secret), 'hex') })).toMatchObject({ status: 'invalid' });
    expect(await verifyToken({ token, key: parseKey(hex(secret), 'utf8') })).toMatchObject({ status: 'invalid' });
  });
});

describe('the fully specified Ed25519 algorithm (RFC 9864)', () => {
  it('verifies alg Ed25519 with an OKP key as PEM and as JWK, and is invalid with another key', async () => {
    const { privateKey, publicKey, jwk, otherJwk } = pair('EdDSA');
    const token = await sign(PAYLOAD, { alg: 'Ed25519' }, privateKey);
    expect((await verifyToken({ token, key: parseKey(await exportSPKI(publicKey), 'utf8') })).status).toBe('verified');
    expect(await verifyToken({ token, key: parseKey(JSON.stringify(jwk), 'utf8') })).toMatchObject({ status: 'verified', alg: 'Ed25519' });
    expect((await verifyToken({ token, key: parseKey(JSON.stringify(otherJwk), 'utf8') })).status).toBe('invalid');
  });
});

describe('keys WebCrypto refuses', () => {
  it('an EC JWK whose coordinate has the wrong length is a key error, not a bad signature', async () => {
    const { token, jwk } = pair('ES256');
    const broken = { ...jwk, x: encodeBase64url(randomBytes(31)) };
    const result = await verifyToken({ token, key: parseKey(JSON.stringify(broken), 'utf8') });
    expect(result).toMatchObject({ status: 'error', code: 'jwk-wrong-length' });
    expect(result.message).toMatch(/"x" is 31 bytes; on P-256 it is exactly 32 bytes/);
  });
});
