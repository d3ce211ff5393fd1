import { describe, expect, it } from 'vitest';
import { MAX_PBES2_COUNT } from '../core/limits';
import { decryptJwe } from './decrypt';
import { b64url, encryptCompact, publicKeyFor, testKeyPair, testSecret, withHeader, withPart } from './test-keys';

/** Tokens refused before any work, each by its own code. */

const KEY = testSecret(16);
const KEY_TEXT = b64url(KEY);
const open = (jwe: string, keyText = KEY_TEXT) => decryptJwe({ jwe, keyText, encoding: 'base64url' });
const kw = () => encryptCompact('hello', KEY, { alg: 'A128KW', enc: 'A128GCM' });
const b64 = (text: string) => Buffer.from(text).toString('base64url');

async function code(jwe: string | Promise<string>, keyText = KEY_TEXT): Promise<string> {
  const result = await open(await jwe, keyText);
  expect(result.status).toBe('error');
  return result.code;
}

describe('what is not a JWE', () => {
  it('names a JWS, a wrong number of parts, and empty text', async () => {
    expect(await code(`${b64('{"alg":"HS256"}')}.${b64('{}')}.sig`)).toBe('not-a-jwe');
    expect(await code('a.b')).toBe('not-a-jwe');
    expect(await code('   ')).toBe('not-a-jwe');
  });

  it('names bad JSON, a member that is not base64url, and a header that is not JSON', async () => {
    expect(await code('{"ciphertext": "abc",')).toBe('json-invalid');
    expect(await code('{"protected": "e30", "ciphertext": "a+b"}')).toBe('member-invalid');
    expect(await code(withPart(await kw(), 1, 'not*base64'))).toBe('member-invalid');
    expect(await code(withPart(await kw(), 0, b64('not json')))).toBe('header-invalid');
  });
});

describe('algorithms', () => {
  it('refuses RSA1_5 plainly, and names an unknown alg or enc', async () => {
    const token = await kw();
    const rsa15 = await open(withHeader(token, { alg: 'RSA1_5', enc: 'A128CBC-HS256' }));
    expect(rsa15).toMatchObject({ status: 'error', code: 'unsupported-alg' });
    expect(rsa15.message).toMatch(/Bleichenbacher/);
    expect(rsa15.message).toMatch(/RSA-OAEP-256/);
    expect(await code(withHeader(token, { alg: 'A512KW', enc: 'A128GCM' }))).toBe('unsupported-alg');
    expect(await code(withHeader(token, { alg: 'A128KW', enc: 'A128CTR' }))).toBe('unsupported-enc');
    expect(await code(withHeader(token, { enc: 'A128GCM' }))).toBe('header-invalid');
    expect(await code(withHeader(token, { alg: 'A128KW' }))).toBe('header-invalid');
  });
});

