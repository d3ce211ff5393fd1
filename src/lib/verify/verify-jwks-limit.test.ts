import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseKey } from './parse-key';
import { jwks, sign } from './test-helpers';
import { verifyToken } from './verify';
import { MAX_JWKS_ATTEMPTS } from './verify-jwks';

let signer: Awaited<ReturnType<typeof generateKeyPair>>;
let signerJwk: JWK;
let others: JWK[];

beforeAll(async () => {
  signer = await generateKeyPair('ES256');
  signerJwk = await exportJWK(signer.publicKey);
  others = await Promise.all(Array.from({ length: 4 }, async () => exportJWK((await generateKeyPair('ES256')).publicKey)));
});

/** `count` keys that do not verify, with the signing key at `at`; kids only when asked for. */
function keySet(count: number, at: number, withKids = false): string {
  const keys = Array.from({ length: count }, (_, i) => ({ ...(i === at ? signerJwk : others[i % others.length]!), ...(withKids ? { kid: `k${i}` } : {}) }));
  return jwks(...keys);
}

describe(`a JWK Set tried key by key: at most ${MAX_JWKS_ATTEMPTS} keys`, () => {
  it('stops after the limit, says so in the verdict, and marks the keys left untried', async () => {
    const token = await sign({ sub: 'x' }, { alg: 'ES256' }, signer.privateKey);
    const result = await verifyToken({ token, key: parseKey(keySet(100, 50), 'utf8') });
    expect(result).toMatchObject({ status: 'invalid', code: 'signature-mismatch' });
    expect(result.message).toContain(`Only the first ${MAX_JWKS_ATTEMPTS} of the 100 keys that fit ES256 were tried; 68 were not`);
    expect(result.message).toMatch(/names its key \("kid"/);
    const reasons = new Map(result.skipped.map((s) => [s.index, s.reason]));
    expect(reasons.get(31)).toBe('signature-mismatch');
    expect(reasons.get(32)).toBe('attempt-limit');
    expect(reasons.get(50)).toBe('attempt-limit');
    expect(result.skipped.filter((s) => s.reason === 'attempt-limit')).toHaveLength(68);
  });

  it('finds a key within the limit, and leaves the rest as not tried', async () => {
    const token = await sign({ sub: 'x' }, { alg: 'ES256' }, signer.privateKey);
    const result = await verifyToken({ token, key: parseKey(keySet(100, 5), 'utf8') });
    expect(result).toMatchObject({ status: 'verified', key: { index: 5 } });
    expect(result.skipped.filter((s) => s.reason === 'not-tried')).toHaveLength(94);
    expect(result.message).not.toMatch(/Only the first/);
  });

  it('is never reached when the token names its kid, even in a set of 10,000 keys', async () => {
    const token = await sign({ sub: 'x' }, { alg: 'ES256', kid: 'k9999' }, signer.privateKey);
    const result = await verifyToken({ token, key: parseKey(keySet(10_000, 9_999, true), 'utf8') });
    expect(result).toMatchObject({ status: 'verified', key: { index: 9_999, kid: 'k9999' } });
  });

  it('tries no more than the limit in a set of 10,000 keys without kids', async () => {
    const token = await sign({ sub: 'x' }, { alg: 'ES256' }, signer.privateKey);
    const result = await verifyToken({ token, key: parseKey(keySet(10_000, 9_999), 'utf8') });
    expect(result.status).toBe('invalid');
    expect(result.skipped.filter((s) => s.reason === 'signature-mismatch')).toHaveLength(MAX_JWKS_ATTEMPTS - 1);
    expect(result.skipped.filter((s) => s.reason === 'attempt-limit')).toHaveLength(10_000 - MAX_JWKS_ATTEMPTS);
  });
});
