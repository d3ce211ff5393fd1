import { describe, expect, it } from 'vitest';
import { parseKey, type VerifyResult } from '../../lib/verify';
import { verdictHeadline } from './verdict-text';

const secret = parseKey('0123456789abcdef0123456789abcdef', 'utf8');

function result(overrides: Partial<VerifyResult>): VerifyResult {
  return { status: 'verified', code: 'verified', message: '', alg: 'HS256', skipped: [], privateKeyPasted: false, ...overrides };
}

describe('verdictHeadline', () => {
  it('names the verdict, the algorithm and the pasted key', () => {
    const key = { description: 'HMAC secret, 32 bytes (UTF-8 text)', source: 'pasted' } as const;
    expect(verdictHeadline(result({ key }), secret)).toBe('Signature verified — HS256 with the pasted HMAC secret, 32 bytes (UTF-8 text)');
    expect(verdictHeadline(result({ status: 'invalid', code: 'signature-mismatch', key }), secret)).toBe(
      'Signature invalid — HS256 does not match the pasted HMAC secret, 32 bytes (UTF-8 text)',
    );
  });

  it('names the JWK Set key by position and kid', () => {
    const key = { description: 'RSA', source: 'jwks', index: 1, kid: 'k1' } as const;
    expect(verdictHeadline(result({ alg: 'RS256', key }), { kind: 'empty' })).toBe('Signature verified — RS256 with key 1 of the pasted JWK Set (kid "k1")');
  });

  it('blames a malformed token, not the key', () => {
    expect(verdictHeadline(result({ status: 'invalid', code: 'malformed-token' }), secret)).toBe('Not verified — the token as shown is malformed');
  });

  it('names an ambiguous key set as the reason', () => {
    expect(verdictHeadline(result({ status: 'error', code: 'duplicate-kid', ambiguity: { code: 'duplicate-kid', keys: [] } }), secret)).toBe('Signature not verified — the JWK Set is ambiguous');
  });

  it('never calls an error or an idle state verified', () => {
    expect(verdictHeadline(result({ status: 'error', code: 'alg-none', alg: 'none' }), secret)).toMatch(/^Signature not verified/);
    expect(verdictHeadline(result({ status: 'idle', code: 'no-key' }), { kind: 'empty' })).toBe('Signature not checked yet');
  });
});
