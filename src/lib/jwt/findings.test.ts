import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { findFindings } from './findings';
import { SEVERITIES, type Finding, type FindingCode } from './finding-types';
import type { DecodedJwe, DecodedJws, NonCanonicalNote } from './types';
import type { JsonObject, JsonValue } from '../core/json';

// RFC 7519 §3.1 example: exp 1300819380 is 2011-03-22T18:43:00Z.
const EXP = 1300819380;
const NOW = new Date(EXP * 1000);
const now = NOW.getTime() / 1000;
const HOUR = 3600;
const DAY = 24 * HOUR;

function jws(header: JsonObject, payload: JsonObject, nonCanonical: NonCanonicalNote[] = []): DecodedJws {
  return {
    type: header['alg'] === 'none' ? 'Unsecured' : 'JWS',
    header,
    headerText: JSON.stringify(header),
    payload: { type: 'json', value: payload, text: JSON.stringify(payload) },
    signature: new Uint8Array(32),
    segments: [],
    nonCanonical,
    jsonNotes: [],
    errors: [],
    nested: false,
  };
}

function jwe(header: JsonObject, nonCanonical: NonCanonicalNote[] = []): DecodedJwe {
  return { type: 'JWE', header, headerText: JSON.stringify(header), segments: [], nonCanonical, jsonNotes: [], errors: [] };
}

const HS256 = { alg: 'HS256', typ: 'JWT' };
/** A payload with nothing to report at NOW. */
const CLEAN = { sub: '1234567890', iat: now - HOUR, exp: now + HOUR };

function codes(findings: Finding[]): FindingCode[] {
  return findings.map((f) => f.code);
}

function only(findings: Finding[], code: FindingCode): Finding {
  const matching = findings.filter((f) => f.code === code);
  expect(matching).toHaveLength(1);
  return matching[0] as Finding;
}

