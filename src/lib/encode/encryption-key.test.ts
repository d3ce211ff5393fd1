import { compactDecrypt, exportJWK, exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, type CryptoKey } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeBase64url } from '../core/base64url';
import rsaCertificate from '../verify/fixtures/test-rsa-certificate.pem?raw';
import rsaPrivateKey from '../verify/fixtures/test-rsa-private-key.pem?raw';
import { encryptToken } from './encrypt';
import { readEncryptionKey } from './encryption-key';
import type { ContentEncryption, KeyManagementAlgorithm } from './encryption-names';
import type { RecipientKey } from './encryption-types';

const pairs = new Map<string, { publicKey: CryptoKey; privateKey: CryptoKey }>();

beforeAll(async () => {
  pairs.set('RSA', await generateKeyPair('RSA-OAEP-256', { extractable: true, modulusLength: 2048 }));
  // jose makes no key under 2048 bits; Web Crypto does.
  const weak = { name: 'RSA-OAEP', modulusLength: 1024, publicExponent: Uint8Array.of(1, 0, 1), hash: 'SHA-256' };
  pairs.set('RSA-1024', (await crypto.subtle.generateKey(weak, true, ['encrypt', 'decrypt'])) as { publicKey: CryptoKey; privateKey: CryptoKey });
  pairs.set('P-256', await generateKeyPair('ECDH-ES', { crv: 'P-256', extractable: true }));
  pairs.set('X25519', await generateKeyPair('ECDH-ES', { crv: 'X25519', extractable: true }));
  pairs.set('Ed25519', await generateKeyPair('Ed25519', { extractable: true }));
}, 60_000);

const pair = (name: string) => pairs.get(name)!;
const publicJwk = async (name: string) => exportJWK(pair(name).publicKey);

function read(text: string, alg: KeyManagementAlgorithm, enc: ContentEncryption = 'A256GCM', encoding: 'utf8' | 'base64url' | 'hex' = 'utf8') {
  return readEncryptionKey(text, encoding, alg, enc);
}

function keyOf(result: ReturnType<typeof read>): RecipientKey {
  if (result.ok !== true) throw new Error(`not read: ${JSON.stringify(result)}`);
  return result.key;
}

async function opens(key: RecipientKey, alg: KeyManagementAlgorithm, privateKey: CryptoKey | Uint8Array | string): Promise<boolean> {
  const made = await encryptToken({ mode: 'jwe', header: {}, alg, enc: 'A256GCM', key, plaintext: '{"a":1}' });
  if (!made.ok) throw new Error(made.error.message);
  const opened = await compactDecrypt(made.token, typeof privateKey === 'string' ? await importPKCS8(privateKey, alg) : privateKey);
  return new TextDecoder().decode(opened.plaintext) === '{"a":1}';
}

