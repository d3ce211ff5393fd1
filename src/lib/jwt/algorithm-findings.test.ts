import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../core/json';
import { MAX_PBES2_COUNT } from '../core/limits';
import { decodeToken } from './decode';
import { DEPRECATED_ALGORITHMS } from './deprecated-algorithms';
import { findFindings } from './findings';
import { OWASP_PBKDF2 } from './findings-rules';
import type { Finding } from './finding-types';
import type { DecodedJwe, DecodedToken } from './types';

const NOW = new Date('2026-01-01T00:00:00Z');
const b64 = (text: string) => Buffer.from(text).toString('base64url');

function decoded(header: JsonObject, payload: JsonObject | string = { sub: 'x' }): DecodedToken {
  const body = typeof payload === 'string' ? b64(payload) : b64(JSON.stringify(payload));
  const result = decodeToken(`${b64(JSON.stringify(header))}.${body}.${'A'.repeat(86)}`);
  if (!result.ok) throw new Error('test token did not decode');
  return result.value;
}

function jwe(header: JsonObject): DecodedJwe {
  return { type: 'JWE', header, headerText: JSON.stringify(header), segments: [], nonCanonical: [], jsonNotes: [], errors: [] };
}

function find(token: DecodedToken, code: Finding['code']): Finding | undefined {
  return findFindings(token, NOW).find((f) => f.code === code);
}

describe('deprecated-alg (RFC 9864)', () => {
  it('notes that "EdDSA" is deprecated in favour of "Ed25519" and "Ed448", citing RFC 9864 and the BCP draft', () => {
    // RFC 8037 §A.4's token, whose payload is text.
    const finding = find(decoded({ alg: 'EdDSA' }, 'Example of Ed25519 signing'), 'deprecated-alg');
    expect(finding).toMatchObject({ severity: 'info', claim: 'alg', rule: 'RFC 9864 §4.1.2', ruleUrl: 'https://www.rfc-editor.org/rfc/rfc9864#section-4.1.2' });
    expect(finding!.message).toMatch(/"EdDSA", which RFC 9864 deprecates in favour of "Ed25519" or "Ed448"/);
    expect(finding!.alsoRules).toEqual([
      { rule: 'draft-ietf-oauth-rfc8725bis §3.2', ruleUrl: 'https://datatracker.ietf.org/doc/html/draft-ietf-oauth-rfc8725bis#section-3.2' },
    ]);
  });

  it('is not raised for the fully specified names, nor for a JWE', () => {
    for (const alg of ['Ed25519', 'Ed448', 'ES256', 'RS256']) expect(find(decoded({ alg }), 'deprecated-alg')).toBeUndefined();
    expect(find(jwe({ alg: 'EdDSA', enc: 'A128GCM' }), 'deprecated-alg')).toBeUndefined();
  });

  it('takes its rows from a table whose every row has a source and replacements', () => {
    for (const row of DEPRECATED_ALGORITHMS) {
      expect(row.ruleUrl).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#section-/);
      expect(row.replacements.length).toBeGreaterThan(0);
    }
  });
});

describe('p2c-too-large (draft-ietf-oauth-rfc8725bis §3.13)', () => {
  const header = (p2c: number) => ({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2s: 'c2FsdA', p2c });

  it('flags a PBES2 count above MAX_PBES2_COUNT (1,000,000), and not one at or below it', () => {
    expect(MAX_PBES2_COUNT).toBe(1_000_000);
    expect(find(jwe(header(10_000_000)), 'p2c-too-large')).toMatchObject({
      severity: 'medium',
      claim: 'p2c',
      rule: 'draft-ietf-oauth-rfc8725bis §3.13',
      message: expect.stringContaining('10,000,000 PBKDF2 iterations'),
    });
    expect(find(jwe(header(MAX_PBES2_COUNT + 1)), 'p2c-too-large')).toBeDefined();
    expect(find(jwe(header(MAX_PBES2_COUNT)), 'p2c-too-large')).toBeUndefined();
    expect(find(jwe(header(600_000)), 'p2c-too-large')).toBeUndefined();
  });
});

