import { calculateJwkThumbprint, compactDecrypt, CompactEncrypt, importJWK, importPKCS8, importSPKI } from 'jose';
import { describe, expect, it } from 'vitest';
import { ENC_KEY_KINDS, encKeyKindInfo, needsAes192, type EncKeyKind } from './enc-kinds';
import { keyForms } from './forms';
import { generateEncryptionKey } from './generate-enc';

const PLAINTEXT = new TextEncoder().encode('for the recipient only');

async function made(kind: EncKeyKind, alg?: string) {
  const result = await generateEncryptionKey(kind, alg === undefined ? {} : { alg });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.key;
}

async function opened(jwe: string, key: Parameters<typeof compactDecrypt>[1]) {
  return new TextDecoder().decode((await compactDecrypt(jwe, key)).plaintext);
}

describe('generateEncryptionKey', () => {
  it('lists every kind once, each with its default algorithm among its own and a source', () => {
    const kinds = ENC_KEY_KINDS.map((k) => k.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds).toHaveLength(16);
    for (const info of ENC_KEY_KINDS) {
      expect(info.algs).toContain(info.defaultAlg);
      expect(info.sources.length).toBeGreaterThan(0);
      for (const source of info.sources) expect(source.sourceUrl).toMatch(/^https:\/\//);
    }
    expect(encKeyKindInfo('RSA-OAEP-2048').algs).toEqual(['RSA-OAEP-256', 'RSA-OAEP', 'RSA-OAEP-384', 'RSA-OAEP-512']);
    expect(encKeyKindInfo('X25519').algs).toEqual(['ECDH-ES', 'ECDH-ES+A128KW', 'ECDH-ES+A192KW', 'ECDH-ES+A256KW']);
  });

  const pairs: [EncKeyKind, string, Record<string, unknown>][] = [
    ['RSA-OAEP-2048', 'RSA-OAEP-256', { kty: 'RSA' }],
    ['RSA-OAEP-2048', 'RSA-OAEP', { kty: 'RSA' }],
    ['RSA-OAEP-3072', 'RSA-OAEP-384', { kty: 'RSA' }],
    ['RSA-OAEP-4096', 'RSA-OAEP-512', { kty: 'RSA' }],
    ['ECDH-P-256', 'ECDH-ES', { kty: 'EC', crv: 'P-256' }],
    ['ECDH-P-384', 'ECDH-ES+A192KW', { kty: 'EC', crv: 'P-384' }],
    ['ECDH-P-521', 'ECDH-ES+A256KW', { kty: 'EC', crv: 'P-521' }],
    ['X25519', 'ECDH-ES', { kty: 'OKP', crv: 'X25519' }],
    ['X25519', 'ECDH-ES+A128KW', { kty: 'OKP', crv: 'X25519' }],
  ];

  for (const [kind, alg, shape] of pairs) {
    it(`${kind} for ${alg}: JWKs with use "enc" and the alg; encrypted to the public key, opened with the private one`, async () => {
      const key = await made(kind, alg);
      if (key.type !== 'pair') throw new Error('expected a key pair');
      expect(key.use).toBe('enc');
      const forms = keyForms(key);
      expect(forms.kid).toBe(await calculateJwkThumbprint(key.publicJwk));
      expect(forms.publicJwk).toMatchObject({ ...shape, use: 'enc', alg, kid: forms.kid });
      expect(forms.publicJwk).not.toHaveProperty('d');
      expect(forms.privateJwk).toMatchObject({ ...shape, use: 'enc', alg, d: expect.any(String) });
      expect(forms.jwks).toEqual({ keys: [forms.publicJwk] });
      expect(key.privatePem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+-----END PRIVATE KEY-----\n?$/);
      const bits = encKeyKindInfo(kind).modulusLength;
      if (bits) expect(Buffer.from(String(key.publicJwk.n), 'base64url').length * 8).toBe(bits);

      const toJwk = await new CompactEncrypt(PLAINTEXT).setProtectedHeader({ alg, enc: 'A256GCM', kid: key.thumbprint }).encrypt(await importJWK(forms.publicJwk!, alg));
      const toPem = await new CompactEncrypt(PLAINTEXT).setProtectedHeader({ alg, enc: 'A128CBC-HS256' }).encrypt(await importSPKI(key.publicPem, alg));
      for (const jwe of [toJwk, toPem]) {
        expect(await opened(jwe, await importPKCS8(key.privatePem, alg))).toBe('for the recipient only');
        expect(await opened(jwe, await importJWK(forms.privateJwk, alg))).toBe('for the recipient only');
      }
    });
  }

  const secrets: [EncKeyKind, string, number, string][] = [
    ['AES-128', 'A128KW', 16, 'A128GCM'],
    ['AES-192', 'A192KW', 24, 'A256GCM'],
    ['AES-256', 'A256KW', 32, 'A256CBC-HS512'],
    ['AES-128', 'A128GCMKW', 16, 'A128GCM'],
    ['AES-192', 'A192GCMKW', 24, 'A128GCM'],
    ['AES-256', 'A256GCMKW', 32, 'A256GCM'],
  ];

  for (const [kind, alg, bytes, enc] of secrets) {
    it(`${kind} for ${alg}: ${bytes} random bytes, an "oct" JWK with use "enc", that wraps and unwraps a CEK`, async () => {
      const key = await made(kind, alg);
      if (key.type !== 'secret') throw new Error('expected a secret');
      expect(key.secret).toHaveLength(bytes);
      expect(Buffer.from(key.base64url, 'base64url')).toEqual(Buffer.from(key.secret));
      const forms = keyForms(key);
      expect(forms.privateJwk).toEqual({ kty: 'oct', k: key.base64url, kid: key.thumbprint, alg, use: 'enc' });
      expect(forms.jwks).toBeUndefined();
      const jwe = await new CompactEncrypt(PLAINTEXT).setProtectedHeader({ alg, enc }).encrypt(await importJWK(forms.privateJwk, alg));
      expect(await opened(jwe, key.secret)).toBe('for the recipient only');
    });
  }

  const direct: [EncKeyKind, string, number][] = [
    ['dir-A128GCM', 'A128GCM', 16],
    ['dir-A192GCM', 'A192GCM', 24],
    ['dir-A256GCM', 'A256GCM', 32],
    ['dir-A128CBC-HS256', 'A128CBC-HS256', 32],
    ['dir-A192CBC-HS384', 'A192CBC-HS384', 48],
    ['dir-A256CBC-HS512', 'A256CBC-HS512', 64],
  ];

  for (const [kind, enc, bytes] of direct) {
    it(`${kind}: ${bytes} bytes, alg "dir", the content encryption key of ${enc}`, async () => {
      const key = await made(kind);
      if (key.type !== 'secret') throw new Error('expected a secret');
      expect(key).toMatchObject({ alg: 'dir', enc, use: 'enc' });
      expect(key.secret).toHaveLength(bytes);
      expect(keyForms(key).privateJwk).toMatchObject({ kty: 'oct', alg: 'dir', use: 'enc' });
      const jwe = await new CompactEncrypt(PLAINTEXT).setProtectedHeader({ alg: 'dir', enc }).encrypt(key.secret);
      expect(await opened(jwe, key.secret)).toBe('for the recipient only');
    });
  }

  it('two keys of one kind differ', async () => {
    const [a, b] = await Promise.all([made('AES-256'), made('AES-256')]);
    expect(a.thumbprint).not.toBe(b.thumbprint);
  });

  it('refuses an algorithm the kind does not serve', async () => {
    const results = await Promise.all([generateEncryptionKey('X25519', { alg: 'RSA-OAEP' }), generateEncryptionKey('AES-128', { alg: 'A256KW' }), generateEncryptionKey('dir-A256GCM', { alg: 'A256KW' })]);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['alg-not-for-kind', 'alg-not-for-kind', 'alg-not-for-kind']);
  });

  it('marks the keys that need 192-bit AES, which Chromium lacks', () => {
    expect(needsAes192('AES-192', 'A192KW')).toBe(true);
    expect(needsAes192('AES-192', 'A192GCMKW')).toBe(true);
    expect(needsAes192('ECDH-P-256', 'ECDH-ES+A192KW')).toBe(true);
    expect(needsAes192('dir-A192GCM', 'dir')).toBe(true);
    expect(needsAes192('dir-A192CBC-HS384', 'dir')).toBe(true);
    expect(needsAes192('ECDH-P-256', 'ECDH-ES')).toBe(false);
    expect(needsAes192('AES-256', 'A256KW')).toBe(false);
    expect(needsAes192('RSA-OAEP-2048', 'RSA-OAEP-256')).toBe(false);
  });
});
