import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, type JWK } from 'jose';
import { createSign, generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeBase64url, encodeBase64urlText } from '../core/base64url';
import { parseKey } from './parse-key';
import { findForgeableSecret } from './weak-secrets';
import { jwks, rawToken, sign } from './test-helpers';
import { verifyToken } from './verify';

let rsa: Awaited<ReturnType<typeof generateKeyPair>>;
let rsaPem: string;
let rsaJwk: JWK;

beforeAll(async () => {
  rsa = await generateKeyPair('RS256', { extractable: true });
  rsaPem = await exportSPKI(rsa.publicKey);
  rsaJwk = await exportJWK(rsa.publicKey);
});

describe('algorithm confusion (RFC 8725 §3.1)', () => {
  it('refuses an HS256 token signed with the PEM text of the RSA public key as its HMAC secret', async () => {
    const token = await sign({ sub: 'admin' }, { alg: 'HS256' }, new TextEncoder().encode(rsaPem));
    // The forgery is real: the PEM text does reproduce the signature...
    expect(await findForgeableSecret(token, [rsaPem])).toBe(rsaPem);
    // ...so pasting the public key must not verify it.
    const result = await verifyToken({ token, key: parseKey(rsaPem, 'utf8') });
    expect(result).toMatchObject({ status: 'error', code: 'key-as-secret', alg: 'HS256' });
    expect(result.message).toMatch(/anyone who has the public key/);
  });

  it('never takes the bare base64 body of an Ed25519 public key, the shortest there is, for a secret', async () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const body = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const token = await sign({ sub: 'admin' }, { alg: 'HS256' }, new TextEncoder().encode(body));
    const result = await verifyToken({ token, key: parseKey(body, 'utf8') });
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/BEGIN PUBLIC KEY/);
  });

  it('refuses HS* with a public JWK or a JWKS of public keys', async () => {
    const token = await sign({ sub: 'admin' }, { alg: 'HS512' }, new TextEncoder().encode(JSON.stringify(rsaJwk)));
    expect((await verifyToken({ token, key: parseKey(JSON.stringify(rsaJwk), 'utf8') })).code).toBe('key-as-secret');
    expect((await verifyToken({ token, key: parseKey(jwks(rsaJwk), 'utf8') })).code).toBe('key-as-secret');
  });
});

