import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseSetCookie } from './parse';
import { SEND_CHECKS, willBeSent, type SendCheckName, type SendEvaluation, type SendQuery } from './will-send';
import type { ParsedCookie } from './types';

const NOW = new Date('2025-06-01T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

function cookie(text: string): ParsedCookie {
  const result = parseSetCookie(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function evaluate(text: string, query: Partial<SendQuery> & Pick<SendQuery, 'request'>): SendEvaluation {
  const result = willBeSent(cookie(text), {
    setBy: 'https://example.com/',
    page: query.request,
    topLevelNavigation: false,
    now: NOW,
    ...query,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

interface Row {
  what: string;
  cookie: string;
  setBy?: string;
  page?: string;
  request: string;
  method?: string;
  navigation?: boolean;
  setAt?: Date;
  sent: boolean;
  decidedBy: SendCheckName;
  /** The verdict without Lax-by-default (Firefox, Safari), for cookies with no SameSite. */
  elsewhere?: boolean;
}

const EXAMPLE = 'https://example.com/';

// The rows follow EXPLAINER-FACTS 17–21 and 6265bis §5.1.3, §5.1.4, §5.2, §5.5, §5.7, §5.8.3.
const ROWS: Row[] = [
  // Host-only against Domain (fact 19).
  { what: 'host-only, same host', cookie: 'a=1; SameSite=Lax', request: EXAMPLE, sent: true, decidedBy: 'same-site' },
  { what: 'host-only, not to a subdomain', cookie: 'a=1; SameSite=Lax', page: EXAMPLE, request: 'https://www.example.com/', sent: false, decidedBy: 'domain' },
  { what: 'host-only, ports do not count', cookie: 'a=1; SameSite=Lax', setBy: 'https://example.com:8443/', request: EXAMPLE, sent: true, decidedBy: 'same-site' },
  { what: 'Domain covers a subdomain', cookie: 'a=1; Domain=example.com; SameSite=Lax', request: 'https://www.example.com/', sent: true, decidedBy: 'same-site' },
  { what: 'Domain does not cover another domain', cookie: 'a=1; Domain=example.com; SameSite=Lax', request: 'https://badexample.com/', sent: false, decidedBy: 'domain' },
  { what: 'Domain that does not cover the setter is refused', cookie: 'a=1; Domain=other.example; SameSite=Lax', request: 'https://other.example/', sent: false, decidedBy: 'stored' },
  { what: 'Domain that is a public suffix is refused', cookie: 'a=1; Domain=co.uk; SameSite=Lax', setBy: 'https://shop.example.co.uk/', request: 'https://shop.example.co.uk/', sent: false, decidedBy: 'stored' },
  { what: 'an IP address host', cookie: 'a=1; SameSite=Lax', setBy: 'http://192.168.1.10/', request: 'http://192.168.1.10:8080/', sent: true, decidedBy: 'same-site' },
  // Path (fact 20).
  { what: 'Path=/docs matches /docs/Web', cookie: 'a=1; Path=/docs; SameSite=Lax', request: 'https://example.com/docs/Web', sent: true, decidedBy: 'same-site' },
  { what: 'Path=/docs does not match /docsets', cookie: 'a=1; Path=/docs; SameSite=Lax', request: 'https://example.com/docsets', sent: false, decidedBy: 'path' },
  { what: 'default path: the directory of the setter', cookie: 'a=1; SameSite=Lax', setBy: 'https://example.com/docs/login', request: 'https://example.com/docs/guide', sent: true, decidedBy: 'same-site' },
  { what: 'default path does not reach the root', cookie: 'a=1; SameSite=Lax', setBy: 'https://example.com/docs/login', request: 'https://example.com/account', sent: false, decidedBy: 'path' },
  // Secure against the scheme (fact 21).
  { what: 'Secure over https', cookie: 'a=1; Secure; SameSite=Lax', request: EXAMPLE, sent: true, decidedBy: 'same-site' },
  { what: 'Secure not over http', cookie: 'a=1; Secure; SameSite=Lax', request: 'http://example.com/', sent: false, decidedBy: 'secure' },
  { what: 'Secure over http to localhost', cookie: 'a=1; Secure; SameSite=Lax', setBy: 'http://localhost:3000/', request: 'http://localhost:3000/api', sent: true, decidedBy: 'same-site' },
  { what: 'Secure set over http is refused', cookie: 'a=1; Secure; SameSite=Lax', setBy: 'http://example.com/', request: EXAMPLE, sent: false, decidedBy: 'stored' },
  // Expiry (fact 23).
  { what: 'expired by Expires', cookie: 'a=1; SameSite=Lax; Expires=Wed, 09 Jun 2021 10:18:14 GMT', request: EXAMPLE, sent: false, decidedBy: 'expiry' },
  { what: 'Max-Age=60, set two minutes ago', cookie: 'a=1; SameSite=Lax; Max-Age=60', request: EXAMPLE, setAt: new Date(NOW.getTime() - 120_000), sent: false, decidedBy: 'expiry' },
  { what: 'Max-Age=0 deletes', cookie: 'a=1; SameSite=Lax; Max-Age=0', request: EXAMPLE, sent: false, decidedBy: 'expiry' },
  { what: 'Max-Age of 800 days is capped at 400', cookie: 'a=1; SameSite=Lax; Max-Age=69120000', request: EXAMPLE, setAt: new Date(NOW.getTime() - 500 * DAY), sent: false, decidedBy: 'expiry' },
  { what: 'a session cookie has not expired', cookie: 'a=1; SameSite=Lax', request: EXAMPLE, setAt: new Date(NOW.getTime() - 900 * DAY), sent: true, decidedBy: 'same-site' },
  // Strict, Lax and None × same-site and cross-site × navigation and subresource × GET and POST (facts 17, 18).
  { what: 'Strict, same-site subresource POST', cookie: 'a=1; SameSite=Strict', request: EXAMPLE, method: 'POST', sent: true, decidedBy: 'same-site' },
  { what: 'Strict, cross-site navigation GET', cookie: 'a=1; SameSite=Strict', page: 'https://news.example/', request: EXAMPLE, navigation: true, sent: false, decidedBy: 'same-site' },
  { what: 'Strict, cross-site subresource GET', cookie: 'a=1; SameSite=Strict', page: 'https://news.example/', request: EXAMPLE, sent: false, decidedBy: 'same-site' },
  { what: 'Lax, same-site subresource POST', cookie: 'a=1; SameSite=Lax', request: EXAMPLE, method: 'POST', sent: true, decidedBy: 'same-site' },
  { what: 'Lax, cross-site navigation GET', cookie: 'a=1; SameSite=Lax', page: 'https://news.example/', request: EXAMPLE, navigation: true, sent: true, decidedBy: 'same-site' },
  { what: 'Lax, cross-site navigation HEAD', cookie: 'a=1; SameSite=Lax', page: 'https://news.example/', request: EXAMPLE, navigation: true, method: 'head', sent: true, decidedBy: 'same-site' },
  { what: 'Lax, cross-site navigation POST', cookie: 'a=1; SameSite=Lax', page: 'https://news.example/', request: EXAMPLE, navigation: true, method: 'POST', sent: false, decidedBy: 'same-site' },
  { what: 'Lax, cross-site subresource GET', cookie: 'a=1; SameSite=Lax', page: 'https://news.example/', request: EXAMPLE, sent: false, decidedBy: 'same-site' },
  { what: 'None, cross-site subresource POST', cookie: 'a=1; SameSite=None; Secure', page: 'https://news.example/', request: EXAMPLE, method: 'POST', sent: true, decidedBy: 'same-site' },
  { what: 'None, cross-site navigation GET', cookie: 'a=1; SameSite=None; Secure', page: 'https://news.example/', request: EXAMPLE, navigation: true, sent: true, decidedBy: 'same-site' },
  { what: 'None without Secure is refused', cookie: 'a=1; SameSite=None', request: EXAMPLE, sent: false, decidedBy: 'stored' },
  // Same-site is the registrable domain, with the scheme (fact 18).
  { what: 'sibling subdomains are same-site', cookie: 'a=1; Domain=example.com; SameSite=Strict', setBy: 'https://api.example.com/', page: 'https://app.example.com/', request: 'https://api.example.com/v1', method: 'POST', sent: true, decidedBy: 'same-site' },
  { what: 'siblings under a public suffix are cross-site', cookie: 'a=1; SameSite=Strict', setBy: 'https://bob.github.io/', page: 'https://alice.github.io/', request: 'https://bob.github.io/', sent: false, decidedBy: 'same-site' },
  { what: 'schemeful: http page, https request', cookie: 'a=1; SameSite=Lax', page: 'http://example.com/', request: EXAMPLE, sent: false, decidedBy: 'same-site' },
  { what: 'schemeful: same scheme, other subdomain', cookie: 'a=1; Domain=example.com; SameSite=Lax', page: 'https://www.example.com/', request: EXAMPLE, sent: true, decidedBy: 'same-site' },
  // No SameSite: Lax by default in the draft and Chromium, not in Firefox and Safari (fact 17).
  { what: 'no SameSite, cross-site subresource', cookie: 'a=1', page: 'https://news.example/', request: EXAMPLE, sent: false, decidedBy: 'same-site', elsewhere: true },
  { what: 'no SameSite, cross-site navigation POST', cookie: 'a=1', page: 'https://news.example/', request: EXAMPLE, navigation: true, method: 'POST', sent: false, decidedBy: 'same-site', elsewhere: true },
  { what: 'no SameSite, cross-site navigation GET', cookie: 'a=1', page: 'https://news.example/', request: EXAMPLE, navigation: true, sent: true, decidedBy: 'same-site', elsewhere: true },
  { what: 'invalid SameSite counts as none', cookie: 'a=1; SameSite=Lox', page: 'https://news.example/', request: EXAMPLE, sent: false, decidedBy: 'same-site', elsewhere: true },
  { what: 'no SameSite, but refused for its path: the same everywhere', cookie: 'a=1; Path=/docs', request: 'https://example.com/docsets', sent: false, decidedBy: 'path', elsewhere: false },
  // Refused at storage for its prefix or its size.
  { what: '__Host- with Domain is refused', cookie: '__Host-a=1; Secure; Path=/; Domain=example.com; SameSite=Lax', request: EXAMPLE, sent: false, decidedBy: 'stored' },
  { what: '__Host- as required', cookie: '__Host-a=1; Secure; Path=/; SameSite=Lax', request: 'https://example.com/any/path', sent: true, decidedBy: 'same-site' },
  { what: 'too large is refused', cookie: `a=${'x'.repeat(4096)}; SameSite=Lax`, request: EXAMPLE, sent: false, decidedBy: 'stored' },
];

describe('willBeSent', () => {
  it.each(ROWS)('$what', (row) => {
    const result = evaluate(row.cookie, {
      request: row.request,
      ...(row.setBy ? { setBy: row.setBy } : {}),
      ...(row.page ? { page: row.page } : {}),
      ...(row.method ? { method: row.method } : {}),
      ...(row.setAt ? { setAt: row.setAt } : {}),
      topLevelNavigation: row.navigation ?? false,
    });
    expect({ sent: result.sent, decidedBy: result.decidedBy }).toEqual({ sent: row.sent, decidedBy: row.decidedBy });
    expect(result.checks.map((c) => c.check)).toEqual(SEND_CHECKS);
    expect(result.withoutLaxByDefault?.sent).toBe(row.elsewhere);
  });

  it('has the rows the explainer needs', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(20);
  });

  it('reports every check, with the first failure deciding', () => {
    const result = evaluate('a=1; Path=/docs; Secure; SameSite=Strict', { page: 'https://news.example/', request: 'http://example.com/docsets' });
    expect(result.checks.map((c) => [c.check, c.passed])).toEqual([
      ['stored', true],
      ['domain', true],
      ['path', false],
      ['secure', false],
      ['expiry', true],
      ['same-site', false],
    ]);
    expect(result.decidedBy).toBe('path');
  });

  it('cites a rule for each check', () => {
    const result = evaluate('a=1; Path=/; Max-Age=60', { request: EXAMPLE });
    expect(result.checks.map((c) => c.rule)).toEqual(['6265bis §5.7', '6265bis §5.1.3', '6265bis §5.1.4', '6265bis §5.8.3', '6265bis §5.6.2', '6265bis §5.8.3']);
    for (const check of result.checks) expect(check.ruleUrl).toMatch(/^https:\/\/datatracker\.ietf\.org\//);
  });

  it('says why a cookie is refused, by code', () => {
    const result = evaluate('__Host-a=1; SameSite=None; Domain=other.example', { setBy: 'http://example.com/', request: EXAMPLE });
    const stored = result.checks[0]!;
    expect(stored.check === 'stored' && stored.problems.map((p) => p.code)).toEqual(['domain-mismatch', 'samesite-none-insecure', 'host-prefix']);
    expect(stored.message).toMatch(/^A browser would not store the cookie at all: Domain=other.example does not cover example.com/);
  });

  it('explains the site decision in words', () => {
    const lax = evaluate('a=1; SameSite=Lax', { page: 'https://news.example/', request: EXAMPLE, method: 'POST', topLevelNavigation: true });
    expect(lax.checks[5]!.message).toBe(
      "SameSite=Lax: the request is cross-site, since the page's site is news.example and the request's example.com, and Lax lets a cookie go cross-site only with a safe method (GET, HEAD, OPTIONS, TRACE), not POST.",
    );
    const siblings = evaluate('a=1; SameSite=Strict; Domain=example.com', { page: 'https://app.example.com/', request: 'https://api.example.com/' });
    expect(siblings.checks[5]!.message).toBe('SameSite=Strict: the request is same-site with the page (both https://example.com).');
    const schemes = evaluate('a=1; SameSite=Lax', { page: 'http://example.com/', request: EXAMPLE });
    expect(schemes.checks[5]!.message).toContain('a different scheme makes a different site');
  });

  it('says which browsers take which default when SameSite is missing', () => {
    const result = evaluate('a=1', { page: 'https://news.example/', request: EXAMPLE });
    expect(result.checks[5]!.message).toMatch(/^With no SameSite the cookie counts as Lax \(the draft, Chromium-based browsers\)/);
    expect(result.withoutLaxByDefault!.checks[5]!.message).toMatch(/^With no SameSite and no Lax default \(Firefox, Safari\)/);
  });

  it('says when the 400-day cap decided the expiry', () => {
    const result = evaluate('a=1; Max-Age=69120000; SameSite=Lax', { request: EXAMPLE, setAt: new Date(NOW.getTime() - 500 * DAY) });
    expect(result.checks[4]).toMatchObject({ passed: false, rule: '6265bis §5.5' });
    expect(result.checks[4]!.message).toContain('capped at 400 days');
  });

  it.each([
    ['setBy', { setBy: 'example.com' }, 'invalid-url'],
    ['page', { page: 'file:///tmp/a.html' }, 'unsupported-scheme'],
    ['request', { request: 'ftp://example.com/' }, 'unsupported-scheme'],
  ] as const)('refuses a bad %s URL', (field, patch, code) => {
    const result = willBeSent(cookie('a=1'), { setBy: EXAMPLE, page: EXAMPLE, request: EXAMPLE, topLevelNavigation: false, now: NOW, ...patch });
    expect(result).toMatchObject({ ok: false, error: { field, code } });
  });

  it('never throws, and a failed check always decides', () => {
    const url = fc.constantFrom('https://example.com/', 'http://example.com/docs/x', 'https://a.example.com/docsets', 'http://localhost:3000/', 'https://news.example/', 'https://bob.github.io/', 'nonsense');
    const part = fc.constantFrom('Secure', 'HttpOnly', 'SameSite=Strict', 'SameSite=Lax', 'SameSite=None', 'Domain=example.com', 'Path=/docs', 'Max-Age=0', 'Max-Age=60', 'Expires=1 Jan 2020 00:00:00', 'Partitioned');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 5 }), url, url, url, fc.constantFrom('GET', 'POST', 'put'), fc.boolean(), (parts, setBy, page, request, method, topLevelNavigation) => {
        const result = willBeSent(cookie(['__host-a=1', ...parts].join('; ')), { setBy, page, request, method, topLevelNavigation, now: NOW });
        if (!result.ok) return;
        const { sent, decidedBy, checks } = result.value;
        expect(sent).toBe(checks.every((c) => c.passed));
        if (!sent) expect(checks.find((c) => !c.passed)!.check).toBe(decidedBy);
      }),
    );
  });
});
