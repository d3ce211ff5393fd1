import { describe, expect, it } from 'vitest';
import { looksLikeJwsJson } from './jws-json-detect';

describe('looksLikeJwsJson', () => {
  it('recognises the general and the flattened serialization, with space around them', () => {
    expect(looksLikeJwsJson('{"payload":"e30","signatures":[{"protected":"eyJhbGciOiJIUzI1NiJ9","signature":"c2ln"}]}')).toBe(true);
    expect(looksLikeJwsJson('\n  {\n "protected": "eyJhbGciOiJIUzI1NiJ9",\n "payload": "e30",\n "signature": "c2ln"\n}\n')).toBe(true);
  });

  it('recognises a broken one, so the parser can say what is wrong', () => {
    expect(looksLikeJwsJson('{"payload": "e30", "signature": ')).toBe(true);
  });

  it('recognises detached content, which has no "payload" member (RFC 7515 Appendix F)', () => {
    expect(looksLikeJwsJson('{"protected":"eyJhbGciOiJIUzI1NiJ9","signature":"c2ln"}')).toBe(true);
  });

  it('leaves compact tokens, JSON holding a token and other JSON to the token finder', () => {
    expect(looksLikeJwsJson('eyJhbGciOiJIUzI1NiJ9.e30.c2ln')).toBe(false);
    expect(looksLikeJwsJson('{"id_token":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln"}')).toBe(false);
    expect(looksLikeJwsJson('{"payload":"e30"}')).toBe(false);
    expect(looksLikeJwsJson('{"signature":"c2ln","kid":"a"}')).toBe(false);
    expect(looksLikeJwsJson('log: {"payload":"e30","signature":"c2ln"}')).toBe(false);
    expect(looksLikeJwsJson('   ')).toBe(false);
    expect(looksLikeJwsJson('')).toBe(false);
  });
});
