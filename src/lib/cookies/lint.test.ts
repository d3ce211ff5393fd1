import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { encodeBase64urlText } from '../core/base64url';
import { COOKIE_FINDING_CODES, lintCookie, type CookieFinding, type CookieFindingCode } from './lint';
import { parseSetCookie } from './parse';
import type { ParsedCookie } from './types';

const NOW = new Date('2025-01-01T00:00:00Z');
const JWT = `${encodeBase64urlText('{"alg":"HS256","typ":"JWT"}')}.${encodeBase64urlText('{"sub":"42"}')}.c2lnbmF0dXJl`;

function cookie(text: string): ParsedCookie {
  const result = parseSetCookie(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function lint(text: string, setBy?: string): CookieFinding[] {
  return lintCookie(cookie(text), NOW, setBy === undefined ? {} : { setBy });
}

function codes(text: string, setBy?: string): CookieFindingCode[] {
  return lint(text, setBy).map((f) => f.code);
}

function only(text: string, code: CookieFindingCode, setBy?: string): CookieFinding {
  const found = lint(text, setBy).filter((f) => f.code === code);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** A cookie that passes every rule: the pattern of EXPLAINER-FACTS 15. */
const CLEAN = '__Host-sid=31d4d96e407aad42; Path=/; Secure; HttpOnly; SameSite=Strict';

describe('lintCookie', () => {
  it('finds nothing in a __Host- session cookie set as the facts recommend', () => {
    expect(lint(CLEAN, 'https://app.example.com/login')).toEqual([]);
  });

  it('finds nothing in a plain preference cookie with SameSite', () => {
    expect(lint('theme=dark; Path=/; SameSite=Lax; Max-Age=31536000')).toEqual([]);
  });

  describe('host-prefix (6265bis §4.1.3.2)', () => {
    it('lists every requirement the cookie fails', () => {
      const finding = only('__Host-id=1; Domain=example.com; Path=/app', 'host-prefix', 'http://example.com/');
      expect(finding).toMatchObject({ severity: 'high', rule: '6265bis §4.1.3.2' });
      expect(finding.ruleUrl).toBe('https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-4.1.3.2');
      expect(finding.message).toBe(
        'Browsers reject "__Host-id" because it has no Secure, it sets Domain=example.com, its Path is /app and it comes from http://example.com, which is not a secure origin; a __Host- cookie needs Secure, no Domain and Path=/, from a secure origin.',
      );
    });

    it('needs a Path attribute: the default path is not enough', () => {
      expect(only('__Host-id=1; Secure', 'host-prefix').message).toContain('it has no Path=/');
    });

    it('matches the prefix in any case, and says so', () => {
      expect(only('__HOST-id=1; Secure', 'host-prefix').message).toContain('"__HOST-" counts as __Host-');
    });

    it('rejects a nameless cookie whose value looks prefixed', () => {
      expect(only('=__Host-id; Secure; Path=/', 'host-prefix').rule).toBe('6265bis §5.7');
    });

    it('near misses: all requirements met, or a name that only looks like the prefix', () => {
      expect(codes('__Host-id=1; Secure; Path=/; HttpOnly; SameSite=Lax', 'https://example.com')).not.toContain('host-prefix');
      expect(codes('__Hostid=1; Path=/app')).not.toContain('host-prefix');
      expect(codes('__Host_id=1')).not.toContain('host-prefix');
      // An invalid Path falls back to the default path, "/" for a response at the top.
      expect(codes('__Host-id=1; Secure; Path=x', 'https://example.com/login')).not.toContain('host-prefix');
    });
  });

  describe('secure-prefix (6265bis §4.1.3.1)', () => {
    it('needs Secure', () => {
      expect(only('__Secure-id=1; Domain=example.com', 'secure-prefix')).toMatchObject({ severity: 'high', rule: '6265bis §4.1.3.1' });
      expect(only('__secure-id=1', 'secure-prefix').message).toContain('"__secure-" counts as __Secure-');
    });

    it('needs a secure origin when the origin is known; localhost counts as one', () => {
      expect(only('__Secure-id=1; Secure', 'secure-prefix', 'http://example.com').message).toContain('not a secure origin');
      expect(codes('__Secure-id=1; Secure', 'http://localhost:3000')).not.toContain('secure-prefix');
    });

    it('near miss: Secure given, Domain allowed', () => {
      expect(codes('__Secure-id=1; Secure; Domain=example.com')).not.toContain('secure-prefix');
    });
  });

  describe('samesite-none-insecure (6265bis §5.7)', () => {
    it('SameSite=None without Secure is rejected', () => {
      expect(only('a=1; SameSite=None', 'samesite-none-insecure')).toMatchObject({ severity: 'high', rule: '6265bis §5.7' });
      expect(codes('a=1; samesite=none; Path=/')).toContain('samesite-none-insecure');
    });

    it('near misses: with Secure, or another SameSite', () => {
      expect(codes('a=1; SameSite=None; Secure')).not.toContain('samesite-none-insecure');
      expect(codes('a=1; SameSite=Lax')).not.toContain('samesite-none-insecure');
      expect(codes('a=1; SameSite=None; SameSite=Lax')).not.toContain('samesite-none-insecure');
    });
  });

  describe('samesite-missing (6265bis §5.6.7; MDN)', () => {
    it('says how browsers differ', () => {
      const finding = only('a=1', 'samesite-missing');
      expect(finding).toMatchObject({ severity: 'low', rule: 'MDN Set-Cookie: SameSite' });
      expect(finding.message).toContain('Chromium-based browsers treat the cookie as SameSite=Lax');
      expect(finding.message).toContain('Firefox and Safari do not');
    });

    it('an invalid value counts as missing', () => {
      expect(only('a=1; SameSite=Lox', 'samesite-missing').message).toMatch(/^SameSite=Lox is not Strict, Lax or None/);
    });

    it('louder for a session cookie', () => {
      expect(only('sessionid=1; Secure; HttpOnly', 'samesite-missing').severity).toBe('medium');
    });

    it('near miss: any valid value, in any case', () => {
      expect(codes('a=1; samesite=strict')).not.toContain('samesite-missing');
    });
  });

  describe('no-httponly (OWASP Session Management)', () => {
    it('a session-like cookie without HttpOnly, by name or by value', () => {
      expect(only('PHPSESSID=abc; Secure; SameSite=Lax', 'no-httponly')).toMatchObject({ severity: 'medium' });
      expect(only('PHPSESSID=abc; Secure; SameSite=Lax', 'no-httponly').message).toContain('named like a session cookie (PHP)');
      expect(only(`u=${JWT}; Secure; SameSite=Lax`, 'no-httponly').message).toContain('holds a JWT');
      expect(only('u=q7XbKp2LwN9vRt4YzC8mJs; Secure', 'no-httponly').message).toContain('random-looking');
    });

    it('near misses: HttpOnly given, or a cookie that is no session', () => {
      expect(codes('PHPSESSID=abc; Secure; HttpOnly; SameSite=Lax')).not.toContain('no-httponly');
      expect(codes('sessionStartedAt=1700000000; Secure; SameSite=Lax')).not.toContain('no-httponly');
    });
  });

  describe('no-secure (OWASP Session Management)', () => {
    it('a session-like cookie without Secure', () => {
      const finding = only('JSESSIONID=abc; HttpOnly; SameSite=Lax', 'no-secure');
      expect(finding).toMatchObject({ severity: 'high', rule: 'OWASP Session Management Cheat Sheet, "Secure Attribute"' });
      expect(finding.message).toContain('plain http');
    });

    it('near misses: Secure given, or no session', () => {
      expect(codes('JSESSIONID=abc; Secure; HttpOnly; SameSite=Lax')).not.toContain('no-secure');
      expect(codes('lang=en-US; SameSite=Lax')).not.toContain('no-secure');
    });
  });

  describe('broad-domain (MDN Domain)', () => {
    it('a subdomain: low', () => {
      expect(only('a=1; Domain=app.example.com', 'broad-domain')).toMatchObject({ severity: 'low', rule: 'MDN Set-Cookie: Domain' });
    });

    it('the apex of a registrable domain, leading dot or not: medium', () => {
      expect(only('a=1; Domain=.example.com', 'broad-domain').severity).toBe('medium');
      expect(only('a=1; Domain=example.co.uk', 'broad-domain').message).toContain('every host under it');
    });

    it('a public suffix: the cookie is rejected', () => {
      expect(only('a=1; Domain=co.uk', 'broad-domain').severity).toBe('high');
      expect(only('a=1; Domain=github.io', 'broad-domain').message).toContain('is a public suffix');
      expect(only('a=1; Domain=localhost', 'broad-domain').message).toContain('single label');
    });

    it('near misses: no Domain, an empty one, an IP address', () => {
      expect(codes('a=1')).not.toContain('broad-domain');
      expect(codes('a=1; Domain=')).not.toContain('broad-domain');
      expect(codes('a=1; Domain=example.com; Domain=')).not.toContain('broad-domain');
      expect(codes('a=1; Domain=192.168.0.1')).not.toContain('broad-domain');
    });
  });

  describe('long-lifetime (6265bis §5.5)', () => {
    it('Max-Age beyond 400 days', () => {
      const finding = only('a=1; Max-Age=63072000', 'long-lifetime');
      expect(finding).toMatchObject({ severity: 'low', rule: '6265bis §5.5' });
      expect(finding.message).toBe("Max-Age=63072000 asks for 730 days, but browsers cap a cookie's lifetime at 400 days, so it expires sooner than asked.");
    });

    it('Expires beyond 400 days from now', () => {
      expect(only('a=1; Expires=Fri, 01 Jan 2100 00:00:00 GMT', 'long-lifetime').message).toBe(
        "Expires 2100-01-01T00:00:00Z is 27,393 days away, but browsers cap a cookie's lifetime at 400 days, so it expires sooner than asked.",
      );
    });

    it('near misses: exactly 400 days, or a far Expires that Max-Age overrides', () => {
      expect(codes('a=1; Max-Age=34560000')).not.toContain('long-lifetime');
      expect(codes('a=1; Max-Age=34560001')).toContain('long-lifetime');
      expect(codes('a=1; Expires=Fri, 01 Jan 2100 00:00:00 GMT; Max-Age=3600')).not.toContain('long-lifetime');
      expect(codes('a=1; Expires=Mon, 01 Jan 2026 00:00:00 GMT')).not.toContain('long-lifetime');
    });
  });

  describe('too-large (6265bis §5.6)', () => {
    it('name plus value over 4096 UTF-8 bytes', () => {
      const finding = only(`n=${'€'.repeat(1400)}`, 'too-large');
      expect(finding).toMatchObject({ severity: 'high', rule: '6265bis §5.6' });
      expect(finding.message).toContain('4,201 bytes');
    });

    it('near miss: exactly 4096 bytes', () => {
      expect(codes(`n=${'x'.repeat(4095)}`)).not.toContain('too-large');
    });
  });

  describe('contains-jwt (OWASP JWT Cheat Sheet)', () => {
    it('gives the token, for the decoder', () => {
      const finding = only(`auth=${JWT}; Secure; HttpOnly; SameSite=Lax`, 'contains-jwt');
      expect(finding).toMatchObject({ severity: 'info', token: JWT, tokenType: 'JWS', alg: 'HS256', encoding: 'plain' });
      expect(finding.ruleUrl).toContain('cheatsheetseries.owasp.org');
    });

    it('finds it inside a percent-encoded value', () => {
      const value = encodeURIComponent(JSON.stringify({ token: JWT })).replaceAll('.', '%2E');
      expect(only(`state=${value}`, 'contains-jwt')).toMatchObject({ token: JWT, encoding: 'percent-encoded' });
    });

    it('near miss: three dotted parts whose header has no alg', () => {
      const typOnly = `${encodeBase64urlText('{"typ":"JWT"}')}.${encodeBase64urlText('{"sub":"42"}')}.c2ln`;
      expect(codes(`a=${typOnly}`)).not.toContain('contains-jwt');
      expect(codes('_ga=GA1.1.1234567890.1700000000')).not.toContain('contains-jwt');
    });
  });

  it('orders findings by severity, then in the order of the codes', () => {
    const found = lint(`__Secure-token=${JWT}; SameSite=None; Domain=example.com; Max-Age=99999999`);
    expect(found.map((f) => [f.severity, f.code])).toEqual([
      ['high', 'secure-prefix'],
      ['high', 'samesite-none-insecure'],
      ['high', 'no-secure'],
      ['medium', 'no-httponly'],
      ['medium', 'broad-domain'],
      ['low', 'long-lifetime'],
      ['info', 'contains-jwt'],
    ]);
  });

  it('uses only the codes of the explainer, and never throws', () => {
    const parts = fc.constantFrom('__Host-a=1', '__secure-b=2', 'sid=x', 'Secure', 'HttpOnly', 'SameSite=None', 'SameSite=x', 'Domain=example.com', 'Domain=co.uk', 'Path=/', 'Max-Age=99999999', 'Expires=1 Jan 2999 00:00:00', `t=${JWT}`);
    fc.assert(
      fc.property(fc.array(parts, { minLength: 1, maxLength: 6 }), fc.option(fc.constantFrom('https://a.example.com', 'http://a.example.com', 'not a url'), { nil: undefined }), (list, setBy) => {
        const result = parseSetCookie(list.join('; '));
        if (!result.ok) return;
        for (const finding of lintCookie(result.value, NOW, setBy === undefined ? {} : { setBy })) {
          expect(COOKIE_FINDING_CODES).toContain(finding.code);
          expect(finding.message).toMatch(/\.$/);
          expect(finding.ruleUrl).toMatch(/^https:\/\//);
        }
      }),
    );
  });
});
