import { calculateJwkThumbprint, compactVerify, CompactSign, importJWK, importPKCS8, importSPKI, jwtVerify, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { generateKey } from './generate';
import { KEY_KINDS, keyKindInfo, type KeyKind } from './kinds';

const PAYLOAD = { sub: 'key-tools', iat: 1_700_000_000 };

async function made(kind: KeyKind, alg?: string) {
  const result = await generateKey(kind, alg === undefined ? {} : { alg });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.key;
}

describe('generateKey', () => {
  it('offers every kind the generator lists, each with its default algorithm among its own', () => {
    expect(KEY_KINDS.map((k) => k.kind)).toEqual(['RSA-2048', 'RSA-3072', 'RSA-4096', 'EC-P-256', 'EC-P-384', 'EC-P-521', 'Ed25519', 'HS256', 'HS384', 'HS512']);
    for (const info of KEY_KINDS) expect(info.algs).toContain(info.defaultAlg);
  });

  const pairs: [KeyKind, string, Record<string, unknown>][] = [
    ['RSA-2048', 'RS256', { kty: 'RSA' }],
    ['RSA-2048', 'PS256', { kty: 'RSA' }],
    ['RSA-3072', 'RS384', { kty: 'RSA' }],
    ['RSA-4096', 'PS512', { kty: 'RSA' }],
    ['EC-P-256', 'ES256', { kty: 'EC', crv: 'P-256' }],
    ['EC-P-384', 'ES384', { kty: 'EC', crv: 'P-384' }],
    ['EC-P-521', 'ES512', { kty: 'EC', crv: 'P-521' }],
    ['Ed25519', 'EdDSA', { kty: 'OKP', crv: 'Ed25519' }],
  ];

  for (const [kind, alg, shape] of pairs) {
    it(`${kind} for ${alg}: signs with its private PEM and JWK, verifies with its public PEM and JWK`, async () => {
      const key = await made(kind, alg);
      if (key.type !== 'pair') throw new Error('expected a key pair');
      expect(key.alg).toBe(alg);
      expect(key.use).toBe('sig');
      expect(key.publicPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----\n?$/);
      expect(key.privatePem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+-----END PRIVATE KEY-----\n?$/);
      expect(key.publicJwk).toMatchObject(shape);
      expect(key.publicJwk).not.toHaveProperty('d');
      expect(key.privateJwk).toHaveProperty('d');
      expect(key.thumbprint).toBe(await calculateJwkThumbprint(key.publicJwk));
      const modulusLength = keyKindInfo(kind).modulusLength;
      if (modulusLength) expect(Buffer.from(String(key.publicJwk.n), 'base64url').length * 8).toBe(modulusLength);

      const fromPem = await new SignJWT(PAYLOAD).setProtectedHeader({ alg }).sign(await importPKCS8(key.privatePem, alg));
      const fromJwk = await new SignJWT(PAYLOAD).setProtectedHeader({ alg }).sign(await importJWK(key.privateJwk, alg));
      const fromCryptoKey = await new SignJWT(PAYLOAD).setProtectedHeader({ alg }).sign(key.privateKey);
      for (const token of [fromPem, fromJwk, fromCryptoKey]) {
        expect((await jwtVerify(token, await importSPKI(key.publicPem, alg))).payload).toEqual(PAYLOAD);
        expect((await jwtVerify(token, await importJWK(key.publicJwk, alg))).payload).toEqual(PAYLOAD);
        expect((await jwtVerify(token, key.publicKey)).payload).toEqual(PAYLOAD);
      }
    });
  }

  it('Ed25519 also signs under the fully specified name "Ed25519" (RFC 9864)', async () => {
    const key = await made('Ed25519', 'Ed25519');
    if (key.type !== 'pair') throw new Error('expected a key pair');
    const jws = await new CompactSign(new TextEncoder().encode('hello')).setProtectedHeader({ alg: 'Ed25519' }).sign(key.privateKey);
    expect(new TextDecoder().decode((await compactVerify(jws, await importSPKI(key.publicPem, 'Ed25519'))).payload)).toBe('hello');
  });

  for (const [kind, bytes] of [['HS256', 32], ['HS384', 48], ['HS512', 64]] as const) {
    it(`${kind}: a random ${bytes}-byte secret in base64url, hex and an "oct" JWK that signs and verifies`, async () => {
      const key = await made(kind);
      if (key.type !== 'secret') throw new Error('expected a secret');
      expect(key.secret).toHaveLength(bytes);
      expect(Buffer.from(key.base64url, 'base64url')).toEqual(Buffer.from(key.secret));
      expect(key.hex).toMatch(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));
      expect(Buffer.from(key.hex, 'hex')).toEqual(Buffer.from(key.secret));
      expect(key.jwk).toEqual({ kty: 'oct', k: key.base64url });
      expect(key.thumbprint).toBe(await calculateJwkThumbprint(key.jwk));
      const token = await new SignJWT(PAYLOAD).setProtectedHeader({ alg: kind }).sign(key.secret);
      expect((await jwtVerify(token, await importJWK(key.jwk, kind))).payload).toEqual(PAYLOAD);
    });
  }

  it('two secrets of one kind differ', async () => {
    const [a, b] = await Promise.all([made('HS256'), made('HS256')]);
    expect(a.type === 'secret' && b.type === 'secret' && a.base64url !== b.base64url).toBe(true);
  });

  it('refuses an algorithm the kind does not serve', async () => {
    const result = await generateKey('EC-P-256', { alg: 'ES384' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('alg-not-for-kind');
    const rsa = await generateKey('RSA-2048', { alg: 'HS256' });
    expect(rsa.ok ? null : rsa.error.code).toBe('alg-not-for-kind');
  });
});