describe('refusals that come before any cryptography', () => {
  const secret = parseKey('0123456789abcdef0123456789abcdef', 'utf8');

  it('is idle without a token or without a key', async () => {
    expect(await verifyToken({ token: '  ', key: secret })).toMatchObject({ status: 'idle', code: 'no-token' });
    const token = await sign({}, { alg: 'HS256', jku: 'https://attacker.example/jwks' }, new Uint8Array(32));
    const result = await verifyToken({ token, key: parseKey('', 'utf8') });
    expect(result).toMatchObject({ status: 'idle', code: 'no-key' });
    expect(result.message).toMatch(/never fetched/);
  });

  it('never verifies alg none, whatever the key', async () => {
    const token = `${encodeBase64urlText('{"alg":"none"}')}.${encodeBase64urlText('{}')}.`;
    expect(await verifyToken({ token, key: secret })).toMatchObject({ status: 'error', code: 'alg-none' });
  });

  it('rejects a critical extension it does not understand (RFC 7515 §4.1.11)', async () => {
    // jose will not sign it either, so the token is put together by hand.
    const token = rawToken({ alg: 'HS256', crit: ['exp'], exp: 1 }, {});
    const result = await verifyToken({ token, key: secret });
    expect(result).toMatchObject({ status: 'error', code: 'crit-unsupported' });
    expect(result.message).toContain('RFC 7515 §4.1.11');
  });

  it('a signature over an empty payload that does not match may be over detached content, and says so', async () => {
    const token = rawToken({ alg: 'HS256' }, '');
    expect(await verifyToken({ token, key: secret })).toMatchObject({ status: 'invalid', code: 'detached-payload', payload: 'empty' });
  });

  it('names both the token alg and the key when they do not fit', async () => {
    const token = rawToken({ alg: 'ES256' }, { sub: 'x' });
    const result = await verifyToken({ token, key: parseKey(rsaPem, 'utf8') });
    expect(result).toMatchObject({ status: 'error', code: 'alg-not-allowed-for-key' });
    expect(result.message).toMatch(/ES256.*RSA 2048-bit.*RS256/);
    const withSecret = await verifyToken({ token: rawToken({ alg: 'RS256' }, {}), key: secret });
    expect(withSecret.code).toBe('alg-not-allowed-for-key');
  });

  it("lets a JWK's own alg narrow the allow-list (RFC 7517 §4.4)", async () => {
    const token = await sign({}, { alg: 'PS256' }, await importPKCS8(await exportPKCS8(rsa.privateKey), 'PS256'));
    const result = await verifyToken({ token, key: parseKey(JSON.stringify({ ...rsaJwk, alg: 'RS256' }), 'utf8') });
    expect(result.code).toBe('alg-not-allowed-for-key');
  });

  it('refuses a JWK marked for encryption', async () => {
    const token = await sign({}, { alg: 'RS256' }, rsa.privateKey);
    expect((await verifyToken({ token, key: parseKey(JSON.stringify({ ...rsaJwk, use: 'enc' }), 'utf8') })).code).toBe('key-use-enc');
    expect((await verifyToken({ token, key: parseKey(JSON.stringify({ ...rsaJwk, key_ops: ['encrypt'] }), 'utf8') })).code).toBe('key-use-enc');
    expect((await verifyToken({ token, key: parseKey(JSON.stringify({ ...rsaJwk, key_ops: ['verify'] }), 'utf8') })).status).toBe('verified');
  });

  it('passes a key that cannot be read on with the reason it cannot, and an unknown alg as unsupported-alg', async () => {
    const token = rawToken({ alg: 'HS256' }, {});
    expect(await verifyToken({ token, key: parseKey('{"kty":"RSA"}', 'utf8') })).toMatchObject({ status: 'error', code: 'jwk-missing-member' });
    expect(await verifyToken({ token, key: parseKey('-----BEGIN PUBLIC KEY-----\nMIIB', 'utf8') })).toMatchObject({ status: 'error', code: 'pem-missing-end' });
    expect(await verifyToken({ token, key: parseKey('{"kty": "EC",\n "crv": }', 'utf8') })).toMatchObject({ status: 'error', code: 'invalid-json' });
    expect((await verifyToken({ token: rawToken({ alg: 'ES256K' }, {}), key: secret })).code).toBe('unsupported-alg');
    expect((await verifyToken({ token: 'not a token', key: secret })).code).toBe('token-malformed');
  });

  it('refuses RSA keys under 2048 bits (RFC 7518 §3.3)', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const input = `${encodeBase64urlText('{"alg":"RS256"}')}.${encodeBase64urlText('{}')}`;
    const signature = encodeBase64url(createSign('RSA-SHA256').update(input).sign(privateKey));
    const pem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
    expect(await verifyToken({ token: `${input}.${signature}`, key: parseKey(pem, 'utf8') })).toMatchObject({ status: 'error', code: 'key-too-small' });
  });
});

describe('a key carried in the token header', () => {
  it('is used only when allowed, and the result says it came from the token', async () => {
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { extractable: true });
    const token = await sign({ sub: 'self-signed' }, { alg: 'EdDSA', jwk: await exportJWK(publicKey) }, privateKey);
    const idle = await verifyToken({ token, key: { kind: 'empty' } });
    expect(idle).toMatchObject({ status: 'idle', code: 'no-key' });
    expect(idle.message).toMatch(/carries its own key/);
    const used = await verifyToken({ token, key: { kind: 'empty' }, allowEmbeddedKey: true });
    expect(used).toMatchObject({ status: 'verified', key: { source: 'token' } });
    expect(used.note).toMatch(/anyone can create a key pair/);
  });
});

