import { describe, expect, it } from 'vitest';
import { randomBytes, sign } from './test-helpers';
import { findForgeableSecret, weakSecretReasons } from './weak-secrets';
import { WELL_KNOWN_SECRETS, isWellKnownSecret } from './well-known-secrets';

const text = (s: string) => new TextEncoder().encode(s);
const codes = (bytes: Uint8Array, alg: string) => weakSecretReasons(bytes, alg).map((r) => r.code);

describe('weakSecretReasons', () => {
  it('flags secrets shorter than the hash output (RFC 7518 §3.2)', () => {
    expect(codes(randomBytes(31), 'HS256')).toEqual(['short']);
    expect(codes(randomBytes(32), 'HS256')).toEqual([]);
    expect(codes(randomBytes(47), 'HS384')).toEqual(['short']);
    expect(codes(randomBytes(48), 'HS384')).toEqual([]);
    expect(codes(randomBytes(63), 'HS512')).toEqual(['short']);
    expect(codes(randomBytes(64), 'HS512')).toEqual([]);
    expect(weakSecretReasons(randomBytes(8), 'HS256')[0]).toMatchObject({ rule: 'RFC 7518 §3.2', message: expect.stringMatching(/8 bytes.*32/) });
  });

  it('says how many bytes are missing and quotes the MUST of RFC 7518 §3.2', () => {
    const [short] = weakSecretReasons(randomBytes(20), 'HS256');
    expect(short!.message).toMatch(/^The secret is 20 bytes, 12 bytes short of the 32 HS256 needs: RFC 7518 §3\.2 says "A key of the same size as the hash output .* or larger MUST be used/);
    expect(weakSecretReasons(randomBytes(47), 'HS384')[0]!.message).toContain('47 bytes, 1 byte short of the 48 HS384 needs');
    expect(weakSecretReasons(randomBytes(1), 'HS512')[0]!.message).toContain('The secret is 1 byte, 63 bytes short of the 64 HS512 needs');
  });

  it('flags well-known secrets, however long', () => {
    expect(codes(text('your-256-bit-secret'), 'HS256')).toEqual(['short', 'well-known']);
    expect(codes(text('super-secret-jwt-token-with-at-least-32-characters-long'), 'HS256')).toEqual(['well-known']);
    expect(codes(text('Your-256-bit-secret'), 'HS256')).toEqual(['short']);
  });

  it('bundles a few hundred well-known secrets, including the documentation samples', () => {
    expect(WELL_KNOWN_SECRETS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(WELL_KNOWN_SECRETS).size).toBe(WELL_KNOWN_SECRETS.length);
    for (const s of ['your-256-bit-secret', 'secret', 'changeme', 'your_jwt_secret', 'supersecret', 'secretkey', 'jwt_secret', 'mysecret', 'shhhhh', 'password', '123456']) {
      expect(isWellKnownSecret(s)).toBe(true);
    }
  });
});

describe('findForgeableSecret', () => {
  it("finds 'your-256-bit-secret' behind an HS256 token", async () => {
    const token = await sign({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }, { alg: 'HS256', typ: 'JWT' }, text('your-256-bit-secret'));
    expect(await findForgeableSecret(token, WELL_KNOWN_SECRETS)).toBe('your-256-bit-secret');
  });

  it('finds HS384 and HS512 secrets too', async () => {
    for (const alg of ['HS384', 'HS512']) {
      const token = await sign({ sub: 'x' }, { alg }, text('changeme'));
      expect(await findForgeableSecret(token, WELL_KNOWN_SECRETS)).toBe('changeme');
    }
  });

  it('returns null for a strong secret, a non-HMAC token, or something that is not a token', async () => {
    const token = await sign({ sub: 'x' }, { alg: 'HS256' }, randomBytes(32));
    expect(await findForgeableSecret(token, WELL_KNOWN_SECRETS)).toBeNull();
    expect(await findForgeableSecret('eyJhbGciOiJSUzI1NiJ9.e30.c2ln', WELL_KNOWN_SECRETS)).toBeNull();
    expect(await findForgeableSecret('nonsense', WELL_KNOWN_SECRETS)).toBeNull();
  });

  it('tries the whole list: the last secret in it is found too', async () => {
    const last = WELL_KNOWN_SECRETS[WELL_KNOWN_SECRETS.length - 1]!;
    const token = await sign({ sub: 'x' }, { alg: 'HS512' }, new TextEncoder().encode(last));
    expect(await findForgeableSecret(token, WELL_KNOWN_SECRETS)).toBe(last);
  });
});