describe('public keys in every form', () => {
  it('SPKI PEM, certificate and public JWK of an RSA key', async () => {
    expect(keyOf(read(await exportSPKI(pair('RSA').publicKey), 'RSA-OAEP-256'))).toMatchObject({ kind: 'spki' });
    const certificate = keyOf(read(rsaCertificate, 'RSA-OAEP-256'));
    expect(certificate).toMatchObject({ kind: 'certificate' });
    expect(await opens(certificate, 'RSA-OAEP-256', rsaPrivateKey)).toBe(true);
    expect(keyOf(read(JSON.stringify(await publicJwk('RSA')), 'RSA-OAEP'))).toMatchObject({ kind: 'jwk', shape: { kty: 'RSA', bits: 2048 } });
  });

  it('X25519 as JWK, SPKI and PKCS#8 (RFC 8037 §3.2)', async () => {
    const { publicKey, privateKey } = pair('X25519');
    const jwk = keyOf(read(JSON.stringify(await exportJWK(publicKey)), 'ECDH-ES'));
    expect(jwk).toMatchObject({ kind: 'jwk', shape: { kty: 'OKP', crv: 'X25519' } });
    expect(await opens(jwk, 'ECDH-ES', privateKey)).toBe(true);
    const spki = keyOf(read(await exportSPKI(publicKey), 'ECDH-ES+A128KW'));
    expect(spki).toMatchObject({ kind: 'spki' });
    expect(await opens(spki, 'ECDH-ES+A128KW', privateKey)).toBe(true);
    const pkcs8 = keyOf(read(await exportPKCS8(privateKey), 'ECDH-ES'));
    expect(pkcs8).toMatchObject({ kind: 'pkcs8', privateKeyPasted: true });
    expect(await opens(pkcs8, 'ECDH-ES', privateKey)).toBe(true);
  });

  it('a private key is read for its public part only, which is all encrypting needs', async () => {
    const { privateKey } = pair('P-256');
    const jwk = keyOf(read(JSON.stringify({ ...(await exportJWK(privateKey)), kid: 'p' }), 'ECDH-ES+A256KW'));
    expect(jwk).toMatchObject({ kind: 'jwk', privateKeyPasted: true, kid: 'p' });
    expect(jwk.kind === 'jwk' && jwk.jwk.d).toBeUndefined();
    expect(jwk.description).toContain('only its public part is used');
    expect(await opens(jwk, 'ECDH-ES+A256KW', privateKey)).toBe(true);
    const pem = keyOf(read(rsaPrivateKey, 'RSA-OAEP-512'));
    expect(pem).toMatchObject({ kind: 'pkcs8', privateKeyPasted: true });
    expect(await opens(pem, 'RSA-OAEP-512', rsaPrivateKey)).toBe(true);
  });

  it('a JWK Set with one key that fits: that key, and its kid', async () => {
    const set = { keys: [{ ...(await publicJwk('RSA')), kid: 'sig-key', use: 'sig' }, { ...(await publicJwk('P-256')), kid: 'ec' }, { ...(await publicJwk('RSA')), kid: 'enc-key', use: 'enc' }] };
    expect(keyOf(read(JSON.stringify(set), 'RSA-OAEP-256'))).toMatchObject({ kind: 'jwk', kid: 'enc-key' });
    expect(keyOf(read(JSON.stringify(set), 'ECDH-ES'))).toMatchObject({ kid: 'ec' });
  });
});

