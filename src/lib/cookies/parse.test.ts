import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseSetCookie } from './parse';
import type { CookieParseErrorCode, ParseNoteCode, ParsedCookie } from './types';

function parsed(text: string): ParsedCookie {
  const result = parseSetCookie(text);
  if (!result.ok) throw new Error(`expected a cookie from ${JSON.stringify(text)}: ${result.error.message}`);
  return result.value;
}

function noteCodes(text: string): ParseNoteCode[] {
  return parsed(text).notes.map((n) => n.code);
}

function errorCode(text: string): CookieParseErrorCode | null {
  const result = parseSetCookie(text);
  return result.ok ? null : result.error.code;
}

describe('parseSetCookie: the line', () => {
  it('reads the example of 6265bis §3.1', () => {
    const cookie = parsed('Set-Cookie: SID=31d4d96e407aad42; Path=/; Secure; HttpOnly');
    expect(cookie).toMatchObject({ source: 'SID=31d4d96e407aad42; Path=/; Secure; HttpOnly', name: 'SID', value: '31d4d96e407aad42', notes: [] });
    expect(cookie.attributes.map((a) => [a.kind, a.name, a.value, a.status])).toEqual([
      ['path', 'Path', '/', 'used'],
      ['secure', 'Secure', '', 'used'],
      ['httponly', 'HttpOnly', '', 'used'],
    ]);
    expect(cookie.settings).toEqual({
      expires: null,
      maxAgeSeconds: null,
      domain: null,
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'Default',
      partitioned: false,
      priority: null,
    });
  });

  it.each(['set-cookie: a=b', 'SET-COOKIE:a=b', '  Set-Cookie :  a=b  ', 'a=b', '\ta=b \r\n', '< set-cookie: a=b'])('takes %j with or without the header name', (text) => {
    expect(parsed(text)).toMatchObject({ name: 'a', value: 'b' });
  });

  it('trims spaces and tabs around name and value but keeps inner ones (§5.6 step 4)', () => {
    expect(parsed('  a b \t=\t c d ; Path=/')).toMatchObject({ name: 'a b', value: 'c d' });
  });

  it('splits at the first "=" only, so the value may hold "="', () => {
    expect(parsed('token=abc==; Path=/')).toMatchObject({ name: 'token', value: 'abc==' });
  });

  it('keeps double quotes as part of the value, and says so', () => {
    expect(parsed('a="b c"')).toMatchObject({ value: '"b c"' });
    expect(noteCodes('a="b c"')).toEqual(['quoted-value']);
  });

  it('reads a pair without "=" as a cookie with an empty name (§5.6 step 3), with a note', () => {
    const cookie = parsed('Set-Cookie: justavalue; Path=/');
    expect(cookie).toMatchObject({ name: '', value: 'justavalue' });
    expect(cookie.notes[0]).toMatchObject({ code: 'no-equals', effect: 'info', rule: '6265bis §5.6' });
  });

  it('reads "=value" as a cookie with an empty name too', () => {
    expect(parsed('=value')).toMatchObject({ name: '', value: 'value' });
  });

  it('notes two Set-Cookie fields folded into one line with a comma', () => {
    const cookie = parsed('a=1; Path=/, b=2; Path=/');
    expect(cookie.notes.map((n) => n.code)).toContain('folded');
    expect(noteCodes('a=1; Expires=Wed, 09 Jun 2021 10:18:14 GMT')).not.toContain('folded');
  });

  it('notes name plus value over 4096 UTF-8 bytes as a line browsers ignore (§5.6 step 5)', () => {
    const over = parsed(`n=${'é'.repeat(2048)}`); // 1 + 4096 bytes
    expect(over.notes).toMatchObject([{ code: 'too-large', effect: 'cookie-ignored' }]);
    expect(noteCodes(`n=${'x'.repeat(4095)}`)).toEqual([]);
  });
});