describe('PBES2 parameters (RFC 7518 §4.8.1)', () => {
  const header = (extra: Record<string, unknown>) => ({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2s: b64url(testSecret(16)), p2c: 1000, ...extra });

  it('refuses a count over MAX_PBES2_COUNT, and one that is not a positive integer', async () => {
    const token = await kw();
    expect(await code(withHeader(token, header({ p2c: MAX_PBES2_COUNT + 1 })))).toBe('p2c-too-large');
    for (const p2c of [0, -1, 1.5, '1000', null]) expect(await code(withHeader(token, header({ p2c })))).toBe('p2c-invalid');
    expect(await code(withHeader(token, { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2s: 'c2FsdHNhbHQ' }))).toBe('p2c-invalid');
  });

  it('refuses a salt that is missing, not base64url, or under 8 bytes', async () => {
    const token = await kw();
    expect(await code(withHeader(token, header({ p2s: undefined })))).toBe('p2s-invalid');
    expect(await code(withHeader(token, header({ p2s: 'sa*lt' })))).toBe('p2s-invalid');
    expect(await code(withHeader(token, header({ p2s: b64url(testSecret(7)) })))).toBe('p2s-invalid');
  });

  it('opens a count exactly at the limit', async () => {
    const jwe = await encryptCompact('at the limit', new TextEncoder().encode('a long enough password'), { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' }, { p2c: MAX_PBES2_COUNT });
    const result = await decryptJwe({ jwe, keyText: 'a long enough password', encoding: 'utf8' });
    expect(result.code).toBe('decrypted');
  });
});

describe('the ephemeral key of ECDH-ES (RFC 7518 §4.6.1.1)', () => {
  async function ecdhToken() {
    const pair = await testKeyPair('P-256');
    const jwe = await encryptCompact('hello', await publicKeyFor(pair, 'ECDH-ES'), { alg: 'ECDH-ES', enc: 'A128GCM' });
    const header = JSON.parse(Buffer.from(jwe.split('.')[0]!, 'base64url').toString()) as { epk: Record<string, string> };
    return { jwe, epk: header.epk, keyText: pair.pkcs8 };
  }

  it('refuses a missing epk, one with private members, and one of another kind or size', async () => {
    const { jwe, epk, keyText } = await ecdhToken();
    const base = { alg: 'ECDH-ES', enc: 'A128GCM' };
    expect(await code(withHeader(jwe, base), keyText)).toBe('epk-invalid');
    expect(await code(withHeader(jwe, { ...base, epk: { ...epk, d: epk.x } }), keyText)).toBe('epk-invalid');
    expect(await code(withHeader(jwe, { ...base, epk: { kty: 'oct', k: 'AAAA' } }), keyText)).toBe('epk-invalid');
    expect(await code(withHeader(jwe, { ...base, epk: { ...epk, x: epk.x!.slice(0, 20) } }), keyText)).toBe('epk-invalid');
    expect(await code(withHeader(jwe, { ...base, epk: { kty: 'OKP', crv: 'X448', x: 'AAAA' } }), keyText)).toBe('epk-invalid');
  });

  it('refuses a point that is not on its curve', async () => {
    const { jwe, epk, keyText } = await ecdhToken();
    const y = Buffer.from(epk.y!, 'base64url');
    y[31] = y[31]! ^ 1;
    expect(await code(withHeader(jwe, { alg: 'ECDH-ES', enc: 'A128GCM', epk: { ...epk, y: y.toString('base64url') } }), keyText)).toBe('epk-not-on-curve');
  });
});

describe('sizes of the parts (RFC 7518 §5.2.2.1, §5.3)', () => {
  it('refuses an IV or tag whose length does not fit enc', async () => {
    const gcm = await kw();
    expect(await code(withPart(gcm, 2, b64url(testSecret(16))))).toBe('iv-size');
    expect(await code(withPart(gcm, 2, ''))).toBe('iv-size');
    expect(await code(withPart(gcm, 4, b64url(testSecret(8))))).toBe('tag-size');
    const cbc = await encryptCompact('hello', KEY, { alg: 'A128KW', enc: 'A128CBC-HS256' });
    expect(await code(withPart(cbc, 2, b64url(testSecret(12))))).toBe('iv-size');
    expect(await code(withPart(cbc, 4, b64url(testSecret(32))))).toBe('tag-size');
  });

  it('refuses an encrypted key with dir or ECDH-ES, and none where a key is wrapped', async () => {
    const dir = await encryptCompact('hello', testSecret(16), { alg: 'dir', enc: 'A128GCM' });
    expect(await code(withPart(dir, 1, b64url(testSecret(24))))).toBe('encrypted-key-unexpected');
    expect(await code(withPart(await kw(), 1, ''))).toBe('encrypted-key-missing');
  });

  it('refuses an AES-GCM key wrap whose own iv or tag is wrong', async () => {
    const token = await encryptCompact('hello', KEY, { alg: 'A128GCMKW', enc: 'A128GCM' });
    const header = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as Record<string, string>;
    expect(await code(withHeader(token, { ...header, iv: b64url(testSecret(16)) }))).toBe('iv-size');
    expect(await code(withHeader(token, { ...header, tag: b64url(testSecret(12)) }))).toBe('tag-size');
    expect(await code(withHeader(token, { ...header, tag: undefined }))).toBe('header-invalid');
  });
});

describe('crit (RFC 7516 §4.1.13)', () => {
  it('refuses an extension it does not understand, and a crit that lists a registered name', async () => {
    const token = await kw();
    expect(await code(withHeader(token, { alg: 'A128KW', enc: 'A128GCM', crit: ['exp'], exp: 1 }))).toBe('crit-unsupported');
    expect(await code(withHeader(token, { alg: 'A128KW', enc: 'A128GCM', crit: ['alg'] }))).toBe('header-invalid');
    expect(await code(withHeader(token, { alg: 'A128KW', enc: 'A128GCM', crit: [] }))).toBe('header-invalid');
  });

  it('refuses crit outside the protected header', async () => {
    const json = JSON.stringify({ protected: b64('{"enc":"A128GCM"}'), unprotected: { alg: 'A128KW', crit: ['x'], x: 1 }, encrypted_key: 'AAAA', iv: b64url(testSecret(12)), ciphertext: 'AAAA', tag: b64url(testSecret(16)) });
    expect(await code(json)).toBe('header-invalid');
  });
});
