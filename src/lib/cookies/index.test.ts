import { describe, it, expect } from 'vitest';
import * as cookies from './index';

const NOW = new Date('2025-06-01T12:00:00Z');

describe('the cookies entry point', () => {
  it('takes a pasted response from parse to findings to a verdict', () => {
    const lines = cookies.parseSetCookieHeaders(
      ['HTTP/1.1 302 Found', 'Location: /app', 'Set-Cookie: sessionid=q7XbKp2LwN9vRt4YzC8mJs; Domain=example.com; Path=/; HttpOnly', 'Set-Cookie: __Host-csrf=1; Secure; Path=/; SameSite=Strict'].join('\n'),
    );
    const parsed = lines.flatMap((l) => (l.kind === 'cookie' && l.result.ok ? [l.result.value] : []));
    expect(parsed.map((c) => c.name)).toEqual(['sessionid', '__Host-csrf']);

    expect(cookies.lintCookie(parsed[0]!, NOW).map((f) => f.code)).toEqual(['no-secure', 'samesite-missing', 'broad-domain']);
    expect(cookies.lintCookie(parsed[1]!, NOW)).toEqual([]);

    const query = { setBy: 'https://login.example.com/', page: 'https://evil.example/', request: 'https://app.example.com/transfer', method: 'POST', topLevelNavigation: true, now: NOW };
    const verdict = cookies.willBeSent(parsed[0]!, query);
    expect(verdict.ok && [verdict.value.sent, verdict.value.decidedBy, verdict.value.withoutLaxByDefault?.sent]).toEqual([false, 'same-site', true]);
  });

  it('names the finding codes of the explainer hooks', () => {
    expect(cookies.COOKIE_FINDING_CODES).toEqual([
      'host-prefix',
      'secure-prefix',
      'samesite-none-insecure',
      'samesite-missing',
      'no-httponly',
      'no-secure',
      'broad-domain',
      'long-lifetime',
      'too-large',
      'contains-jwt',
    ]);
  });

  it('cites every rule with an https link', () => {
    for (const citation of Object.values(cookies.COOKIE_RULES)) {
      expect(citation.rule).not.toBe('');
      expect(citation.ruleUrl).toMatch(/^https:\/\/[^ ]+$/);
    }
  });
});