describe('parseSetCookie: lines that are no cookie', () => {
  it.each([
    ['empty', ''],
    ['empty', '   '],
    ['empty', 'Set-Cookie:'],
    ['empty', 'Set-Cookie: ; Path=/'],
    ['empty', '=; Secure'],
    ['control-character', 'a=b\u0000c'],
    ['control-character', 'a=b; Path=/\u0007'],
    ['control-character', 'a=b\rc=d'],
    ['other-header', 'Cookie: a=b; c=d'],
    ['other-header', 'Content-Type: text/html'],
  ] as const)('%s: %j', (code, text) => {
    expect(errorCode(text)).toBe(code);
  });

  it('says where the control character is', () => {
    const result = parseSetCookie('Set-Cookie: a=b\u0001');
    expect(result).toMatchObject({ ok: false, error: { code: 'control-character', offset: 3, rule: '6265bis §5.6' } });
    if (!result.ok) expect(result.error.message).toContain('U+0001');
  });

  it('accepts a tab, the one control character allowed', () => {
    expect(parsed('a=b\tc')).toMatchObject({ value: 'b\tc' });
  });

  it('points a pasted Cookie request header to Set-Cookie', () => {
    const result = parseSetCookie('Cookie: a=b');
    if (result.ok) throw new Error('expected an error');
    expect(result.error.message).toContain('Set-Cookie response header');
  });
});

