import { UnsecuredJWT, exportJWK, exportPKCS8, exportSPKI, generateKeyPair, jwtVerify, type CryptoKey } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeBase64url } from '../core/base64url';
import { base64, hex } from '../verify/test-helpers';
import { sign, SIGNING_ALGORITHMS } from './sign';
import { readSigningKey } from './signing-key';
import type { SigningKey } from './types';

const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'] as const;
const PAYLOAD = { sub: 'alice', iat: 1700000000, name: 'Alice Ærø' };

const pairs = new Map<string, { publicKey: CryptoKey; privateKey: CryptoKey }>();

beforeAll(async () => {
  await Promise.all(ASYMMETRIC.map(async (alg) => pairs.set(alg, await generateKeyPair(alg, { extractable: true }))));
}, 60_000);

function readOk(text: string, encoding: 'utf8' | 'base64' | 'base64url' | 'hex' = 'utf8'): SigningKey {
  const read = readSigningKey(text, encoding);
  if (read.ok !== true) throw new Error(`key not read: ${JSON.stringify(read)}`);
  return read.key;
}

async function signOk(header: Record<string, string>, key: SigningKey | null): Promise<string> {
  const result = await sign(header, PAYLOAD, key);
  if (!result.ok) throw new Error(`not signed: ${result.error.code} ${result.error.message}`);
  return result.token;
}

it('offers every algorithm the verifier checks, and none', () => {
  expect([...SIGNING_ALGORITHMS].sort()).toEqual(['ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519', 'HS256', 'HS384', 'HS512', 'PS256', 'PS384', 'PS512', 'RS256', 'RS384', 'RS512', 'none'].sort());
});

