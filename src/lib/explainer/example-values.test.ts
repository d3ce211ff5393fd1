import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64urlText } from '../core/base64url';
import { decodeToken } from '../jwt/decode';
import {
  EXAMPLE_ACCESS_TOKEN_LIFETIME,
  EXAMPLE_AUTHORIZATION,
  EXAMPLE_HS256_SECRET,
  EXAMPLE_REFRESH_TOKENS,
  EXAMPLE_SESSION_ID,
  EXAMPLE_SIGN_IN_AT,
  FIRST_ACCESS_TOKEN,
  REFRESHED_ACCESS_TOKEN,
  SESSION_ID_BYTES,
  type ExampleAccessToken,
} from './example-values';

const TOKENS: [string, ExampleAccessToken][] = [
  ['first', FIRST_ACCESS_TOKEN],
  ['refreshed', REFRESHED_ACCESS_TOKEN],
];

function bytesOf(base64url: string): Uint8Array {
  const result = decodeBase64url(base64url);
  if (!result.ok) throw new Error(`not base64url: ${base64url}`);
  expect(result.nonCanonical).toEqual([]);
  return result.bytes;
}

describe('example access tokens', () => {
  it.each(TOKENS)('the %s token is its header and claims, serialised and HS256-signed with the example secret', (_, example) => {
    const [header, payload, signature] = example.token.split('.');
    expect(header).toBe(encodeBase64urlText(JSON.stringify(example.header)));
    expect(payload).toBe(encodeBase64urlText(JSON.stringify(example.claims)));
    const mac = createHmac('sha256', Buffer.from(EXAMPLE_HS256_SECRET, 'base64url')).update(`${header}.${payload}`).digest('base64url');
    expect(signature).toBe(mac);
  });

  it.each(TOKENS)('the %s token decodes with the decoder to the same header and claims', (_, example) => {
    const result = decodeToken(example.token);
    expect(result.ok).toBe(true);
    if (!result.ok || result.value.type !== 'JWS') throw new Error('expected a JWS');
    expect(result.value.errors).toEqual([]);
    expect(result.value.header).toEqual(example.header);
    expect(result.value.payload).toMatchObject({ type: 'json', value: example.claims });
  });

  it('the refresh keeps issuer, subject, audience, client and auth_time, and gives a new jti and a later window', () => {
    const first = FIRST_ACCESS_TOKEN.claims;
    const second = REFRESHED_ACCESS_TOKEN.claims;
    for (const name of ['iss', 'sub', 'aud', 'client_id', 'scope', 'auth_time'] as const) expect(second[name]).toBe(first[name]);
    expect(second.jti).not.toBe(first.jti);
    expect(second.iat).toBeGreaterThan(first.exp);
    for (const claims of [first, second]) expect(claims.exp - claims.iat).toBe(EXAMPLE_ACCESS_TOKEN_LIFETIME);
    expect(first.iat).toBe(EXAMPLE_SIGN_IN_AT);
    expect(first.auth_time).toBe(EXAMPLE_SIGN_IN_AT);
  });
});

describe('example random values', () => {
  it('the session ID is 32 random bytes as 43 base64url characters: at least 64 bits of entropy', () => {
    expect(EXAMPLE_SESSION_ID).toHaveLength(43);
    expect(bytesOf(EXAMPLE_SESSION_ID)).toHaveLength(SESSION_ID_BYTES);
    expect(SESSION_ID_BYTES * 8).toBeGreaterThanOrEqual(64);
  });

  it('the secret is 32 bytes, as long as HS256 output (RFC 2104 §3)', () => {
    expect(bytesOf(EXAMPLE_HS256_SECRET)).toHaveLength(32);
  });

  it('refresh tokens and the authorization code are 32 random bytes each, and all differ', () => {
    const values = [EXAMPLE_REFRESH_TOKENS.first, EXAMPLE_REFRESH_TOKENS.rotated, EXAMPLE_AUTHORIZATION.code, EXAMPLE_SESSION_ID];
    for (const value of values) expect(bytesOf(value)).toHaveLength(32);
    expect(new Set(values).size).toBe(values.length);
  });

  it('the PKCE challenge is the S256 of the verifier (RFC 7636 §4.2), and the verifier is 43 characters', () => {
    expect(EXAMPLE_AUTHORIZATION.codeVerifier).toMatch(/^[A-Za-z0-9._~-]{43,128}$/);
    expect(createHash('sha256').update(EXAMPLE_AUTHORIZATION.codeVerifier).digest('base64url')).toBe(EXAMPLE_AUTHORIZATION.codeChallenge);
  });
});
