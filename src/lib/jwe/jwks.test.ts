import { GeneralEncrypt } from 'jose';
import { describe, expect, it } from 'vitest';
import { decryptJwe } from './decrypt';
import { b64url, encryptCompact, publicKeyFor, testKeyPair, testSecret } from './test-keys';
import { MAX_DECRYPT_ATTEMPTS } from './try-keys';
import type { DecryptResult } from './types';

/** A JWK Set: keys chosen by kid, alg, use and key_ops, each passed-over key explained. */

const A = testSecret(16, 1);
const B = testSecret(16, 2);
const oct = (k: Uint8Array, extra: Record<string, unknown> = {}) => ({ kty: 'oct', k: b64url(k), ...extra });
const set = (...keys: unknown[]) => JSON.stringify({ keys });
const open = (jwe: string, keyText: string) => decryptJwe({ jwe, keyText, encoding: 'utf8' });
const reasons = (result: DecryptResult) => result.skipped.map((s) => [s.index, s.reason]);

describe('choosing keys', () => {
  it('takes the key the token’s kid names', async () => {
    const rsa = await testKeyPair('RSA');
    const jwe = await encryptCompact('by kid', B, { alg: 'A128KW', enc: 'A128GCM', kid: 'b' });
    const result = await open(jwe, set(oct(A, { kid: 'a' }), oct(B, { kid: 'b' }), { ...rsa.jwk, kid: 'r' }));
    expect(result.code).toBe('decrypted');
    expect(result.keyDescription).toBe('secret of 16 bytes (Key 1 of the JWK Set, kid "b")');
    expect(reasons(result)).toEqual([[0, 'kid-mismatch'], [2, 'kid-mismatch']]);
    expect(result.findings).toEqual([]);
  });

  it('with no kid, tries every fitting key in order, and says so', async () => {
    const rsa = await testKeyPair('RSA');
    const jwe = await encryptCompact('no kid', B, { alg: 'A128KW', enc: 'A128GCM' });
    const result = await open(jwe, set(oct(A), rsa.jwk, oct(B), oct(testSecret(16, 3))));
    expect(result.code).toBe('decrypted');
    expect(reasons(result)).toEqual([[0, 'did-not-open'], [1, 'wrong-type'], [3, 'not-tried']]);
    expect(result.findings.map((f) => f.code)).toEqual(['missing-kid']);
  });

  it('passes over keys for signatures, for other operations, for another alg, and those it cannot read', async () => {
    const jwe = await encryptCompact('reasons', B, { alg: 'A128KW', enc: 'A128GCM' });
    const result = await open(jwe, set(oct(B, { use: 'sig' }), oct(B, { key_ops: ['sign', 'verify'] }), oct(B, { alg: 'A128GCMKW' }), { kty: 'EC', crv: 'P-256' }, oct(B, { use: 'enc', key_ops: ['unwrapKey'], alg: 'A128KW' })));
    expect(result.code).toBe('decrypted');
    expect(reasons(result)).toEqual([[0, 'use-sig'], [1, 'key-ops'], [2, 'alg-mismatch'], [3, 'unusable']]);
  });

  it('passes over a public key where the private one is needed', async () => {
    const rsa = await testKeyPair('RSA');
    const jwe = await encryptCompact('rsa', await publicKeyFor(rsa, 'RSA-OAEP'), { alg: 'RSA-OAEP', enc: 'A128GCM' });
    const result = await open(jwe, set(rsa.publicJwk, rsa.jwk));
    expect(result.code).toBe('decrypted');
    expect(reasons(result)).toEqual([[0, 'public-only']]);
    const onlyPublic = await open(jwe, set(rsa.publicJwk, rsa.publicJwk));
    expect(onlyPublic).toMatchObject({ status: 'error', code: 'public-key' });
  });

  it('says no key matches when none fits or none has the kid', async () => {
    const jwe = await encryptCompact('none', B, { alg: 'A128KW', enc: 'A128GCM', kid: 'b' });
    expect(await open(jwe, set(oct(B, { kid: 'c' }), oct(A, { kid: 'd' })))).toMatchObject({ status: 'error', code: 'no-matching-key', keyDescription: 'JWK Set of 2 keys' });
    const noKid = await encryptCompact('none', B, { alg: 'A128KW', enc: 'A128GCM' });
    expect((await open(noKid, set(oct(testSecret(24)), oct(testSecret(32))))).code).toBe('no-matching-key');
  });

  it('fails when every fitting key was tried and none opened it', async () => {
    const jwe = await encryptCompact('wrong keys', B, { alg: 'A128KW', enc: 'A128GCM' });
    const result = await open(jwe, set(oct(A), oct(testSecret(16, 5))));
    expect(result).toMatchObject({ status: 'failed', code: 'decryption-failed' });
    expect(reasons(result)).toEqual([[0, 'did-not-open'], [1, 'did-not-open']]);
  });

  it('tries at most MAX_DECRYPT_ATTEMPTS keys', async () => {
    const jwe = await encryptCompact('many', B, { alg: 'A128KW', enc: 'A128GCM' });
    const keys = Array.from({ length: MAX_DECRYPT_ATTEMPTS + 3 }, (_, i) => oct(testSecret(16, 100 + i)));
    const result = await open(jwe, set(...keys));
    expect(result.code).toBe('decryption-failed');
    expect(result.skipped.filter((s) => s.reason === 'not-tried')).toHaveLength(3);
  });
});

describe('several recipients (RFC 7516 §7.2.1)', () => {
  async function twoRecipients() {
    const rsa = await testKeyPair('RSA');
    const encrypt = new GeneralEncrypt(new TextEncoder().encode('for two')).setProtectedHeader({ enc: 'A128GCM' });
    encrypt.addRecipient(await publicKeyFor(rsa, 'RSA-OAEP-256')).setUnprotectedHeader({ alg: 'RSA-OAEP-256', kid: 'r' });
    encrypt.addRecipient(A).setUnprotectedHeader({ alg: 'A128KW', kid: 'a' });
    return { rsa, jwe: JSON.stringify(await encrypt.encrypt()) };
  }

  it('opens as whichever recipient the key belongs to', async () => {
    const { rsa, jwe } = await twoRecipients();
    expect((await open(jwe, rsa.pkcs8)).decrypted!.recipientIndex).toBe(0);
    expect((await decryptJwe({ jwe, keyText: b64url(A), encoding: 'base64url' })).decrypted!.recipientIndex).toBe(1);
    const both = await open(jwe, set(oct(A, { kid: 'a' }), { ...rsa.jwk, kid: 'r' }));
    expect(both.decrypted!.recipientIndex).toBe(0);
    expect(both.decrypted!.header).toMatchObject({ alg: 'RSA-OAEP-256', enc: 'A128GCM', kid: 'r' });
  });

  it('fails when the key belongs to no recipient but fits one', async () => {
    const { jwe } = await twoRecipients();
    expect((await decryptJwe({ jwe, keyText: b64url(B), encoding: 'base64url' })).code).toBe('decryption-failed');
    expect((await open(jwe, (await testKeyPair('P-256')).pkcs8)).code).toBe('wrong-key-type');
  });
});
