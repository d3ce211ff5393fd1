import { describe, expect, it } from 'vitest';
import { CLAIMS, claimInfo, isNumericDateClaim } from './claims-registry';

describe('CLAIMS', () => {
  it('holds at least 75 claims', () => {
    expect(CLAIMS.length).toBeGreaterThanOrEqual(75);
  });

  it('names each claim once', () => {
    const names = CLAIMS.map((claim) => claim.name);
    const duplicates = names.filter((name, index) => names.indexOf(name) !== index);
    expect(duplicates).toEqual([]);
  });

  it('gives every claim a title, a meaning and an https source', () => {
    for (const claim of CLAIMS) {
      expect(claim.title.trim(), claim.name).not.toBe('');
      expect(claim.meaning.trim(), claim.name).not.toBe('');
      expect(claim.meaning, claim.name).toMatch(/\.$/);
      expect(claim.source.trim(), claim.name).not.toBe('');
      expect(new URL(claim.sourceUrl).protocol, claim.name).toBe('https:');
    }
  });

  it('points RFC sources at the same RFC and section', () => {
    const rfcClaims = CLAIMS.filter((claim) => claim.source.startsWith('RFC '));
    expect(rfcClaims.length).toBeGreaterThan(20);
    for (const claim of rfcClaims) {
      const match = /^RFC (\d+)(?: §([\d.]+))?$/.exec(claim.source);
      expect(match, claim.name).not.toBeNull();
      const [, number, section] = match ?? [];
      const expected = `https://www.rfc-editor.org/rfc/rfc${number}${section === undefined ? '' : `#section-${section}`}`;
      expect(claim.sourceUrl, claim.name).toBe(expected);
    }
  });

  it('points OpenID Connect Core sources at the specification', () => {
    for (const claim of CLAIMS.filter((c) => c.source.startsWith('OpenID Connect Core 1.0'))) {
      expect(claim.sourceUrl, claim.name).toMatch(/^https:\/\/openid\.net\/specs\/openid-connect-core-1_0\.html#\w+$/);
    }
  });

  it('includes the claims developers meet most', () => {
    const expected = [
      'iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti',
      'oid', 'tid', 'upn', 'roles', 'scope', 'scp', 'azp', 'realm_access', 'cognito:groups',
      'auth_time', 'updated_at', 'cnf', 'act', 'may_act', 'email', 'nonce', 'sid', 'events',
      'groups', 'client_id', 'htm', 'htu', 'ath', 'hd', 'org_id', 'permissions', 'cid', 'uid',
    ];
    const missing = expected.filter((name) => claimInfo(name) === undefined);
    expect(missing).toEqual([]);
  });

  it('cites the RFC 7519 section of each registered claim', () => {
    const sections = { iss: '4.1.1', sub: '4.1.2', aud: '4.1.3', exp: '4.1.4', nbf: '4.1.5', iat: '4.1.6', jti: '4.1.7' };
    for (const [name, section] of Object.entries(sections)) {
      expect(claimInfo(name)?.source).toBe(`RFC 7519 §${section}`);
    }
  });

  it('keeps one entry per name, sourced from the primary standard', () => {
    expect(claimInfo('scope')?.source).toBe('RFC 8693 §4.2');
    expect(claimInfo('client_id')?.source).toBe('RFC 8693 §4.3');
    expect(claimInfo('roles')?.source).toBe('RFC 9068 §2.2.3.1');
    expect(claimInfo('roles')?.meaning).toContain('Entra');
    expect(claimInfo('cnf')?.source).toBe('RFC 7800 §3.1');
    expect(claimInfo('preferred_username')?.source).toBe('OpenID Connect Core 1.0 §5.1');
  });

  it('cites OpenID Connect Core sections', () => {
    expect(claimInfo('email')?.sourceUrl).toBe('https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims');
    expect(claimInfo('auth_time')?.source).toBe('OpenID Connect Core 1.0 §2');
    expect(claimInfo('at_hash')?.source).toBe('OpenID Connect Core 1.0 §3.1.3.6');
    expect(claimInfo('c_hash')?.source).toBe('OpenID Connect Core 1.0 §3.3.2.11');
  });

  it('marks personal data as sensitive, and nothing else', () => {
    for (const name of ['email', 'phone_number', 'address', 'birthdate', 'name', 'upn']) {
      expect(claimInfo(name)?.sensitive, name).toBe(true);
    }
    for (const name of ['exp', 'iss', 'email_verified', 'scope', 'tid']) {
      expect(claimInfo(name), name).toBeDefined();
      expect(claimInfo(name), name).not.toHaveProperty('sensitive');
    }
    // Under exactOptionalPropertyTypes the key is omitted rather than set to false or undefined.
    expect(CLAIMS.filter((claim) => 'sensitive' in claim && claim.sensitive !== true)).toEqual([]);
  });
});

describe('claimInfo', () => {
  it('finds a claim by its exact name', () => {
    const exp = claimInfo('exp');
    expect(exp?.title).toBe('Expiration Time');
    expect(exp?.sourceUrl).toBe('https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4');
    expect(claimInfo('cognito:groups')?.kind).toBe('array');
    expect(claimInfo('x5t#S256')).toBeUndefined();
  });

  it('does not fold case or trim', () => {
    expect(claimInfo('EXP')).toBeUndefined();
    expect(claimInfo(' exp')).toBeUndefined();
  });

  it('finds nothing for unknown names, including Object.prototype members', () => {
    for (const name of ['', 'https://example.com/roles', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(claimInfo(name), name).toBeUndefined();
    }
  });

  it('returns the entry of CLAIMS itself', () => {
    for (const claim of CLAIMS) {
      expect(claimInfo(claim.name)).toBe(claim);
    }
  });
});

describe('isNumericDateClaim', () => {
  it('is true for the NumericDate claims', () => {
    for (const name of ['exp', 'nbf', 'iat', 'auth_time', 'updated_at', 'toe']) {
      expect(isNumericDateClaim(name), name).toBe(true);
    }
  });

  it('is false for other claims and unknown names', () => {
    for (const name of ['sub', 'jti', 'vtm', 'ver', 'Exp', 'constructor', 'custom_time']) {
      expect(isNumericDateClaim(name), name).toBe(false);
    }
  });

  it('agrees with the kind of every entry', () => {
    for (const claim of CLAIMS) {
      expect(isNumericDateClaim(claim.name), claim.name).toBe(claim.kind === 'numeric-date');
    }
    expect(CLAIMS.filter((claim) => claim.kind === 'numeric-date').map((claim) => claim.name).sort()).toEqual(
      ['auth_time', 'exp', 'iat', 'nbf', 'toe', 'updated_at'],
    );
  });
});
