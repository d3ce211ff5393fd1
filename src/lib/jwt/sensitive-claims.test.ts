import { describe, it, expect } from 'vitest';
import { findSensitiveClaims, isSensitiveName, looksLikeCardNumber, luhnValid } from './sensitive-claims';

describe('isSensitiveName', () => {
  it.each([
    'password',
    'Password',
    'user_password',
    'passwd',
    'pwd',
    'secret',
    'client_secret',
    'clientSecret',
    'api_key',
    'apiKey',
    'x-api-key',
    'APIKey',
    'private_key',
    'ssn',
    'social_security_number',
    'credit_card',
    'card_number',
    'pan',
    'cvv',
    'CVC2',
    'pin',
    'pin_code',
    'https://example.com/password',
    'https://example.com/claims#client_secret',
    'urn:acme:api-key',
  ])('%s names a secret', (name) => {
    expect(isSensitiveName(name)).toBe(true);
  });

  it.each([
    'sub',
    'mapping',
    'company',
    'spinner',
    'secretary',
    'password_changed_at',
    'passwordExpiresAt',
    'pin_enabled',
    'api_key_id',
    'https://secret.example.com/roles',
    '',
  ])('%s does not', (name) => {
    expect(isSensitiveName(name)).toBe(false);
  });
});

describe('looksLikeCardNumber', () => {
  it('accepts Luhn-valid numbers with a card network prefix', () => {
    for (const value of ['4111111111111111', '4111 1111 1111 1111', '5555-5555-5555-4444', '378282246310005', 4111111111111111]) {
      expect(looksLikeCardNumber(value)).toBe(true);
    }
  });

  it('rejects bad checksums, odd lengths, other prefixes and stray characters', () => {
    expect(looksLikeCardNumber('4111111111111112')).toBe(false);
    expect(looksLikeCardNumber('411111111111')).toBe(false);
    // Millisecond timestamps and snowflake ids start with 1, which no card network uses.
    const luhnTimestamp = Array.from({ length: 10 }, (_, d) => `130081938000${d}`).find(luhnValid);
    expect(luhnTimestamp).toBeDefined();
    expect(looksLikeCardNumber(luhnTimestamp as string)).toBe(false);
    expect(looksLikeCardNumber('4111  1111 1111 1111')).toBe(false);
    expect(looksLikeCardNumber('4111x1111111111111')).toBe(false);
    expect(looksLikeCardNumber(4.111111111111111e15 + 0.5)).toBe(false);
  });
});

describe('findSensitiveClaims', () => {
  it('walks nested objects and arrays with dotted paths', () => {
    const payload = {
      user: { name: 'Ann', credentials: { password: 'x' } },
      cards: ['4111111111111111', 'n/a'],
      note: '-----BEGIN RSA PRIVATE KEY-----\nMIIE…',
      cnf: { jwk: { kty: 'EC', crv: 'P-256', x: 'a', y: 'b', d: 'c' } },
      key: { kty: 'oct', k: 'AyM1' },
    };
    expect(findSensitiveClaims(payload)).toEqual([
      { path: 'user.credentials.password', reason: 'name' },
      { path: 'cards[0]', reason: 'card-number' },
      { path: 'note', reason: 'private-key' },
      { path: 'cnf.jwk', reason: 'private-jwk' },
      { path: 'key', reason: 'private-jwk' },
    ]);
  });

  it('reports a flagged object once, not its members again', () => {
    expect(findSensitiveClaims({ secret: { password: 'x', pin: '1' } })).toEqual([{ path: 'secret', reason: 'name' }]);
  });

  it('ignores names whose value discloses nothing', () => {
    expect(findSensitiveClaims({ password: true, secret: null, pin: '', api_key: [] })).toEqual([]);
  });

  it('stops at depth 5', () => {
    expect(findSensitiveClaims({ a: { b: { c: { d: { password: 'x' } } } } })).toEqual([
      { path: 'a.b.c.d.password', reason: 'name' },
    ]);
    expect(findSensitiveClaims({ a: { b: { c: { d: { e: { password: 'x' } } } } } })).toEqual([]);
  });
});