describe('parseSetCookie: each attribute', () => {
  it('Expires: an instant by the cookie-date algorithm', () => {
    const cookie = parsed('a=b; Expires=Wed, 09 Jun 2021 10:18:14 GMT');
    expect(cookie.attributes[0]).toMatchObject({ kind: 'expires', status: 'used' });
    expect(cookie.settings.expires?.toISOString()).toBe('2021-06-09T10:18:14.000Z');
  });

  it('Expires: an unreadable date is ignored, with a note', () => {
    const cookie = parsed('a=b; Expires=next tuesday');
    expect(cookie.attributes[0]).toMatchObject({ kind: 'expires', expires: null, status: 'ignored' });
    expect(cookie.notes).toMatchObject([{ code: 'invalid-expires', effect: 'attribute-ignored', attribute: 0, rule: '6265bis §5.1.1' }]);
    expect(cookie.settings.expires).toBeNull();
  });

  it.each([
    ['3600', 3600],
    ['0', 0],
    ['-1', -1],
    ['-0', 0],
    ['00042', 42],
  ])('Max-Age=%s is %d seconds', (value, seconds) => {
    const cookie = parsed(`a=b; Max-Age=${value}`);
    expect(cookie.attributes[0]).toMatchObject({ kind: 'max-age', seconds, status: 'used' });
    expect(cookie.settings.maxAgeSeconds).toBe(seconds);
  });

  it('Max-Age of zero or less: a note that the line deletes the cookie', () => {
    expect(noteCodes('a=b; Max-Age=0')).toEqual(['max-age-not-positive']);
    expect(noteCodes('a=b; Max-Age=1')).toEqual([]);
  });

  it.each(['', '1h', '+5', '3.5', '- 5', '1e3', '٣'])('Max-Age=%j is ignored', (value) => {
    const cookie = parsed(`a=b; Max-Age=${value}`);
    expect(cookie.attributes[0]).toMatchObject({ kind: 'max-age', seconds: null, status: 'ignored' });
    expect(cookie.notes.map((n) => n.code)).toEqual(['invalid-max-age']);
  });

  it('Domain: lower-cased, one leading dot removed, with a note about the dot', () => {
    const cookie = parsed('a=b; Domain=.Example.COM');
    expect(cookie.attributes[0]).toMatchObject({ kind: 'domain', domain: 'example.com', value: '.Example.COM' });
    expect(cookie.settings.domain).toBe('example.com');
    expect(cookie.notes).toMatchObject([{ code: 'leading-dot', effect: 'info' }]);
  });

  it('Domain with an empty value: the cookie stays host-only, with a note', () => {
    for (const text of ['a=b; Domain=', 'a=b; Domain', 'a=b; Domain=.']) {
      const cookie = parsed(text);
      expect(cookie.settings.domain).toBeNull();
      expect(cookie.notes.map((n) => n.code)).toEqual(['empty-domain']);
    }
  });

  it('Domain: a later empty one cancels an earlier one (the last wins)', () => {
    const cookie = parsed('a=b; Domain=example.com; Domain=');
    expect(cookie.settings.domain).toBeNull();
    expect(cookie.attributes.map((a) => a.status)).toEqual(['overridden', 'used']);
  });

  it('Domain beyond ASCII: browsers ignore the cookie', () => {
    const cookie = parsed('a=b; Domain=bücher.example');
    expect(cookie.notes).toMatchObject([{ code: 'non-ascii-domain', effect: 'cookie-ignored', rule: '6265bis §5.7' }]);
  });

  it('Path: kept as given when it starts with "/"', () => {
    expect(parsed('a=b; Path=/docs').settings.path).toBe('/docs');
  });

  it.each(['', 'docs', '*'])('Path=%j: the default path applies, with a note', (value) => {
    const cookie = parsed(`a=b; Path=${value}`);
    expect(cookie.attributes[0]).toMatchObject({ kind: 'path', path: null, status: 'used' });
    expect(cookie.settings.path).toBeNull();
    expect(cookie.notes.map((n) => n.code)).toEqual(['invalid-path']);
  });

  it('Secure, HttpOnly and Partitioned: flags in any case; a value is ignored, with a note', () => {
    const cookie = parsed('a=b; secure; HTTPONLY; partitioned');
    expect(cookie.settings).toMatchObject({ secure: true, httpOnly: true, partitioned: true });
    expect(cookie.notes).toEqual([]);
    const valued = parsed('a=b; Secure=false; HttpOnly=0');
    expect(valued.settings).toMatchObject({ secure: true, httpOnly: true });
    expect(valued.notes.map((n) => n.code)).toEqual(['flag-value-ignored', 'flag-value-ignored']);
  });

  it.each([
    ['Strict', 'Strict'],
    ['lax', 'Lax'],
    ['NONE', 'None'],
  ] as const)('SameSite=%s', (value, sameSite) => {
    const cookie = parsed(`a=b; SameSite=${value}`);
    expect(cookie.attributes[0]).toMatchObject({ kind: 'samesite', sameSite });
    expect(cookie.settings.sameSite).toBe(sameSite);
  });

  it('SameSite with an invalid value counts as none, and overrides an earlier valid one (§5.6.7)', () => {
    const cookie = parsed('a=b; SameSite=Strict; SameSite=Lox');
    expect(cookie.attributes[1]).toMatchObject({ kind: 'samesite', sameSite: 'invalid', status: 'used' });
    expect(cookie.settings.sameSite).toBe('Default');
    expect(cookie.notes.map((n) => [n.code, n.attribute])).toEqual([
      ['overridden', 0],
      ['invalid-samesite', 1],
    ]);
  });

  it('Priority: Low, Medium or High; anything else ignored', () => {
    expect(parsed('a=b; Priority=high').settings.priority).toBe('High');
    const cookie = parsed('a=b; Priority=urgent');
    expect(cookie.settings.priority).toBeNull();
    expect(cookie.notes.map((n) => n.code)).toEqual(['invalid-priority']);
  });

  it('unknown attributes are kept, marked ignored, with a hint for common misspellings', () => {
    const cookie = parsed('a=b; Comment=hello; MaxAge=60; X-Thing');
    expect(cookie.attributes.map((a) => [a.kind, a.name, a.value, a.status])).toEqual([
      ['unknown', 'Comment', 'hello', 'ignored'],
      ['unknown', 'MaxAge', '60', 'ignored'],
      ['unknown', 'X-Thing', '', 'ignored'],
    ]);
    const messages = cookie.notes.map((n) => n.message);
    expect(messages[1]).toContain('did you mean Max-Age?');
    expect(cookie.notes.map((n) => n.code)).toEqual(['unknown-attribute', 'unknown-attribute', 'unknown-attribute']);
  });

  it('an attribute value over 1024 bytes is ignored entirely', () => {
    const cookie = parsed(`a=b; Path=/${'p'.repeat(1024)}; Secure`);
    expect(cookie.attributes[0]).toMatchObject({ kind: 'path', status: 'ignored' });
    expect(cookie.settings.path).toBeNull();
    expect(cookie.notes.map((n) => n.code)).toEqual(['attribute-too-long']);
    expect(parsed(`a=b; Path=/${'p'.repeat(1023)}`).settings.path).toHaveLength(1024);
  });

  it('skips empty attributes (a trailing ";" or ";;")', () => {
    expect(parsed('a=b;; Secure;').attributes.map((a) => a.kind)).toEqual(['secure']);
  });

  it('keeps attributes in the order given', () => {
    const cookie = parsed('a=b; HttpOnly; Max-Age=5; SameSite=Lax; Domain=x.example; Path=/; Secure; Partitioned; Priority=Low; Foo=1; Expires=Wed, 09 Jun 2021 10:18:14 GMT');
    expect(cookie.attributes.map((a) => a.kind)).toEqual([
      'httponly',
      'max-age',
      'samesite',
      'domain',
      'path',
      'secure',
      'partitioned',
      'priority',
      'unknown',
      'expires',
    ]);
  });
});