describe('a JWKS of 50 keys', () => {
  let set: JWK[];
  let signers: Awaited<ReturnType<typeof generateKeyPair>>[];

  beforeAll(async () => {
    signers = await Promise.all(Array.from({ length: 45 }, () => generateKeyPair('ES256', { extractable: true })));
    const ec = await Promise.all(signers.map((s) => exportJWK(s.publicKey)));
    const ed = await exportJWK((await generateKeyPair('EdDSA', { extractable: true })).publicKey);
    set = ec.slice(0, 10).map((jwk, i) => ({ ...jwk, kid: `key-${i}`, use: 'sig' }));
    set.push({ ...ec[10]!, kid: 'key-10', use: 'enc' });
    set.push({ ...ec[11]!, kid: 'key-11', alg: 'ES384' });
    set.push({ ...ed, kid: 'key-12' });
    set.push({ ...(await exportJWK((await generateKeyPair('ES384', { extractable: true })).publicKey)), kid: 'key-13' });
    set.push({ kid: 'key-14' } as JWK);
    for (let i = 15; i < 50; i++) set.push({ ...ec[i - 5]!, kid: `key-${i}` });
  }, 30_000);

  it('selects by kid and lists every other key as kid-mismatch', async () => {
    const token = await sign({ sub: 'k37' }, { alg: 'ES256', kid: 'key-37' }, signers[32]!.privateKey);
    const result = await verifyToken({ token, key: parseKey(jwks(...set), 'utf8') });
    expect(result).toMatchObject({ status: 'verified', key: { source: 'jwks', index: 37, kid: 'key-37' } });
    expect(result.skipped).toHaveLength(49);
    expect(result.skipped.every((s) => s.reason === 'kid-mismatch' || (s.index === 14 && s.reason === 'unusable'))).toBe(true);
  });

  it('without a kid, tries the fitting keys in order and says why each other key was not used', async () => {
    const token = await sign({ sub: 'k20' }, { alg: 'ES256' }, signers[15]!.privateKey);
    const result = await verifyToken({ token, key: parseKey(jwks(...set), 'utf8') });
    expect(result).toMatchObject({ status: 'verified', key: { index: 20 } });
    const reasons = new Map(result.skipped.map((s) => [s.index, s.reason]));
    expect(result.skipped).toHaveLength(49);
    expect(reasons.get(0)).toBe('signature-mismatch');
    expect(reasons.get(19)).toBe('signature-mismatch');
    expect(reasons.get(10)).toBe('use-enc');
    expect(reasons.get(11)).toBe('alg-mismatch');
    expect(reasons.get(12)).toBe('wrong-type');
    expect(reasons.get(13)).toBe('wrong-type');
    expect(reasons.get(14)).toBe('unusable');
    expect(reasons.get(21)).toBe('not-tried');
    expect(reasons.get(49)).toBe('not-tried');
    expect(result.skipped.map((s) => s.index)).toEqual([...Array(50).keys()].filter((i) => i !== 20));
  });

  it('says no key matches an unknown kid, and is invalid when the kid matches but the signature does not', async () => {
    const unknown = await sign({}, { alg: 'ES256', kid: 'nope' }, signers[0]!.privateKey);
    const none = await verifyToken({ token: unknown, key: parseKey(jwks(...set), 'utf8') });
    expect(none).toMatchObject({ status: 'error', code: 'no-matching-key' });
    expect(none.message).toContain('"nope"');
    const wrong = await sign({}, { alg: 'ES256', kid: 'key-3' }, signers[4]!.privateKey);
    expect(await verifyToken({ token: wrong, key: parseKey(jwks(...set), 'utf8') })).toMatchObject({ status: 'invalid', key: { index: 3 } });
  });
});