describe('pbes2-low-count (RFC 7518 §4.8.1.2, OWASP)', () => {
  const header = (p2c: number, alg = 'PBES2-HS256+A128KW') => ({ alg, enc: 'A128GCM', p2s: 'c2FsdHNhbHQ', p2c });

  it('is medium under RFC 7518’s floor of 1,000 iterations', () => {
    for (const p2c of [1, 999]) {
      expect(find(jwe(header(p2c)), 'pbes2-low-count')).toMatchObject({ severity: 'medium', claim: 'p2c', rule: 'RFC 7518 §4.8.1.2', alsoRules: [OWASP_PBKDF2] });
    }
  });

  it('is low from 1,000 up to OWASP’s figure for the hash, and absent from it on', () => {
    expect(find(jwe(header(1000)), 'pbes2-low-count')).toMatchObject({ severity: 'low', rule: OWASP_PBKDF2.rule, alsoRules: [{ rule: 'RFC 7518 §4.8.1.2' }] });
    expect(find(jwe(header(599_999)), 'pbes2-low-count')).toMatchObject({ severity: 'low' });
    expect(find(jwe(header(600_000)), 'pbes2-low-count')).toBeUndefined();
    // OWASP asks 210,000 of PBKDF2-HMAC-SHA512.
    expect(find(jwe(header(209_999, 'PBES2-HS512+A256KW')), 'pbes2-low-count')).toMatchObject({ severity: 'low' });
    expect(find(jwe(header(210_000, 'PBES2-HS512+A256KW')), 'pbes2-low-count')).toBeUndefined();
    expect(find(jwe(header(300_000, 'PBES2-HS384+A192KW')), 'pbes2-low-count')).toMatchObject({ severity: 'low' });
  });

  it('is not raised for another algorithm, nor for a count that is not a positive integer', () => {
    expect(find(jwe({ alg: 'A128KW', enc: 'A128GCM', p2c: 10 }), 'pbes2-low-count')).toBeUndefined();
    for (const p2c of [0, -5, 1.5]) expect(find(jwe(header(p2c)), 'pbes2-low-count')).toBeUndefined();
    expect(find(jwe({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2c: '10' }), 'pbes2-low-count')).toBeUndefined();
  });
});

describe('rsa1-5 (RFC 8725 §3.2, draft-ietf-jose-deprecate-none-rsa15 §1.2)', () => {
  it('flags a JWE whose alg is RSA1_5, citing the BCP and the deprecation draft', () => {
    // RFC 7516 Appendix A.2's header.
    expect(find(jwe({ alg: 'RSA1_5', enc: 'A128CBC-HS256' }), 'rsa1-5')).toMatchObject({
      severity: 'high',
      claim: 'alg',
      rule: 'RFC 8725 §3.2',
      ruleUrl: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.2',
      alsoRules: [
        { rule: 'draft-ietf-jose-deprecate-none-rsa15 §1.2', ruleUrl: 'https://datatracker.ietf.org/doc/html/draft-ietf-jose-deprecate-none-rsa15#section-1.2' },
      ],
    });
  });

  it('is not raised for RSA-OAEP, nor for a JWS', () => {
    expect(find(jwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }), 'rsa1-5')).toBeUndefined();
    expect(find(decoded({ alg: 'RS256' }), 'rsa1-5')).toBeUndefined();
  });
});

describe('the rules the BCP draft adds to existing findings', () => {
  it('alg-none keeps RFC 7518 §3.6, and a spelling other than "none" also cites the case-insensitive reading', () => {
    const exact = find(decoded({ alg: 'none' }), 'alg-none');
    expect(exact).toMatchObject({ rule: 'RFC 7518 §3.6' });
    expect(exact).not.toHaveProperty('alsoRules');
    const variant = find(decoded({ alg: 'noNE' }), 'alg-none');
    expect(variant).toMatchObject({ rule: 'RFC 7518 §3.6', alsoRules: [{ rule: 'draft-ietf-oauth-rfc8725bis §2.11' }] });
  });

  it('non-canonical-encoding keeps RFC 7515 §2 and also cites the draft’s JWT format check', () => {
    const token = `${b64('{"alg":"HS256"}')}=.${b64('{"sub":"x"}')}.${'A'.repeat(43)}`;
    const result = decodeToken(token);
    if (!result.ok) throw new Error('test token did not decode');
    expect(find(result.value, 'non-canonical-encoding')).toMatchObject({ rule: 'RFC 7515 §2', alsoRules: [{ rule: 'draft-ietf-oauth-rfc8725bis §3.14' }] });
  });
});