describe('parseSetCookie: repeated attributes and Max-Age over Expires', () => {
  it('the last of each wins; the earlier ones are marked overridden, with notes', () => {
    const cookie = parsed('a=b; Path=/a; Path=/b; Max-Age=1; Max-Age=2');
    expect(cookie.settings).toMatchObject({ path: '/b', maxAgeSeconds: 2 });
    expect(cookie.attributes.map((a) => a.status)).toEqual(['overridden', 'used', 'overridden', 'used']);
    expect(cookie.notes).toMatchObject([
      { code: 'overridden', attribute: 0 },
      { code: 'overridden', attribute: 2 },
    ]);
  });

  it('an ignored attribute does not override a valid earlier one', () => {
    const cookie = parsed('a=b; Max-Age=60; Max-Age=soon');
    expect(cookie.settings.maxAgeSeconds).toBe(60);
    expect(cookie.attributes.map((a) => a.status)).toEqual(['used', 'ignored']);
  });

  it('a later invalid Path still replaces an earlier one, with the default path (§5.6.4)', () => {
    expect(parsed('a=b; Path=/a; Path=x').settings.path).toBeNull();
  });

  it('Max-Age wins over Expires, wherever it stands', () => {
    const cookie = parsed('a=b; Max-Age=60; Expires=Wed, 09 Jun 2021 10:18:14 GMT');
    expect(cookie.settings).toMatchObject({ maxAgeSeconds: 60, expires: null });
    expect(cookie.attributes.map((a) => a.status)).toEqual(['used', 'overridden']);
    expect(cookie.notes).toMatchObject([{ code: 'max-age-wins', attribute: 1, effect: 'attribute-overridden' }]);
  });
});

describe('parseSetCookie: properties', () => {
  it('never throws, on any text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = parseSetCookie(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  const part = fc.string({ unit: fc.constantFrom(...'ab=; ,."\tXé'.split('')), maxLength: 30 });
  it('never throws on text shaped like cookies, and every note points at an attribute that exists', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(part, fc.constantFrom('Secure', 'Domain=', 'Max-Age=-1', 'Path=x', 'SameSite=lax', 'Expires=1 Jan 2000 00:00:00')), { maxLength: 8 }), (parts) => {
        const result = parseSetCookie(parts.join(';'));
        if (!result.ok) return;
        for (const note of result.value.notes) {
          if (note.attribute !== undefined) expect(result.value.attributes[note.attribute]).toBeDefined();
        }
        // At most one used attribute of each last-wins kind.
        for (const kind of ['expires', 'max-age', 'domain', 'path', 'samesite', 'priority']) {
          expect(result.value.attributes.filter((a) => a.kind === kind && a.status === 'used').length).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back a name and value it is given, whatever the attributes', () => {
    const token = fc.string({ unit: fc.constantFrom(...'abcXYZ019_-.!#$%&*+^|~'.split('')), minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(token, token, fc.array(fc.constantFrom('Secure', 'HttpOnly', 'Path=/', 'SameSite=Lax', 'Domain=x.example'), { maxLength: 5 }), (name, value, attributes) => {
        const cookie = parsed(['Set-Cookie: ' + name + '=' + value, ...attributes].join('; '));
        expect([cookie.name, cookie.value]).toEqual([name, value]);
        expect(cookie.attributes).toHaveLength(attributes.length);
      }),
    );
  });
});
