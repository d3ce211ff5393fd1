import { describe, expect, it } from 'vitest';
import { HEADER_PARAMS, headerParamInfo } from './header-registry';

describe('HEADER_PARAMS', () => {
  it('names each parameter once', () => {
    const names = HEADER_PARAMS.map((param) => param.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every parameter a title, a meaning and an https source', () => {
    for (const param of HEADER_PARAMS) {
      expect(param.title.trim(), param.name).not.toBe('');
      expect(param.meaning.trim(), param.name).not.toBe('');
      expect(param.source.trim(), param.name).not.toBe('');
      expect(new URL(param.sourceUrl).protocol, param.name).toBe('https:');
    }
  });

  it('covers RFC 7515 §4.1, each parameter at its own section', () => {
    const jws = ['alg', 'jku', 'jwk', 'kid', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'typ', 'cty', 'crit'];
    jws.forEach((name, index) => {
      const section = `4.1.${index + 1}`;
      expect(headerParamInfo(name)?.source, name).toBe(`RFC 7515 §${section}`);
      expect(headerParamInfo(name)?.sourceUrl, name).toBe(`https://www.rfc-editor.org/rfc/rfc7515#section-${section}`);
    });
  });

  it('covers the JWE parameters of RFC 7516 and RFC 7518', () => {
    const expected: Record<string, string> = {
      enc: 'RFC 7516 §4.1.2',
      zip: 'RFC 7516 §4.1.3',
      epk: 'RFC 7518 §4.6.1.1',
      apu: 'RFC 7518 §4.6.1.2',
      apv: 'RFC 7518 §4.6.1.3',
      iv: 'RFC 7518 §4.7.1.1',
      tag: 'RFC 7518 §4.7.1.2',
      p2s: 'RFC 7518 §4.8.1.1',
      p2c: 'RFC 7518 §4.8.1.2',
    };
    for (const [name, source] of Object.entries(expected)) {
      expect(headerParamInfo(name)?.source, name).toBe(source);
    }
  });

  it('covers the later registrations', () => {
    expect(headerParamInfo('b64')?.source).toBe('RFC 7797 §3');
    expect(headerParamInfo('ppt')?.source).toBe('RFC 8225 §8.1');
    expect(headerParamInfo('url')?.source).toBe('RFC 8555 §6.4.1');
    expect(headerParamInfo('nonce')?.source).toBe('RFC 8555 §6.5.2');
    expect(headerParamInfo('svt')?.source).toBe('RFC 9321');
    for (const name of ['iss', 'sub', 'aud']) {
      expect(headerParamInfo(name)?.source, name).toBe('RFC 7519 §5.3');
    }
  });

  it('warns against trusting keys and URLs the token names itself', () => {
    for (const name of ['jku', 'x5u', 'kid']) {
      expect(headerParamInfo(name)?.meaning, name).toContain('RFC 8725 §3.10');
    }
    expect(headerParamInfo('jwk')?.meaning).toMatch(/trust/);
    expect(headerParamInfo('x5c')?.meaning).toMatch(/trusted root/);
    expect(headerParamInfo('alg')?.meaning).toContain('RFC 8725 §3.1');
  });
});

describe('headerParamInfo', () => {
  it('finds a parameter by its exact name', () => {
    expect(headerParamInfo('kid')?.title).toBe('Key ID');
    expect(headerParamInfo('x5t#S256')?.title).toBe('X.509 Certificate SHA-256 Thumbprint');
  });

  it('does not fold case and finds nothing for unknown names', () => {
    for (const name of ['ALG', 'Kid', 'exp', '', 'constructor', '__proto__', 'toString']) {
      expect(headerParamInfo(name), name).toBeUndefined();
    }
  });
});
