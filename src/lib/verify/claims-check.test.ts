import { describe, expect, it } from 'vitest';
import { checkClaims, type ClaimCheck } from './claims-check';

const NOW = new Date('2024-05-01T12:00:00Z');
const T = NOW.getTime() / 1000;

function only(checks: ClaimCheck[], code: ClaimCheck['code']): ClaimCheck {
  const found = checks.filter((c) => c.code === code);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('checkClaims', () => {
  it('lists only the checks that apply: none for an empty payload and no options', () => {
    expect(checkClaims({}, { now: NOW })).toEqual({ status: 'valid', checks: [] });
  });

  it('exp: fails at and after exp (RFC 7519 §4.1.4), leeway moves the edge', () => {
    expect(only(checkClaims({ exp: T + 1 }, { now: NOW }).checks, 'exp')).toMatchObject({ ok: true, rule: 'RFC 7519 §4.1.4' });
    expect(only(checkClaims({ exp: T }, { now: NOW }).checks, 'exp').ok).toBe(false);
    const expired = checkClaims({ exp: T - 30 }, { now: NOW });
    expect(expired.status).toBe('invalid');
    expect(only(expired.checks, 'exp').message).toContain('2024-05-01T11:59:30Z');
    expect(checkClaims({ exp: T - 30 }, { now: NOW, leewaySeconds: 60 }).status).toBe('valid');
    expect(only(checkClaims({ exp: '2024' }, { now: NOW }).checks, 'exp').ok).toBe(false);
  });

  it('nbf: fails before nbf (RFC 7519 §4.1.5), valid at nbf, leeway allowed', () => {
    expect(only(checkClaims({ nbf: T + 10 }, { now: NOW }).checks, 'nbf')).toMatchObject({ ok: false, rule: 'RFC 7519 §4.1.5' });
    expect(only(checkClaims({ nbf: T }, { now: NOW }).checks, 'nbf').ok).toBe(true);
    expect(checkClaims({ nbf: T + 10 }, { now: NOW, leewaySeconds: 10 }).status).toBe('valid');
  });

  it('iat: fails when in the future beyond the leeway', () => {
    expect(only(checkClaims({ iat: T + 120 }, { now: NOW }).checks, 'iat').ok).toBe(false);
    expect(only(checkClaims({ iat: T + 120 }, { now: NOW, leewaySeconds: 300 }).checks, 'iat').ok).toBe(true);
    expect(only(checkClaims({ iat: T - 5 }, { now: NOW }).checks, 'iat').ok).toBe(true);
  });

  it('times beyond any calendar are judged and described, never thrown on', () => {
    const result = checkClaims({ iat: -1e307, exp: 1e307, nbf: -1e307 }, { now: NOW, maxAgeSeconds: 60 });
    expect(only(result.checks, 'iat')).toMatchObject({ ok: true });
    expect(only(result.checks, 'iat').message).toContain('longer than any calendar can show');
    expect(only(result.checks, 'exp').ok).toBe(true);
    expect(only(result.checks, 'max-age').ok).toBe(false);
  });

  it('iss: exact, case-sensitive match (RFC 7519 §4.1.1)', () => {
    expect(only(checkClaims({ iss: 'https://issuer.example' }, { now: NOW, issuer: 'https://issuer.example' }).checks, 'iss').ok).toBe(true);
    expect(only(checkClaims({ iss: 'https://Issuer.example' }, { now: NOW, issuer: 'https://issuer.example' }).checks, 'iss').ok).toBe(false);
    expect(only(checkClaims({}, { now: NOW, issuer: 'x' }).checks, 'iss').message).toMatch(/No iss/);
  });

  it('aud: one expected audience in the string or array (RFC 7519 §4.1.3)', () => {
    const audience = ['api', 'web'];
    expect(only(checkClaims({ aud: 'web' }, { now: NOW, audience }).checks, 'aud').ok).toBe(true);
    expect(only(checkClaims({ aud: ['other', 'api'] }, { now: NOW, audience }).checks, 'aud').ok).toBe(true);
    expect(only(checkClaims({ aud: ['other'] }, { now: NOW, audience }).checks, 'aud').ok).toBe(false);
    expect(only(checkClaims({}, { now: NOW, audience }).checks, 'aud').ok).toBe(false);
    expect(checkClaims({ aud: 'x' }, { now: NOW, audience: [] }).checks).toEqual([]);
  });

  it('typ: case-insensitive, with or without "application/" (RFC 7515 §4.1.9, RFC 8725 §3.11)', () => {
    const typ = (header: Record<string, string>, expected: string) => only(checkClaims({}, { now: NOW, typ: expected, header }).checks, 'typ').ok;
    expect(typ({ typ: 'at+jwt' }, 'application/at+jwt')).toBe(true);
    expect(typ({ typ: 'application/AT+JWT' }, 'at+jwt')).toBe(true);
    expect(typ({ typ: 'JWT' }, 'at+jwt')).toBe(false);
    expect(typ({}, 'JWT')).toBe(false);
  });

  it('required: one check per required claim', () => {
    const { checks, status } = checkClaims({ sub: 'a' }, { now: NOW, requiredClaims: ['sub', 'jti'] });
    expect(status).toBe('invalid');
    expect(checks.map((c) => [c.code, c.ok])).toEqual([
      ['required', true],
      ['required', false],
    ]);
  });

  it('max-age: from iat, needs iat', () => {
    expect(only(checkClaims({ iat: T - 100 }, { now: NOW, maxAgeSeconds: 60 }).checks, 'max-age').ok).toBe(false);
    expect(only(checkClaims({ iat: T - 100 }, { now: NOW, maxAgeSeconds: 60, leewaySeconds: 60 }).checks, 'max-age').ok).toBe(true);
    expect(only(checkClaims({ iat: T - 30 }, { now: NOW, maxAgeSeconds: 60 }).checks, 'max-age').ok).toBe(true);
    expect(only(checkClaims({}, { now: NOW, maxAgeSeconds: 60 }).checks, 'max-age').message).toMatch(/needs an iat/);
  });
});

describe('inside the leeway', () => {
  it('says a token a little past exp is expired but accepted, not "in" some time', () => {
    const result = checkClaims({ exp: 1000 }, { now: new Date(1034 * 1000), leewaySeconds: 60 });
    expect(result.status).toBe('valid');
    expect(result.checks[0]?.message).toMatch(/^Expired at .*, 34 s ago, but accepted within the leeway of 1 min\.$/);
  });
});
