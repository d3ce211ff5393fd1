import { describe, expect, it } from 'vitest';
import { encodeBase64url, encodeBase64urlText } from '../core/base64url';
import { parseKey } from './parse-key';
import { randomBytes } from './test-helpers';
import { weakKeySecrets } from './weak-key-secrets';

const strong = encodeBase64url(randomBytes(64));
const codes = (text: string, alg = 'HS256') => weakKeySecrets(parseKey(text, 'utf8'), alg).map((w) => ({ label: w.label, codes: w.reasons.map((r) => r.code) }));

describe('weakKeySecrets', () => {
  it('judges a plain secret as before', () => {
    expect(codes('secret')).toEqual([{ label: undefined, codes: ['short', 'well-known'] }]);
    expect(codes('x'.repeat(32))).toEqual([]);
  });

  it('judges the "k" of an oct JWK: well-known, and shorter than the hash (RFC 7518 §3.2)', () => {
    expect(codes(JSON.stringify({ kty: 'oct', k: encodeBase64urlText('your-256-bit-secret') }))).toEqual([{ label: undefined, codes: ['short', 'well-known'] }]);
    const short = JSON.stringify({ kty: 'oct', k: encodeBase64url(randomBytes(40)) });
    expect(codes(short, 'HS256')).toEqual([]);
    expect(codes(short, 'HS384')).toEqual([{ label: undefined, codes: ['short'] }]);
    expect(weakKeySecrets(parseKey(short, 'utf8'), 'HS512')[0]!.reasons[0]!.message).toMatch(/40 bytes, 24 bytes short of the 64 HS512 needs/);
    expect(codes(JSON.stringify({ kty: 'oct', k: strong }), 'HS512')).toEqual([]);
  });

  it('names each weak secret of a JWK Set by position and kid, and skips public keys', () => {
    const set = {
      keys: [
        { kty: 'oct', k: strong, kid: 'good' },
        { kty: 'oct', k: encodeBase64urlText('secret'), kid: 'docs' },
        { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' },
        { kty: 'oct', k: encodeBase64url(randomBytes(16)) },
      ],
    };
    expect(codes(JSON.stringify(set))).toEqual([
      { label: 'Key 1 (kid "docs")', codes: ['short', 'well-known'] },
      { label: 'Key 3', codes: ['short'] },
    ]);
  });

  it('finds nothing to judge in public keys or an empty field', () => {
    expect(codes('')).toEqual([]);
    expect(codes(JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' }))).toEqual([]);
  });
});
