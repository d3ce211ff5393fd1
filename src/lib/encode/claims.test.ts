import { describe, expect, it } from 'vitest';
import { decodeBase64url } from '../core/base64url';
import { LIFETIMES, epochSeconds, newHmacSecret, newJwtId, setExpiry, setIssuedAt, setJwtId, setNotBefore } from './claims';
import { CLAIM_TEMPLATES, applyTemplate } from './templates';

const NOW = 1_700_000_000;
const fixedRandom = (length: number) => new Uint8Array(length).map((_, i) => i);

describe('time claims', () => {
  it('epochSeconds drops the milliseconds', () => {
    expect(epochSeconds(new Date(1_700_000_000_999))).toBe(NOW);
  });

  it('sets iat, exp and nbf from the time passed in, keeping the other claims', () => {
    const payload = { sub: 'alice', iat: 1 };
    expect(setIssuedAt(payload, NOW)).toEqual({ sub: 'alice', iat: NOW });
    expect(setExpiry(payload, NOW, 3600)).toEqual({ sub: 'alice', iat: 1, exp: NOW + 3600 });
    expect(setNotBefore(payload, NOW)).toEqual({ sub: 'alice', iat: 1, nbf: NOW });
    expect(payload).toEqual({ sub: 'alice', iat: 1 });
  });

  it('offers lifetimes in increasing order', () => {
    const seconds = LIFETIMES.map((l) => l.seconds);
    expect(seconds).toEqual([...seconds].sort((a, b) => a - b));
    expect(LIFETIMES.find((l) => l.id === '1h')?.seconds).toBe(3600);
  });
});

describe('random values', () => {
  it('a jti is 16 random bytes, base64url', () => {
    const jti = newJwtId(fixedRandom);
    expect(jti).toBe('AAECAwQFBgcICQoLDA0ODw');
    const decoded = decodeBase64url(jti);
    expect(decoded.ok && decoded.bytes.length).toBe(16);
    expect(setJwtId({ sub: 'a' }, fixedRandom)).toEqual({ sub: 'a', jti });
  });

  it('two jti from the platform differ', () => {
    const random = (length: number) => crypto.getRandomValues(new Uint8Array(length));
    expect(newJwtId(random)).not.toBe(newJwtId(random));
  });

  it('an HMAC secret is as long as the hash output (RFC 7518 §3.2)', () => {
    for (const [alg, bytes] of [['HS256', 32], ['HS384', 48], ['HS512', 64]] as const) {
      const decoded = decodeBase64url(newHmacSecret(alg, fixedRandom));
      expect(decoded.ok && decoded.bytes.length).toBe(bytes);
    }
  });
});

describe('claim templates', () => {
  it('the OIDC ID token has the claims OIDC Core §2 requires', () => {
    const template = CLAIM_TEMPLATES.find((t) => t.id === 'oidc-id-token')!;
    const { header, payload } = applyTemplate(template, NOW, fixedRandom);
    for (const claim of ['iss', 'sub', 'aud', 'exp', 'iat']) expect(payload).toHaveProperty(claim);
    expect(payload.iat).toBe(NOW);
    expect(payload.exp).toBe(NOW + 3600);
    expect(header.typ).toBe('JWT');
    expect(template.source.title).toContain('§2');
  });

  it('the access token has typ at+jwt (RFC 9068 §2.1) and the claims §2.2 requires', () => {
    const template = CLAIM_TEMPLATES.find((t) => t.id === 'access-token')!;
    const { header, payload } = applyTemplate(template, NOW, fixedRandom);
    for (const claim of ['iss', 'exp', 'aud', 'sub', 'client_id', 'iat', 'jti']) expect(payload).toHaveProperty(claim);
    expect(header.typ).toBe('at+jwt');
    expect(payload.jti).toBe(newJwtId(fixedRandom));
    expect(template.source.url).toContain('rfc9068');
  });
});