describe('what does not fit, by code', () => {
  it('a key type that does not fit the algorithm: enc-key-wrong-type', async () => {
    expect(read(JSON.stringify(await publicJwk('P-256')), 'RSA-OAEP')).toMatchObject({ ok: false, error: { code: 'enc-key-wrong-type' } });
    expect(read(await exportSPKI(pair('RSA').publicKey), 'ECDH-ES')).toMatchObject({ ok: false, error: { code: 'enc-key-wrong-type' } });
    expect(read(JSON.stringify(await publicJwk('Ed25519')), 'ECDH-ES')).toMatchObject({ ok: false, error: { code: 'enc-key-wrong-type' } });
    expect(read('just-some-shared-secret', 'RSA-OAEP-256')).toMatchObject({ ok: false, error: { code: 'enc-key-wrong-type' } });
    expect(read(await exportSPKI(pair('RSA').publicKey), 'A128KW')).toMatchObject({ ok: false, error: { code: 'enc-key-wrong-type' } });
    expect(read(JSON.stringify(await publicJwk('X25519')), 'dir')).toMatchObject({ ok: false, error: { code: 'enc-key-wrong-type' } });
  });

  it('an RSA key under 2048 bits: enc-key-too-small (RFC 7518 §4.3)', async () => {
    expect(read(await exportSPKI(pair('RSA-1024').publicKey), 'RSA-OAEP-256')).toMatchObject({ ok: false, error: { code: 'enc-key-too-small' } });
  });

  it('a symmetric key of the wrong size: enc-key-wrong-size', () => {
    const bytes = (n: number) => encodeBase64url(new Uint8Array(n).fill(7));
    expect(read('0123456789ab', 'A128KW')).toMatchObject({ ok: false, error: { code: 'enc-key-wrong-size' } });
    expect(read('0123456789abcdef', 'A128KW')).toMatchObject({ ok: true });
    expect(read(bytes(16), 'A256GCMKW', 'A128GCM', 'base64url')).toMatchObject({ ok: false, error: { code: 'enc-key-wrong-size' } });
    // RFC 7518 §5.1: "dir" takes the content key itself, as long as the enc asks.
    for (const [enc, size] of [['A128GCM', 16], ['A256GCM', 32], ['A128CBC-HS256', 32], ['A192CBC-HS384', 48], ['A256CBC-HS512', 64]] as const) {
      expect(read(bytes(size), 'dir', enc, 'base64url')).toMatchObject({ ok: true });
      expect(read(bytes(size - 1), 'dir', enc, 'base64url')).toMatchObject({ ok: false, error: { code: 'enc-key-wrong-size' } });
    }
    expect(read(bytes(32), 'dir', 'A256CBC-HS512', 'base64url')).toMatchObject({ ok: false, error: { code: 'enc-key-wrong-size' } });
  });

  it('an empty field: enc-key-missing, or password-empty for PBES2, as "empty" rather than an error', () => {
    expect(read('  ', 'RSA-OAEP')).toMatchObject({ ok: 'empty', error: { code: 'enc-key-missing' } });
    expect(read('', 'A128KW')).toMatchObject({ ok: 'empty', error: { code: 'enc-key-missing' } });
    expect(read('', 'PBES2-HS256+A128KW')).toMatchObject({ ok: 'empty', error: { code: 'password-empty' } });
    expect(read(' ', 'PBES2-HS256+A128KW')).toMatchObject({ ok: true, key: { kind: 'password' } });
  });

  it('text that cannot be read: enc-key-unreadable, with the reader’s own code', async () => {
    expect(read('-----BEGIN PUBLIC KEY-----\nMIIB\n', 'RSA-OAEP')).toMatchObject({ ok: false, error: { code: 'enc-key-unreadable' } });
    expect(read('{"kty": "RSA", "n": 1', 'RSA-OAEP')).toMatchObject({ ok: false, error: { code: 'enc-key-unreadable', keyError: { code: 'invalid-json' } } });
    expect(read('zz', 'dir', 'A128GCM', 'hex')).toMatchObject({ ok: false, error: { code: 'enc-key-unreadable', keyError: { code: 'secret-invalid-hex' } } });
    const short = { ...(await publicJwk('X25519')), x: encodeBase64url(new Uint8Array(31)) };
    expect(read(JSON.stringify(short), 'ECDH-ES')).toMatchObject({ ok: false, error: { code: 'enc-key-unreadable', keyError: { code: 'jwk-wrong-length' } } });
  });

  it('a JWK for signatures, or for another algorithm: enc-key-use-sig, enc-key-alg-mismatch (RFC 7517 §4.2, §4.4)', async () => {
    const jwk = await publicJwk('RSA');
    expect(read(JSON.stringify({ ...jwk, use: 'sig' }), 'RSA-OAEP')).toMatchObject({ ok: false, error: { code: 'enc-key-use-sig' } });
    expect(read(JSON.stringify({ ...jwk, alg: 'RSA-OAEP-256' }), 'RSA-OAEP')).toMatchObject({ ok: false, error: { code: 'enc-key-alg-mismatch' } });
    expect(read(JSON.stringify({ ...jwk, alg: 'RSA-OAEP-256' }), 'RSA-OAEP-256')).toMatchObject({ ok: true });
    const oct = { kty: 'oct', k: encodeBase64url(new Uint8Array(16)), use: 'sig' };
    expect(read(JSON.stringify(oct), 'A128KW')).toMatchObject({ ok: false, error: { code: 'enc-key-use-sig' } });
  });

  it('a JWK Set with no fitting key, or with several: enc-key-set-no-match, enc-key-set-ambiguous', async () => {
    const rsaJwk = await publicJwk('RSA');
    expect(read(JSON.stringify({ keys: [rsaJwk] }), 'ECDH-ES')).toMatchObject({ ok: false, error: { code: 'enc-key-set-no-match' } });
    expect(read(JSON.stringify({ keys: [{ ...rsaJwk, kid: 'a' }, { ...rsaJwk, kid: 'b' }] }), 'RSA-OAEP')).toMatchObject({ ok: false, error: { code: 'enc-key-set-ambiguous' } });
  });

  it('an oct JWK is a shared key, with its kid', () => {
    const oct = { kty: 'oct', k: encodeBase64url(new Uint8Array(24).fill(1)), kid: 'shared' };
    expect(read(JSON.stringify(oct), 'A192KW')).toMatchObject({ ok: true, key: { kind: 'secret', kid: 'shared' } });
    expect(read(JSON.stringify(oct), 'A128KW')).toMatchObject({ ok: false, error: { code: 'enc-key-wrong-size' } });
    expect(read(JSON.stringify({ keys: [oct, { ...oct, k: encodeBase64url(new Uint8Array(16)), kid: 'short' }] }), 'A128KW')).toMatchObject({ ok: true, key: { kid: 'short' } });
  });
});