describe.each(ASYMMETRIC)('%s', (alg) => {
  it('signs with a PKCS#8 PEM private key; jose verifies with the public key', async () => {
    const { privateKey, publicKey } = pairs.get(alg)!;
    const key = readOk(await exportPKCS8(privateKey));
    expect(key.kind).toBe('pkcs8');
    const token = await signOk({ alg, typ: 'JWT', kid: 'k1' }, key);
    const { payload, protectedHeader } = await jwtVerify(token, publicKey, { algorithms: [alg] });
    expect(payload).toEqual(PAYLOAD);
    expect(protectedHeader).toEqual({ alg, typ: 'JWT', kid: 'k1' });
  });

  it('signs with a private JWK; jose verifies with the public key as SPKI PEM', async () => {
    const { privateKey, publicKey } = pairs.get(alg)!;
    const key = readOk(JSON.stringify({ ...(await exportJWK(privateKey)), kid: 'jwk-1' }));
    expect(key.kind).toBe('jwk');
    const token = await signOk({ alg }, key);
    expect((await jwtVerify(token, publicKey, { algorithms: [alg] })).payload).toEqual(PAYLOAD);
    expect(await exportSPKI(publicKey)).toMatch(/^-----BEGIN PUBLIC KEY-----/);
  });

  it('signs with the generated CryptoKey pair exported as PKCS#8, and another key does not verify it', async () => {
    const { privateKey } = pairs.get(alg)!;
    const other = await generateKeyPair(alg, { extractable: true });
    const token = await signOk({ alg }, readOk(await exportPKCS8(privateKey)));
    await expect(jwtVerify(token, other.publicKey, { algorithms: [alg] })).rejects.toMatchObject({ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
  });

  it('refuses the public key: key-public-only', async () => {
    const { publicKey } = pairs.get(alg)!;
    const spki = readSigningKey(await exportSPKI(publicKey), 'utf8');
    expect(spki).toMatchObject({ ok: false, error: { code: 'key-public-only' } });
    const jwk = readSigningKey(JSON.stringify(await exportJWK(publicKey)), 'utf8');
    expect(jwk).toMatchObject({ ok: false, error: { code: 'key-public-only' } });
  });
});

describe.each(['HS256', 'HS384', 'HS512'] as const)('%s', (alg) => {
  const bytes = crypto.getRandomValues(new Uint8Array(64));
  const encodings = [
    ['utf8', 'a-long-enough-utf8-secret-for-hmac-signing-0123456789-abcdefghijklmnop', new TextEncoder().encode('a-long-enough-utf8-secret-for-hmac-signing-0123456789-abcdefghijklmnop')],
    ['base64', base64(bytes), bytes],
    ['base64url', encodeBase64url(bytes), bytes],
    ['hex', hex(bytes), bytes],
  ] as const;

  it.each(encodings)('signs with a %s secret; jose verifies with the same bytes', async (encoding, text, expected) => {
    const key = readOk(text, encoding);
    expect(key).toMatchObject({ kind: 'secret', encoding });
    const token = await signOk({ alg, typ: 'JWT' }, key);
    expect((await jwtVerify(token, expected, { algorithms: [alg] })).payload).toEqual(PAYLOAD);
  });

  it('signs with an oct JWK', async () => {
    const key = readOk(JSON.stringify({ kty: 'oct', k: encodeBase64url(bytes) }));
    expect(key).toMatchObject({ kind: 'secret', bytes });
    const token = await signOk({ alg }, key);
    expect((await jwtVerify(token, bytes, { algorithms: [alg] })).payload).toEqual(PAYLOAD);
  });
});

describe('alg none', () => {
  it('makes an unsecured token with the header as edited and an empty signature', async () => {
    const token = await signOk({ alg: 'none', typ: 'JWT' }, null);
    expect(token.endsWith('.')).toBe(true);
    const decoded = UnsecuredJWT.decode(token);
    expect(decoded.payload).toEqual(PAYLOAD);
    expect(decoded.header).toEqual({ alg: 'none', typ: 'JWT' });
  });

  it('leaves a pasted key unused', async () => {
    const token = await signOk({ alg: 'none' }, readOk('some-secret'));
    expect(token.split('.')[2]).toBe('');
  });
});

describe('error codes', () => {
  const secret = () => readOk('x'.repeat(40));

  it('alg-missing and alg-unsupported', async () => {
    expect(await sign({ typ: 'JWT' }, PAYLOAD, secret())).toMatchObject({ ok: false, error: { code: 'alg-missing' } });
    expect(await sign({ alg: 'ES256K' }, PAYLOAD, secret())).toMatchObject({ ok: false, error: { code: 'alg-unsupported' } });
    expect(await sign({ alg: 'hs256' }, PAYLOAD, secret())).toMatchObject({ ok: false, error: { code: 'alg-unsupported' } });
  });

  it('key-missing', async () => {
    expect(await sign({ alg: 'HS256' }, PAYLOAD, null)).toMatchObject({ ok: false, error: { code: 'key-missing' } });
  });

  it('alg-key-mismatch: a secret for RS256, an RSA key for HS256 or ES256, a P-256 key for ES384', async () => {
    const rsa = readOk(await exportPKCS8(pairs.get('RS256')!.privateKey));
    const p256 = readOk(await exportPKCS8(pairs.get('ES256')!.privateKey));
    expect(await sign({ alg: 'RS256' }, PAYLOAD, secret())).toMatchObject({ ok: false, error: { code: 'alg-key-mismatch' } });
    expect(await sign({ alg: 'HS256' }, PAYLOAD, rsa)).toMatchObject({ ok: false, error: { code: 'alg-key-mismatch' } });
    expect(await sign({ alg: 'ES256' }, PAYLOAD, rsa)).toMatchObject({ ok: false, error: { code: 'alg-key-mismatch' } });
    expect(await sign({ alg: 'ES384' }, PAYLOAD, p256)).toMatchObject({ ok: false, error: { code: 'alg-key-mismatch' } });
  });

  it('alg-key-mismatch when the JWK declares another alg (RFC 7517 §4.4)', async () => {
    const jwk = { ...(await exportJWK(pairs.get('RS256')!.privateKey)), alg: 'PS256' };
    expect(await sign({ alg: 'RS256' }, PAYLOAD, readOk(JSON.stringify(jwk)))).toMatchObject({ ok: false, error: { code: 'alg-key-mismatch' } });
    expect(await sign({ alg: 'PS256' }, PAYLOAD, readOk(JSON.stringify(jwk)))).toMatchObject({ ok: true });
  });

  it('key-unreadable with the reader\'s code, line and column', () => {
    const broken = readSigningKey('{"kty": "EC",\n "crv" "P-256"}', 'utf8');
    expect(broken).toMatchObject({ ok: false, error: { code: 'key-unreadable', line: 2, column: 8, keyError: { code: 'invalid-json' } } });
    expect(readSigningKey('zz-not-hex', 'hex')).toMatchObject({ ok: false, error: { code: 'key-unreadable', keyError: { code: 'secret-invalid-hex' } } });
    expect(readSigningKey('-----BEGIN PRIVATE KEY-----\nMIIB\n', 'utf8')).toMatchObject({ ok: false, error: { code: 'key-unreadable' } });
  });

  it('key-set for a JWK Set, and empty for an empty field', async () => {
    const jwk = await exportJWK(pairs.get('ES256')!.privateKey);
    expect(readSigningKey(JSON.stringify({ keys: [jwk] }), 'utf8')).toMatchObject({ ok: false, error: { code: 'key-set' } });
    expect(readSigningKey('  ', 'utf8')).toEqual({ ok: 'empty' });
  });
});
