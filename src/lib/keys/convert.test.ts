import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertKey, type Converted } from './convert';
import { generateKey, type GeneratedPair } from './generate';
import type { KeyKind } from './kinds';

const fixture = (name: string) => readFileSync(new URL(`../verify/fixtures/${name}`, import.meta.url), 'utf8');

async function pair(kind: KeyKind): Promise<GeneratedPair> {
  const result = await generateKey(kind);
  if (!result.ok || result.key.type !== 'pair') throw new Error('expected a key pair');
  return result.key;
}

async function converted(text: string, includePrivate: boolean): Promise<Converted> {
  const result = await convertKey(text, { includePrivate });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function errorOf(text: string, includePrivate = false) {
  const result = await convertKey(text, { includePrivate });
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

const trimmed = (pem: string) => pem.trim();

// RFC 7638 §3.1: the example RSA key and its SHA-256 thumbprint.
const RFC7638_KEY = {
  kty: 'RSA',
  n: '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
  e: 'AQAB',
  alg: 'RS256',
  kid: '2011-04-29',
};
const RFC7638_THUMBPRINT = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';

describe('convertKey: PEM ⇄ JWK round trips', () => {
  for (const kind of ['RSA-2048', 'EC-P-256', 'EC-P-384', 'EC-P-521', 'Ed25519'] as const) {
    it(`${kind}: public and private, both ways, with the generated key's thumbprint`, async () => {
      const key = await pair(kind);

      const publicFromPem = await converted(key.publicPem, false);
      expect(publicFromPem).toMatchObject({ from: 'pem', jwk: key.publicJwk, includesPrivate: false, privateMissing: false, thumbprint: key.thumbprint });
      expect(trimmed(publicFromPem.pem)).toBe(trimmed(key.publicPem));

      const privateFromPem = await converted(key.privatePem, true);
      expect(privateFromPem).toMatchObject({ jwk: key.privateJwk, includesPrivate: true, thumbprint: key.thumbprint });
      expect(trimmed(privateFromPem.pem)).toBe(trimmed(key.privatePem));

      const publicOfPrivatePem = await converted(key.privatePem, false);
      expect(publicOfPrivatePem.jwk).toEqual(key.publicJwk);
      expect(trimmed(publicOfPrivatePem.pem)).toBe(trimmed(key.publicPem));

      const publicFromJwk = await converted(JSON.stringify(key.publicJwk), false);
      expect(publicFromJwk).toMatchObject({ from: 'jwk', jwk: key.publicJwk, thumbprint: key.thumbprint });
      expect(trimmed(publicFromJwk.pem)).toBe(trimmed(key.publicPem));

      const privateFromJwk = await converted(JSON.stringify(key.privateJwk, null, 2), true);
      expect(privateFromJwk.jwk).toEqual(key.privateJwk);
      expect(trimmed(privateFromJwk.pem)).toBe(trimmed(key.privatePem));
      expect((await converted(privateFromJwk.pem, true)).jwk).toEqual(key.privateJwk);

      const publicOfPrivateJwk = await converted(JSON.stringify(key.privateJwk), false);
      expect(publicOfPrivateJwk.jwk).toEqual(key.publicJwk);
      expect(publicOfPrivateJwk.jwk).not.toHaveProperty('d');
      expect(trimmed(publicOfPrivateJwk.pem)).toBe(trimmed(key.publicPem));
    });
  }

  it('says when the private part is asked for but the pasted key is public', async () => {
    const key = await pair('EC-P-256');
    expect((await converted(key.publicPem, true)).privateMissing).toBe(true);
    expect((await converted(JSON.stringify(key.publicJwk), true)).privateMissing).toBe(true);
  });

  it('reads PKCS#1 RSA keys ("BEGIN RSA PUBLIC KEY", "BEGIN RSA PRIVATE KEY")', async () => {
    const key = await pair('RSA-2048');
    const pkcs1Private = createPrivateKey(key.privatePem).export({ type: 'pkcs1', format: 'pem' }).toString();
    const pkcs1Public = createPublicKey(key.publicPem).export({ type: 'pkcs1', format: 'pem' }).toString();
    expect(pkcs1Private).toContain('BEGIN RSA PRIVATE KEY');
    expect((await converted(pkcs1Private, true)).jwk).toEqual(key.privateJwk);
    expect((await converted(pkcs1Private, false)).jwk).toEqual(key.publicJwk);
    const fromPublic = await converted(pkcs1Public, false);
    expect(fromPublic.jwk).toEqual(key.publicJwk);
    expect(trimmed(fromPublic.pem)).toBe(trimmed(key.publicPem));
  });

  it('reads SEC1 EC private keys ("BEGIN EC PRIVATE KEY") with their private part', async () => {
    for (const kind of ['EC-P-256', 'EC-P-521'] as const) {
      const key = await pair(kind);
      const sec1 = createPrivateKey(key.privatePem).export({ type: 'sec1', format: 'pem' }).toString();
      expect(sec1).toContain('BEGIN EC PRIVATE KEY');
      const whole = await converted(sec1, true);
      expect(whole.jwk).toEqual(key.privateJwk);
      expect(whole.pem).toContain('BEGIN PRIVATE KEY');
      expect((await converted(sec1, false)).jwk).toEqual(key.publicJwk);
    }
  });

  it('takes a certificate\'s public key, which matches its private key\'s', async () => {
    for (const [certificate, privateKey] of [
      ['test-rsa-certificate.pem', 'test-rsa-private-key.pem'],
      ['test-ec-certificate.pem', 'test-ec-private-key.pem'],
    ] as const) {
      const fromCertificate = await converted(fixture(certificate), false);
      const fromPrivate = await converted(fixture(privateKey), false);
      expect(fromCertificate.jwk).toEqual(fromPrivate.jwk);
      expect(fromCertificate.pem).toContain('BEGIN PUBLIC KEY');
      expect(fromCertificate.description).toContain('certificate');
    }
  });

  it('a JWK Set of one key converts that key', async () => {
    const key = await pair('Ed25519');
    expect((await converted(JSON.stringify({ keys: [key.publicJwk] }), false)).jwk).toEqual(key.publicJwk);
  });
});

describe('RFC 7638 §3.1 thumbprint', () => {
  it('of the RFC\'s example key, with its kid and alg kept in the JWK', async () => {
    const value = await converted(JSON.stringify(RFC7638_KEY), false);
    expect(value.thumbprint).toBe(RFC7638_THUMBPRINT);
    expect(value.jwk).toEqual(RFC7638_KEY);
    expect(value.pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    // Back from its PEM: the same key and thumbprint, the members beside it gone.
    const back = await converted(value.pem, false);
    expect(back.thumbprint).toBe(RFC7638_THUMBPRINT);
    expect(back.jwk).toEqual({ kty: 'RSA', n: RFC7638_KEY.n, e: RFC7638_KEY.e });
  });
});

describe('convertKey: errors', () => {
  it('nothing pasted, or text that is no key', async () => {
    expect((await errorOf('   ')).code).toBe('empty');
    expect((await errorOf('hello, this is not a key')).code).toBe('not-a-key');
  });

  it('a PEM with a bad character, at its line and column', async () => {
    const key = await pair('EC-P-256');
    const lines = key.publicPem.split('\n');
    lines[1] = `${lines[1]!.slice(0, 4)}*${lines[1]!.slice(5)}`;
    expect(await errorOf(lines.join('\n'))).toMatchObject({ code: 'pem-invalid-base64', line: 2, column: 5 });
  });

  it('a PEM cut short, or without its END line', async () => {
    const key = await pair('RSA-2048');
    const lines = key.publicPem.trim().split('\n');
    expect((await errorOf([...lines.slice(0, 3), lines.at(-1)!].join('\n'))).code).toMatch(/^pem-truncated$|^der-invalid$/);
    expect((await errorOf(lines.slice(0, -1).join('\n'))).code).toBe('pem-missing-end');
  });

  it('a PEM body without its armor lines', async () => {
    const key = await pair('EC-P-256');
    expect((await errorOf(key.publicPem.split('\n').filter((line) => line !== '' && !line.startsWith('-----')).join('\n'))).code).toBe('pem-missing-armor');
  });

  it('JSON with a syntax error, at its line and column', async () => {
    expect(await errorOf('{\n  "kty": "EC",\n  "crv" "P-256"\n}')).toMatchObject({ code: 'invalid-json', line: 3, column: 9 });
  });

  it('JWKs the verifier rejects keep its codes', async () => {
    expect((await errorOf('{"kty":"EC","crv":"P-256","x":"AAAA"}')).code).toBe('jwk-wrong-length');
    expect((await errorOf('{"kty":"RSA","e":"AQAB"}')).code).toBe('jwk-missing-member');
    expect((await errorOf('{"n":"AQAB"}')).code).toBe('jwk-missing-kty');
  });

  it('an HMAC secret has no PEM; a JWK Set of several keys is not one key', async () => {
    expect((await errorOf('{"kty":"oct","k":"c2VjcmV0LXNlY3JldC1zZWNyZXQ"}')).code).toBe('secret-has-no-pem');
    const a = await pair('Ed25519');
    const b = await pair('Ed25519');
    expect((await errorOf(JSON.stringify({ keys: [a.publicJwk, b.publicJwk] }))).code).toBe('jwks-not-single');
  });
});
