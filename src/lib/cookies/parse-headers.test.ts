import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseSetCookieHeaders, type SetCookieLine } from './parse-headers';

function summary(lines: SetCookieLine[]): string[] {
  return lines.map((l) =>
    l.kind === 'skipped' ? `${l.line} skipped ${l.reason}` : `${l.line} ${l.result.ok ? `cookie ${l.result.value.name}` : `error ${l.result.error.code}`}`,
  );
}

describe('parseSetCookieHeaders', () => {
  it('reads one cookie a line, with or without Set-Cookie:, leaving out blank lines', () => {
    const text = 'Set-Cookie: a=1; Path=/\n\n  b=2; Secure  \r\nset-cookie:c=3\n';
    expect(summary(parseSetCookieHeaders(text))).toEqual(['1 cookie a', '3 cookie b', '4 cookie c']);
  });

  it('in a pasted response, counts only the Set-Cookie lines', () => {
    const text = [
      'HTTP/1.1 200 OK',
      'Content-Type: text/html; charset=utf-8',
      'Set-Cookie: sid=31d4d96e407aad42; Path=/; Secure; HttpOnly',
      'set-cookie: lang=en-US; Path=/; Domain=example.com',
      'Cache-Control: no-store',
      '',
      '<html>body=text</html>',
    ].join('\r\n');
    const lines = parseSetCookieHeaders(text);
    expect(summary(lines)).toEqual([
      '1 skipped start-line',
      '2 skipped other-header',
      '3 cookie sid',
      '4 cookie lang',
      '5 skipped other-header',
      '7 skipped not-a-header',
    ]);
    expect(lines[1]).toMatchObject({ header: 'Content-Type' });
  });

  it('reads curl -v output and HTTP/2 header dumps', () => {
    const text = ['* Connected to example.com', '> GET / HTTP/2', '> Host: example.com', '< HTTP/2 200', '< set-cookie: a=1; Secure', ':status: 200'].join('\n');
    expect(summary(parseSetCookieHeaders(text))).toEqual([
      '1 skipped not-a-header',
      '2 skipped start-line',
      '3 skipped other-header',
      '4 skipped start-line',
      '5 cookie a',
      '6 skipped other-header',
    ]);
  });

  it('keeps an error on the line it belongs to', () => {
    expect(summary(parseSetCookieHeaders('a=1\nSet-Cookie:\nb=2'))).toEqual(['1 cookie a', '2 error empty', '3 cookie b']);
  });

  it('never throws, and numbers lines within the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab=;: \n\r\tHTTP/1.1 200Set-Cookie'.split('')), maxLength: 200 }), (text) => {
        const lines = parseSetCookieHeaders(text);
        const count = text.split(/\r\n|\r|\n/).length;
        for (const line of lines) {
          expect(line.line).toBeGreaterThanOrEqual(1);
          expect(line.line).toBeLessThanOrEqual(count);
        }
      }),
    );
  });
});
