import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { defaultPath, domainMatches, isSecureUrl, pathMatches } from './url-match';

describe('domainMatches (6265bis §5.1.3)', () => {
  it.each([
    ['example.com', 'example.com', true],
    ['www.example.com', 'example.com', true],
    ['a.b.example.com', 'example.com', true],
    ['badexample.com', 'example.com', false],
    ['example.com', 'www.example.com', false],
    ['example.com.', 'example.com', false],
    ['10.0.0.1', '10.0.0.1', true],
    ['192.168.0.1', '168.0.1', false],
  ])('%s against %s: %s', (host, domain, expected) => {
    expect(domainMatches(host, domain)).toBe(expected);
  });
});

describe('defaultPath (6265bis §5.1.4)', () => {
  it.each([
    ['https://example.com', '/'],
    ['https://example.com/', '/'],
    ['https://example.com/login', '/'],
    ['https://example.com/docs/', '/docs'],
    ['https://example.com/docs/Web/page.html?x=/y', '/docs/Web'],
    ['https://example.com/a/b/c', '/a/b'],
  ])('%s → %s', (url, expected) => {
    expect(defaultPath(new URL(url))).toBe(expected);
  });
});

describe('pathMatches (6265bis §5.1.4)', () => {
  it.each([
    ['/docs', '/docs', true],
    ['/docs/', '/docs', true],
    ['/docs/Web/HTTP', '/docs', true],
    ['/docsets', '/docs', false],
    ['/doc', '/docs', false],
    ['/docs/Web', '/docs/', true],
    ['/anything', '/', true],
    ['/Docs', '/docs', false],
  ])('%s against Path=%s: %s', (path, cookiePath, expected) => {
    expect(pathMatches(path, cookiePath)).toBe(expected);
  });

  it('a path matches itself and every path below it', () => {
    const segment = fc.stringMatching(/^[a-z]{1,5}$/);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.array(segment, { maxLength: 3 }), (head, tail) => {
        const cookiePath = `/${head.join('/')}`;
        expect(pathMatches(cookiePath, cookiePath)).toBe(true);
        expect(pathMatches([cookiePath, ...tail].join('/'), cookiePath)).toBe(true);
        expect(pathMatches(`${cookiePath}x`, cookiePath)).toBe(false);
      }),
    );
  });
});

describe('isSecureUrl', () => {
  it.each([
    ['https://example.com', true],
    ['wss://example.com', true],
    ['http://example.com', false],
    ['http://localhost:3000', true],
    ['http://app.localhost', true],
    ['http://127.0.0.1:8080', true],
    ['http://[::1]/', true],
    ['http://10.0.0.1', false],
    ['http://localhost.example.com', false],
  ])('%s: %s', (url, expected) => {
    expect(isSecureUrl(new URL(url))).toBe(expected);
  });
});
