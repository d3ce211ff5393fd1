import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { PUBLIC_SUFFIXES } from './public-suffixes';
import { isIpAddress, isPublicSuffix, isSameSite, publicSuffix, registrableDomain, siteOf } from './sites';

describe('registrableDomain', () => {
  it.each([
    ['www.site.example', 'site.example'],
    ['site.example', 'site.example'],
    ['a.b.c.example.com', 'example.com'],
    ['WWW.Example.COM.', 'example.com'],
    ['shop.example.co.uk', 'example.co.uk'],
    ['example.co.uk', 'example.co.uk'],
    ['alice.github.io', 'alice.github.io'],
    ['docs.alice.github.io', 'alice.github.io'],
    ['my-app.vercel.app', 'my-app.vercel.app'],
    ['bucket.s3.amazonaws.com', 'bucket.s3.amazonaws.com'],
    ['s3.amazonaws.com', null],
    ['amazonaws.com', 'amazonaws.com'],
    ['d111111abcdef8.cloudfront.net', 'd111111abcdef8.cloudfront.net'],
    ['co.uk', null],
    ['github.io', null],
    ['com', null],
    ['localhost', null],
    ['app.localhost', 'app.localhost'],
    ['192.168.0.1', null],
    ['[::1]', null],
    ['', null],
  ])('%s → %s', (host, expected) => {
    expect(registrableDomain(host)).toBe(expected);
  });

  it('takes an unknown suffix to be one label', () => {
    expect(publicSuffix('a.b.example.unknown')).toBe('unknown');
    expect(registrableDomain('a.b.example.unknown')).toBe('example.unknown');
  });

  it('every listed suffix is a public suffix, and one label more is registrable', () => {
    for (const { suffix } of PUBLIC_SUFFIXES) {
      expect(isPublicSuffix(suffix)).toBe(true);
      expect(registrableDomain(`x.y.${suffix}`)).toBe(`y.${suffix}`);
    }
  });

  it('lists each suffix once, in lower case, with at least two labels', () => {
    const suffixes = PUBLIC_SUFFIXES.map((r) => r.suffix);
    expect(new Set(suffixes).size).toBe(suffixes.length);
    for (const s of suffixes) expect(s).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it('a registrable domain is its own registrable domain, and a suffix of the host', () => {
    const label = fc.stringMatching(/^[a-z0-9]{1,8}$/);
    const suffix = fc.constantFrom('com', 'example', ...PUBLIC_SUFFIXES.map((r) => r.suffix));
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), suffix, (labels, tail) => {
        const host = `${labels.join('.')}.${tail}`;
        const domain = registrableDomain(host);
        expect(domain).not.toBeNull();
        expect(registrableDomain(domain!)).toBe(domain);
        expect(host === domain || host.endsWith(`.${domain}`)).toBe(true);
      }),
    );
  });
});

describe('isIpAddress and isPublicSuffix', () => {
  it('knows IP addresses as URL writes them', () => {
    expect(isIpAddress('10.0.0.1')).toBe(true);
    expect(isIpAddress('[2001:db8::1]')).toBe(true);
    expect(isIpAddress('10.0.0.example')).toBe(false);
  });

  it('knows public suffixes', () => {
    expect(isPublicSuffix('co.uk')).toBe(true);
    expect(isPublicSuffix('com')).toBe(true);
    expect(isPublicSuffix('example.com')).toBe(false);
    expect(isPublicSuffix('10.0.0.1')).toBe(false);
  });
});

describe('isSameSite (schemeful, 6265bis §5.2)', () => {
  const same = (a: string, b: string) => isSameSite(new URL(a), new URL(b));

  it.each([
    ['https://app.example.com', 'https://api.example.com/v1', true],
    ['https://example.com:8443', 'https://example.com', true],
    ['https://a.example.co.uk', 'https://b.example.co.uk', true],
    ['https://example.com', 'https://example.org', false],
    ['http://example.com', 'https://example.com', false],
    ['https://alice.github.io', 'https://bob.github.io', false],
    ['https://alice.github.io', 'https://docs.alice.github.io', true],
    ['http://localhost:3000', 'http://localhost:8080', true],
    ['http://127.0.0.1', 'http://localhost', false],
    ['wss://example.com/socket', 'https://www.example.com', true],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(same(a, b)).toBe(expected);
  });

  it('names the site', () => {
    expect(siteOf(new URL('https://shop.example.co.uk/cart'))).toEqual({ scheme: 'https', host: 'example.co.uk' });
  });
});