describe('findFindings', () => {
  it('finds nothing in an ordinary short-lived token', () => {
    expect(findFindings(jws(HS256, CLEAN), NOW)).toEqual([]);
  });

  it.each(['none', 'None', 'NONE', 'nOnE'])('alg-none: alg %s is critical', (alg) => {
    const finding = only(findFindings(jws({ alg }, CLEAN), NOW), 'alg-none');
    expect(finding).toMatchObject({ severity: 'critical', rule: 'RFC 7518 §3.6', claim: 'alg' });
    expect(finding.message).toContain(JSON.stringify(alg));
  });

  it('alg-none: never for a real algorithm', () => {
    expect(codes(findFindings(jws({ alg: 'nonE256' }, CLEAN), NOW))).not.toContain('alg-none');
    expect(codes(findFindings(jwe({ alg: 'dir', enc: 'A128GCM' }), NOW))).not.toContain('alg-none');
  });

  it('alg-none: a JWE with alg none is malformed, since none is no key management algorithm (RFC 7518 §4.1)', () => {
    const finding = only(findFindings(jwe({ alg: 'none', enc: 'A128GCM' }), NOW), 'alg-none');
    expect(finding).toMatchObject({ severity: 'high', rule: 'RFC 7518 §4.1', claim: 'alg' });
    expect(finding.message).toContain('not a key management algorithm');
  });

  it('expired: exp == now is expired (RFC 7519 §4.1.4)', () => {
    const finding = only(findFindings(jws(HS256, { exp: EXP }), NOW), 'expired');
    expect(finding).toMatchObject({ severity: 'high', rule: 'RFC 7519 §4.1.4', claim: 'exp' });
    expect(finding.ruleUrl).toBe('https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4');
    expect(codes(findFindings(jws(HS256, { exp: EXP + 1 }), NOW))).not.toContain('expired');
  });

  it('expired: says how long ago, with the exp instant', () => {
    const later = new Date(NOW.getTime() + (3 * DAY + 4 * HOUR) * 1000);
    const finding = only(findFindings(jws(HS256, { exp: EXP }), later), 'expired');
    expect(finding.message).toBe(
      'The token expired 3 days 4 h ago (exp 2011-03-22T18:43:00Z), so a verifier must reject it.',
    );
  });

  it('expired: leeway allows clock skew', () => {
    const payload = { exp: now - 30 };
    expect(codes(findFindings(jws(HS256, payload), NOW, { leewaySeconds: 60 }))).not.toContain('expired');
    expect(codes(findFindings(jws(HS256, payload), NOW, { leewaySeconds: 30 }))).toContain('expired');
  });

  it('expired: a date before any calendar still expires, without throwing', () => {
    const finding = only(findFindings(jws(HS256, { exp: -1e300 }), NOW), 'expired');
    expect(finding.message).toContain('exp -1e+300');
  });

  it('not-yet-valid: nbf == now is valid, a second later is not', () => {
    expect(codes(findFindings(jws(HS256, { ...CLEAN, nbf: now }), NOW))).not.toContain('not-yet-valid');
    const finding = only(findFindings(jws(HS256, { ...CLEAN, nbf: now + 1 }), NOW), 'not-yet-valid');
    expect(finding).toMatchObject({ severity: 'medium', rule: 'RFC 7519 §4.1.5', claim: 'nbf' });
    expect(finding.message).toContain('1 s from now (nbf 2011-03-22T18:43:01Z)');
  });

  it('iat-in-future: allows 60 s by default, or the given leeway', () => {
    const ahead = (s: number) => jws(HS256, { iat: now + s, exp: now + HOUR });
    expect(codes(findFindings(ahead(60), NOW))).not.toContain('iat-in-future');
    expect(only(findFindings(ahead(61), NOW), 'iat-in-future')).toMatchObject({ severity: 'low', rule: 'RFC 7519 §4.1.6' });
    expect(codes(findFindings(ahead(1), NOW, { leewaySeconds: 0 }))).toContain('iat-in-future');
  });

  it('no-exp: a JSON payload without exp', () => {
    const finding = only(findFindings(jws(HS256, { sub: 'x', iat: now }), NOW), 'no-exp');
    expect(finding).toMatchObject({ severity: 'medium', rule: 'RFC 7519 §4.1.4' });
  });

  it('no-exp: not for a payload that is not a JSON object', () => {
    const token: DecodedJws = { ...jws(HS256, {}), payload: { type: 'text', text: 'hello' } };
    expect(findFindings(token, NOW)).toEqual([]);
  });

  it('long-lifetime: more than 24 h between iat (or nbf) and exp', () => {
    expect(codes(findFindings(jws(HS256, { iat: now, exp: now + DAY }), NOW))).not.toContain('long-lifetime');
    const finding = only(findFindings(jws(HS256, { iat: now, exp: now + 30 * DAY }), NOW), 'long-lifetime');
    expect(finding).toMatchObject({ severity: 'low', rule: 'RFC 6819 §5.1.5.3' });
    expect(finding.message).toContain('30 days (from iat 2011-03-22T18:43:00Z to exp 2011-04-21T18:43:00Z)');
    const byNbf = only(findFindings(jws(HS256, { nbf: now, exp: now + DAY + 1 }), NOW), 'long-lifetime');
    expect(byNbf.message).toContain('from nbf');
  });

  it('embedded-key: one high finding per key parameter', () => {
    const header = { alg: 'RS256', jku: 'https://attacker.example/jwks.json', jwk: { kty: 'RSA', n: 'AQAB', e: 'AQAB' }, x5u: 'https://attacker.example/cert.pem', x5c: ['MIIB'] };
    const found = findFindings(jws(header, CLEAN), NOW).filter((f) => f.code === 'embedded-key');
    expect(found.map((f) => [f.claim, f.severity, f.rule])).toEqual([
      ['jku', 'high', 'RFC 8725 §3.10'],
      ['jwk', 'high', 'RFC 8725 §3.8'],
      ['x5u', 'high', 'RFC 8725 §3.10'],
      ['x5c', 'high', 'RFC 7515 §4.1.6'],
    ]);
    expect(found[0]?.message).toContain('"https://attacker.example/jwks.json"');
  });

  it('embedded-key: says when a jwk carries private key material', () => {
    const finding = only(findFindings(jws({ alg: 'ES256', jwk: { kty: 'EC', d: 'secret' } }, CLEAN), NOW), 'embedded-key');
    expect(finding.message).toContain('private key material');
  });

  it('embedded-key, crit and non-canonical-encoding apply to a JWE; claim rules do not', () => {
    const header = { alg: 'RSA-OAEP', enc: 'A256GCM', x5c: ['MIIB'], crit: ['exp'], exp: 1 };
    const found = findFindings(jwe(header, [{ segment: 'iv', reason: 'padding' }]), NOW);
    expect(codes(found).sort()).toEqual(['crit', 'embedded-key', 'non-canonical-encoding']);
    expect(only(found, 'embedded-key').rule).toBe('RFC 7516 §4.1.8');
    expect(only(found, 'crit').rule).toBe('RFC 7516 §4.1.13');
  });

  it('crit: a well-formed list is medium and names the extensions', () => {
    const finding = only(findFindings(jws({ alg: 'HS256', b64: false, crit: ['b64'] }, CLEAN), NOW), 'crit');
    expect(finding).toMatchObject({ severity: 'medium', rule: 'RFC 7515 §4.1.11', claim: 'crit' });
    expect(finding.message).toContain('"b64"');
  });

  it.each<[string, JsonValue, string]>([
    ['not an array', 'b64', 'the string "b64"'],
    ['empty', [], 'empty list'],
    ['not strings', [1], 'something other than'],
    ['a registered name', ['alg'], '"alg", which the specification itself defines'],
    ['a name missing from the header', ['exp'], '"exp", which the header does not contain'],
    ['a duplicate', ['b64', 'b64'], 'more than once'],
  ])('crit: %s is malformed (high)', (_, crit, text) => {
    const finding = only(findFindings(jws({ alg: 'HS256', b64: false, crit }, CLEAN), NOW), 'crit');
    expect(finding.severity).toBe('high');
    expect(finding.message).toContain(text);
  });

  it('non-canonical-encoding: one low finding naming segments and reasons', () => {
    const notes: NonCanonicalNote[] = [
      { segment: 'header', reason: 'padding' },
      { segment: 'header', reason: 'standard-alphabet' },
      { segment: 'signature', reason: 'whitespace' },
      { segment: 'header', reason: 'padding' },
    ];
    const finding = only(findFindings(jws(HS256, CLEAN, notes), NOW), 'non-canonical-encoding');
    expect(finding).toMatchObject({ severity: 'low', rule: 'RFC 7515 §2' });
    expect(finding.message).toMatch(
      /^The header segment has '=' padding and the standard base64 alphabet \('\+' '\/'\) and the signature segment has whitespace, /,
    );
  });

  it('sensitive-claim: one high finding per claim path, never quoting the value', () => {
    const payload = {
      ...CLEAN,
      password: 'hunter2',
      'https://example.com/api_key': 'k-123',
      billing: { card: '4111 1111 1111 1111' },
      password_set: true,
    };
    const found = findFindings(jws(HS256, payload), NOW).filter((f) => f.code === 'sensitive-claim');
    expect(found.map((f) => f.claim)).toEqual(['password', 'https://example.com/api_key', 'billing.card']);
    expect(found.every((f) => f.severity === 'high' && f.rule === 'RFC 7519 §12')).toBe(true);
    expect(found.map((f) => f.message).join(' ')).not.toMatch(/hunter2|4111/);
  });

  it('ms-timestamp: judges the value as seconds and raises nothing else for it', () => {
    const found = findFindings(jws(HS256, { iat: now, exp: EXP * 1000 }), NOW);
    expect(codes(found)).toEqual(['ms-timestamp']);
    const finding = only(found, 'ms-timestamp');
    expect(finding).toMatchObject({ severity: 'medium', rule: 'RFC 7519 §2', claim: 'exp' });
    expect(finding.message).toContain('year 43191');
    expect(finding.message).toContain('never expires');
    expect(finding.message).toContain('2011-03-22T18:43:00Z');
  });

  it('ms-timestamp: microseconds and nanoseconds are named as such, with the instant they name', () => {
    const micro = only(findFindings(jws(HS256, { iat: now, exp: EXP * 1e6 }), NOW), 'ms-timestamp');
    expect(micro.message).toContain('looks like microseconds');
    expect(micro.message).toContain('read as microseconds it is 2011-03-22T18:43:00Z');
    const nano = only(findFindings(jws(HS256, { iat: now, exp: EXP * 1e9 }), NOW), 'ms-timestamp');
    expect(nano.message).toContain('looks like nanoseconds');
    expect(nano.message).toContain('read as nanoseconds it is 2011-03-22T18:43:00Z');
  });

  it('ms-timestamp: flags nbf and others from exactly 1e11, without not-yet-valid', () => {
    const found = findFindings(jws(HS256, { ...CLEAN, nbf: 1e11, auth_time: 99999999999, updated_at: 1e11 }), NOW);
    expect(found.map((f) => [f.code, f.claim])).toEqual([
      ['ms-timestamp', 'nbf'],
      ['ms-timestamp', 'updated_at'],
    ]);
  });

  it('invalid-numeric-date: a string exp is not a NumericDate, and not missing either', () => {
    const found = findFindings(jws(HS256, { iat: now, exp: String(EXP) }), NOW);
    expect(codes(found)).toEqual(['invalid-numeric-date']);
    expect(found[0]).toMatchObject({ severity: 'medium', rule: 'RFC 7519 §2', claim: 'exp' });
    expect(found[0]?.message).toContain('the string "1300819380"');
  });

  it('orders by severity, critical first, then by code', () => {
    const header = { alg: 'none', jwk: { kty: 'oct' }, crit: ['zz'], zz: 1 };
    const payload = { exp: EXP - DAY, nbf: 'x', iat: now + HOUR, secret: 's' };
    const found = findFindings(jws(header, payload, [{ segment: 'payload', reason: 'padding' }]), NOW);
    expect(found.map((f) => `${f.severity} ${f.code}`)).toEqual([
      'critical alg-none',
      'high embedded-key',
      'high expired',
      'high sensitive-claim',
      'medium crit',
      'medium invalid-numeric-date',
      'low iat-in-future',
      'low non-canonical-encoding',
    ]);
  });

  it('cites an rfc-editor.org section for every rule', () => {
    const header = { alg: 'none', jku: 'x', crit: 'x' };
    for (const finding of findFindings(jws(header, { exp: 'x', pin: '1234' }), NOW)) {
      const [, rfc, section] = /^RFC (\d+) §([\d.]+)$/.exec(finding.rule) ?? [];
      expect(finding.ruleUrl).toBe(`https://www.rfc-editor.org/rfc/rfc${rfc}#section-${section}`);
    }
  });

  it('never throws, and stays ordered, for arbitrary headers and payloads', () => {
    const key = fc.oneof(
      fc.string(),
      fc.constantFrom('alg', 'crit', 'jwk', 'jku', 'x5u', 'x5c', 'exp', 'nbf', 'iat', 'auth_time', 'password', '__proto__'),
    );
    const value = fc.oneof(fc.jsonValue(), fc.double(), fc.constantFrom('none', 'NONE', ['b64'], 'exp'));
    const object = fc.dictionary(key, value) as fc.Arbitrary<JsonObject>;
    fc.assert(
      fc.property(object, object, fc.integer({ min: -8.64e15, max: 8.64e15 }), (header, payload, ms) => {
        const found = findFindings(jws(header, payload), new Date(ms));
        const ranks = found.map((f) => SEVERITIES.indexOf(f.severity));
        return ranks.every((rank, i) => rank >= 0 && (i === 0 || rank >= (ranks[i - 1] ?? 0)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('what JSON.parse hides', () => {
  it('raises duplicate-member (high) and imprecise-number (medium)', () => {
    const token: DecodedJws = {
      ...jws(HS256, { exp: EXP + HOUR }),
      jsonNotes: [
        { segment: 'payload', kind: 'duplicate-member', text: 'role' },
        { segment: 'payload', kind: 'imprecise-number', text: '12345678901234567890' },
      ],
    };
    const found = findFindings(token, NOW);
    expect(found.find((f) => f.code === 'duplicate-member')).toMatchObject({ severity: 'high', rule: 'RFC 7519 §4' });
    expect(found.find((f) => f.code === 'imprecise-number')).toMatchObject({ severity: 'medium', rule: 'RFC 8259 §6' });
  });
});
