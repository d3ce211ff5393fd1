import { describe, expect, it } from 'vitest';
import vectors from './fixtures/published-jwe.json';
import { decryptJwe } from './decrypt';
import { b64url, encryptCompact, testSecret } from './test-keys';
import type { DecryptResult, JweFinding } from './types';

/** Findings about the key decrypted with and about what came out, each by its code. */

const found = (result: DecryptResult, code: JweFinding['code']) => result.findings.find((f) => f.code === code);
const utf8 = (text: string) => new TextEncoder().encode(text);

async function dirWith(keyText: string, encoding: 'utf8' | 'hex' = 'utf8', enc = 'A128GCM'): Promise<DecryptResult> {
  const key = encoding === 'hex' ? Uint8Array.from(Buffer.from(keyText, 'hex')) : utf8(keyText);
  const jwe = await encryptCompact('dir', key, { alg: 'dir', enc });
  const result = await decryptJwe({ jwe, keyText, encoding });
  expect(result.code).toBe('decrypted');
  return result;
}

describe('dir-guessable-key (RFC 8725 §3.5, RFC 7518 §4.5)', () => {
  it('is critical for a well-known secret, high for one byte repeated or words, medium for typed text', async () => {
    expect(found(await dirWith('12345678901234567890123456789012', 'utf8', 'A256GCM'), 'dir-guessable-key')).toMatchObject({ severity: 'critical', rule: 'RFC 8725 §3.5', alsoRules: [{ rule: 'RFC 7518 §4.5' }] });
    expect(found(await dirWith('00'.repeat(16), 'hex'), 'dir-guessable-key')).toMatchObject({ severity: 'high' });
    expect(found(await dirWith('correct-horse-ok'), 'dir-guessable-key')).toMatchObject({ severity: 'high' });
    expect(found(await dirWith('Tr0ub4dor&3xyz!?'), 'dir-guessable-key')).toMatchObject({ severity: 'medium' });
  });

  it('is not raised for random bytes, nor for a key-wrapping key', async () => {
    const random = b64url(testSecret(16));
    const jwe = await encryptCompact('dir', testSecret(16), { alg: 'dir', enc: 'A128GCM' });
    expect((await decryptJwe({ jwe, keyText: random, encoding: 'base64url' })).findings).toEqual([]);
    const kw = await encryptCompact('kw', utf8('passwordpassword'), { alg: 'A128KW', enc: 'A128GCM' });
    const result = await decryptJwe({ jwe: kw, keyText: 'passwordpassword', encoding: 'utf8' });
    expect(result.code).toBe('decrypted');
    expect(found(result, 'dir-guessable-key')).toBeUndefined();
  });
});

describe('pbes2-short-password (RFC 7518 §8.8, NIST SP 800-63B-4)', () => {
  async function withPassword(password: string, tryWith = password): Promise<DecryptResult> {
    const jwe = await encryptCompact('pbes2', utf8(password), { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' }, { p2c: 1000 });
    return decryptJwe({ jwe, keyText: tryWith, encoding: 'utf8' });
  }

  it('is high under 8 characters and medium under 15, counting characters, not bytes', async () => {
    expect(found(await withPassword('hunter2'), 'pbes2-short-password')).toMatchObject({ severity: 'high', rule: 'RFC 7518 §8.8', alsoRules: [{ rule: 'NIST SP 800-63B-4 §3.1.1.2' }] });
    expect(found(await withPassword('ünïcödé-pw12'), 'pbes2-short-password')).toMatchObject({ severity: 'medium' });
    expect(found(await withPassword('fifteen chars!!'), 'pbes2-short-password')).toBeUndefined();
  });

  it('is raised for a short password that does not open the token too', async () => {
    const result = await withPassword('the right password', 'wrong');
    expect(result.code).toBe('decryption-failed');
    expect(found(result, 'pbes2-short-password')).toMatchObject({ severity: 'high' });
  });
});

describe('missing-kid (RFC 7516 §4.1.6)', () => {
  it('is raised when a JWK Set had to be searched for a token without kid, and not with one', async () => {
    const key = testSecret(16);
    const keys = JSON.stringify({ keys: [{ kty: 'oct', k: b64url(testSecret(16, 9)), kid: 'x' }, { kty: 'oct', k: b64url(key), kid: 'y' }] });
    const noKid = await encryptCompact('x', key, { alg: 'A128KW', enc: 'A128GCM' });
    expect(found(await decryptJwe({ jwe: noKid, keyText: keys, encoding: 'utf8' }), 'missing-kid')).toMatchObject({ severity: 'low', rule: 'RFC 7516 §4.1.6' });
    const withKid = await encryptCompact('x', key, { alg: 'A128KW', enc: 'A128GCM', kid: 'y' });
    expect((await decryptJwe({ jwe: withKid, keyText: keys, encoding: 'utf8' })).findings).toEqual([]);
  });
});

describe('nested-without-cty (RFC 7519 §5.2)', () => {
  const jws = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJlc2ln';

  it('is raised when the plaintext is a compact JWS and the header has no cty "JWT"', async () => {
    const key = testSecret(16);
    const open = async (header: Record<string, string>) => decryptJwe({ jwe: await encryptCompact(jws, key, header), keyText: b64url(key), encoding: 'base64url' });
    expect(found(await open({ alg: 'A128KW', enc: 'A128GCM' }), 'nested-without-cty')).toMatchObject({ severity: 'medium', rule: 'RFC 7519 §5.2' });
    expect(found(await open({ alg: 'A128KW', enc: 'A128GCM', cty: 'jwt' }), 'nested-without-cty')).toBeUndefined();
    const json = await decryptJwe({ jwe: await encryptCompact('{"sub":"x"}', key, { alg: 'A128KW', enc: 'A128GCM' }), keyText: b64url(key), encoding: 'base64url' });
    expect(json.findings).toEqual([]);
  });

  it('is not raised for RFC 7520 §6, which says cty "JWT"', async () => {
    const vector = vectors.find((v) => v.id === 'rfc7520-6-nested-compact')!;
    const result = await decryptJwe({ jwe: vector.jwe, keyText: vector.key, encoding: 'utf8' });
    expect(result.code).toBe('decrypted');
    expect(result.findings).toEqual([]);
  });
});
