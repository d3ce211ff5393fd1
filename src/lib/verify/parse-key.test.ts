import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeBase64url } from '../core/base64url';
import { derOid, derSequence, derTlv, derToPem } from './der-write';
import { TAG } from './der';
import { JWKS_KEYS_PER_STEP, looksLikeJsonKey, parseKey, parseKeySteps } from './parse-key';
import { base64, hex, randomBytes } from './test-helpers';
import type { KeyErrorCode, ParsedKey } from './types';

const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const SPKI = ec.publicKey.export({ type: 'spki', format: 'pem' }) as string;
const LINES = SPKI.trim().split('\n');

function errorOf(key: ParsedKey): { code: KeyErrorCode; message: string; line?: number; column?: number } {
  if (key.kind !== 'invalid') throw new Error(`expected an invalid key, got ${key.kind}`);
  return key.error;
}

describe('what is recognised', () => {
  it('empty or blank text is empty', () => {
    expect(parseKey('', 'utf8')).toEqual({ kind: 'empty' });
    expect(parseKey(' \n\t', 'hex')).toEqual({ kind: 'empty' });
  });

  it('a PEM public key, with text around it, is a PEM key whatever the secret encoding', () => {
    expect(parseKey(`My key:\n${SPKI}\nthanks`, 'hex')).toMatchObject({ kind: 'pem', format: 'spki', shape: { kty: 'EC', crv: 'P-256' } });
  });

  it('a JWK and a JWKS', () => {
    const jwk = ec.publicKey.export({ format: 'jwk' });
    expect(parseKey(JSON.stringify({ ...jwk, kid: 'a' }), 'utf8')).toMatchObject({ kind: 'jwk', key: { kid: 'a', shape: { kty: 'EC', crv: 'P-256' } } });
    expect(parseKey(JSON.stringify({ keys: [jwk, { kty: 'nope' }] }), 'utf8')).toMatchObject({
      kind: 'jwks',
      description: 'JWK Set of 2 keys (1 unusable)',
      entries: [{ index: 0, ok: true }, { index: 1, ok: false, error: { code: 'unsupported-kty' } }],
    });
  });
});

describe('HMAC secrets in each encoding', () => {
  const bytes = randomBytes(32);

  it.each([
    ['utf8', 'your-256-bit-secret', new TextEncoder().encode('your-256-bit-secret')],
    ['hex', hex(bytes), bytes],
    ['hex', `0x${hex(bytes).toUpperCase()}`, bytes],
    ['base64', base64(bytes), bytes],
    ['base64', base64(bytes).replace(/=+$/, ''), bytes],
    ['base64url', encodeBase64url(bytes), bytes],
  ] as const)('%s %s', (encoding, text, expected) => {
    expect(parseKey(text, encoding)).toMatchObject({ kind: 'secret', encoding, bytes: expected });
  });

  it('suggests another encoding when the text looks like one, without acting on it', () => {
    const b64url = 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow';
    expect(parseKey(b64url, 'utf8')).toMatchObject({ kind: 'secret', encoding: 'utf8', suggestion: { code: 'looks-like-base64url', encoding: 'base64url' } });
    expect(parseKey(hex(bytes), 'utf8')).toMatchObject({ suggestion: { code: 'looks-like-hex', encoding: 'hex' } });
    expect(parseKey('c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA==', 'utf8')).toMatchObject({ suggestion: { code: 'looks-like-base64' } });
    expect(parseKey(hex(bytes), 'base64')).toMatchObject({ kind: 'secret', suggestion: { code: 'looks-like-hex' } });
    expect(parseKey(' secret\n', 'utf8')).toMatchObject({ kind: 'secret', suggestion: { code: 'surrounding-whitespace' } });
    expect(parseKey('eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo', 'utf8')).toMatchObject({ suggestion: { code: 'looks-like-token' } });
    expect(parseKey('your-256-bit-secret', 'utf8')).not.toHaveProperty('suggestion');
    expect(parseKey('correct horse battery staple', 'utf8')).not.toHaveProperty('suggestion');
  });

  it('an invalid encoding for the chosen one is an error with its code and place', () => {
    const urlText = 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T';
    expect(parseKey(urlText, 'base64')).toMatchObject({ kind: 'invalid', error: { code: 'secret-invalid-base64', line: 1, column: 35 }, suggestion: { encoding: 'base64url' } });
    expect(parseKey('ab+/cd', 'base64url')).toMatchObject({ error: { code: 'secret-invalid-base64url' }, suggestion: { encoding: 'base64' } });
    expect(errorOf(parseKey('abcde', 'base64')).code).toBe('secret-invalid-base64');
    expect(errorOf(parseKey('abcde', 'base64url')).message).toMatch(/5 base64url characters cannot be whole bytes/);
    expect(errorOf(parseKey('abc', 'hex'))).toMatchObject({ code: 'secret-invalid-hex', message: expect.stringMatching(/odd/) });
    expect(errorOf(parseKey('12 zz', 'hex'))).toMatchObject({ code: 'secret-invalid-hex', column: 4 });
    expect(errorOf(parseKey('0x', 'hex')).code).toBe('secret-empty');
    expect(errorOf(parseKey('==', 'base64')).code).toBe('secret-empty');
  });
});

describe('broken keys get a specific message by code', () => {
  const body = LINES.slice(1, -1).join('\n');
  const cases: [KeyErrorCode, string][] = [
    ['pem-missing-begin', LINES.slice(1).join('\n')],
    ['pem-missing-end', LINES.slice(0, -1).join('\n')],
    ['pem-missing-armor', body],
    ['pem-label-mismatch', `-----BEGIN PUBLIC KEY-----\n${body}\n-----END RSA PUBLIC KEY-----`],
    ['pem-unsupported-label', `-----BEGIN PGP PUBLIC KEY BLOCK-----\n${body}\n-----END PGP PUBLIC KEY BLOCK-----`],
    ['pem-unsupported-label', `-----BEGIN CERTIFICATE REQUEST-----\n${body}\n-----END CERTIFICATE REQUEST-----`],
    ['pem-invalid-base64', `-----BEGIN PUBLIC KEY-----\n${body.slice(0, 10)}*${body.slice(11)}\n-----END PUBLIC KEY-----`],
    ['pem-truncated', `-----BEGIN PUBLIC KEY-----\n${body.slice(0, -1)}\n-----END PUBLIC KEY-----`],
    ['pem-truncated', `-----BEGIN PUBLIC KEY-----\n${LINES[1]}\n-----END PUBLIC KEY-----`],
    ['pem-truncated', '-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----'],
    ['pem-encrypted', `-----BEGIN ENCRYPTED PRIVATE KEY-----\n${body}\n-----END ENCRYPTED PRIVATE KEY-----`],
    ['pem-encrypted', `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\n${body}\n-----END RSA PRIVATE KEY-----`],
    ['der-invalid', '-----BEGIN PUBLIC KEY-----\nMAMCAQA=\n-----END PUBLIC KEY-----'],
    ['ssh-key-format', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx1 user@host'],
    ['ssh-key-format', `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----`],
    ['invalid-json', '{"kty": "EC",\n "crv": }'],
    ['jwk-missing-kty', '{"n": "abc", "e": "AQAB"}'],
    ['jwk-missing-member', '{"kty": "RSA", "e": "AQAB"}'],
    ['jwk-missing-member', '{"kty": "EC", "x": "AQAB", "y": "AQAB"}'],
    ['jwk-not-base64url', '{"kty": "RSA", "n": "not base64url!", "e": "AQAB"}'],
    ['jwk-invalid-member', '{"kty": 7}'],
    ['unsupported-kty', '{"kty": "AKP", "pub": "AQAB"}'],
    ['unsupported-crv', '{"kty": "EC", "crv": "secp256k1", "x": "AQAB", "y": "AQAB"}'],
    ['unsupported-crv', '{"kty": "OKP", "crv": "X25519", "x": "AQAB"}'],
    ['jwks-no-keys-array', '{"keys": {"kty": "oct"}}'],
    ['jwks-no-keys-array', '[{"kty": "oct", "k": "AQAB"}]'],
    ['jwks-empty', '{"keys": []}'],
  ];

  it.each(cases)('%s', (code, text) => {
    const error = errorOf(parseKey(text, 'utf8'));
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(20);
  });

  it('places errors: JSON by line and column, PEM base64 by line', () => {
    expect(errorOf(parseKey('{"kty": "EC",\n "crv": }', 'utf8'))).toMatchObject({ line: 2, column: 9 });
    const bad = `-----BEGIN PUBLIC KEY-----\n${LINES[1]}\n${LINES[2]!.slice(0, 5)}#${LINES[2]!.slice(6)}\n-----END PUBLIC KEY-----`;
    expect(errorOf(parseKey(bad, 'utf8'))).toMatchObject({ code: 'pem-invalid-base64', line: 3, column: 6 });
  });

  it('names keys for key agreement and unsupported curves in PEM form', () => {
    const x25519 = generateKeyPairSync('x25519').publicKey.export({ type: 'spki', format: 'pem' }) as string;
    expect(errorOf(parseKey(x25519, 'utf8'))).toMatchObject({ code: 'unsupported-key-algorithm', message: expect.stringMatching(/X25519.*key agreement/) });
    const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey.export({ type: 'spki', format: 'pem' }) as string;
    expect(errorOf(parseKey(k1, 'utf8'))).toMatchObject({ code: 'unsupported-crv', message: expect.stringMatching(/secp256k1/) });
  });

  it('a SEC1 key without its public point says how to convert it', () => {
    // RFC 5915 §3 ECPrivateKey with the curve [0] but without the public key [1].
    const sec1 = derSequence(Uint8Array.of(TAG.INTEGER, 1, 1), derTlv(TAG.OCTET_STRING, randomBytes(32)), derTlv(0xa0, derOid('1.2.840.10045.3.1.7')));
    expect(errorOf(parseKey(derToPem(sec1, 'EC PRIVATE KEY'), 'utf8'))).toMatchObject({ code: 'sec1-without-public-key', message: expect.stringMatching(/openssl pkey/) });
  });

  it('an entry that is not an object is unusable within its JWKS', () => {
    expect(parseKey('{"keys": [1]}', 'utf8')).toMatchObject({ kind: 'jwks', entries: [{ ok: false, error: { code: 'jwk-not-object' } }] });
  });
});

describe('hostile PEM-like text', () => {
  it('reads armor padded with thousands of spaces or dashes as no PEM key, without throwing', () => {
    expect(parseKey(`-----BEGIN ${' '.repeat(10_000)}`, 'utf8').kind).not.toBe('pem');
    expect(parseKey('-'.repeat(40_000), 'utf8').kind).toBeDefined();
  });
});

describe('broken JWK members are named, with what was expected and what was found', () => {
  const jwkOf = (crv: 'P-256' | 'P-384' | 'P-521') => generateKeyPairSync('ec', { namedCurve: crv }).privateKey.export({ format: 'jwk' });
  const ed = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' });
  const cut = (text: string | undefined, bytes: number) => encodeBase64url(Uint8Array.from(Buffer.from(text ?? '', 'base64url')).slice(0, bytes));
  const read = (jwk: object) => errorOf(parseKey(JSON.stringify(jwk), 'utf8'));
  const publicOf = (crv: 'P-256' | 'P-384' | 'P-521') => generateKeyPairSync('ec', { namedCurve: crv }).publicKey.export({ format: 'jwk' });

  it.each([
    ['P-256', 'x', 31, 32, /dropped a leading zero/],
    ['P-256', 'y', 20, 32, /cut short/],
    ['P-384', 'x', 47, 48, /leading zero/],
    ['P-521', 'y', 65, 66, /leading zero/],
  ] as const)('EC %s coordinate "%s" of %i bytes instead of %i', (crv, name, found, expected, cause) => {
    const jwk = publicOf(crv);
    const error = read({ ...jwk, [name]: cut(jwk[name], found) });
    expect(error.code).toBe('jwk-wrong-length');
    expect(error.message).toContain(`coordinate "${name}" is ${found} bytes; on ${crv} it is exactly ${expected} bytes (RFC 7518 §6.2.1.2)`);
    expect(error.message).toMatch(cause);
  });

  it('a coordinate too long, and a private "d" of the wrong length', () => {
    const jwk = jwkOf('P-256');
    const long = encodeBase64url(new Uint8Array(33).fill(1));
    expect(read({ ...jwk, x: long })).toMatchObject({ code: 'jwk-wrong-length', message: expect.stringMatching(/"x" is 33 bytes.*too long/) });
    expect(read({ ...jwk, d: cut(jwk.d, 16) })).toMatchObject({ code: 'jwk-wrong-length', message: expect.stringMatching(/private key "d" is 16 bytes; on P-256 it is exactly 32 bytes \(RFC 7518 §6\.2\.2\.1\)/) });
  });

  it('Ed25519 "x" and "d" of the wrong length (RFC 8037 §2)', () => {
    expect(read({ kty: 'OKP', crv: 'Ed25519', x: cut(ed.x, 30) })).toMatchObject({
      code: 'jwk-wrong-length',
      message: expect.stringContaining('coordinate "x" is 30 bytes; on Ed25519 it is exactly 32 bytes (RFC 8037 §2)'),
    });
    expect(read({ ...ed, d: cut(ed.d, 31) })).toMatchObject({ code: 'jwk-wrong-length', message: expect.stringContaining('"d" is 31 bytes') });
  });

  it('coordinates of the right length that are not a point on the curve', () => {
    const jwk = publicOf('P-256');
    const y = Buffer.from(jwk.y ?? '', 'base64url');
    y[5]! ^= 0x10;
    expect(read({ ...jwk, y: y.toString('base64url') })).toMatchObject({ code: 'jwk-point-not-on-curve', message: expect.stringMatching(/not a point on P-256/) });
  });

  it('an RSA "n" that is not base64url says where, or that it was cut mid-character', () => {
    expect(read({ ...rsa, n: `${rsa.n!.slice(0, 10)}*${rsa.n!.slice(11)}` })).toMatchObject({ code: 'jwk-not-base64url', message: expect.stringMatching(/"n" has "\*" at character 11/) });
    expect(read({ ...rsa, n: rsa.n!.slice(0, 341) })).toMatchObject({ code: 'jwk-not-base64url', message: expect.stringMatching(/341 base64url characters.*cut short/) });
  });

  it('an RSA "e" that is no public exponent', () => {
    expect(read({ ...rsa, e: 'AQAA' })).toMatchObject({ code: 'jwk-rsa-exponent-invalid', message: expect.stringContaining('exponent "e" is 65536') });
  });

  it('an RSA "n" cut short is malformed, not merely a small key', () => {
    const error = read({ ...rsa, n: rsa.n!.slice(0, 300) });
    expect(error.code).toBe('jwk-rsa-modulus-malformed');
    expect(error.message).toMatch(/modulus "n" (is an even number|is 1800 bits, not a size RSA keys are made in)/);
    expect(error.message).not.toMatch(/too small/);
  });

  it('a whole RSA key and whole EC and Ed25519 keys still read', () => {
    expect(parseKey(JSON.stringify(rsa), 'utf8')).toMatchObject({ kind: 'jwk', key: { shape: { kty: 'RSA', bits: 2048 } } });
    expect(parseKey(JSON.stringify(jwkOf('P-521')), 'utf8')).toMatchObject({ kind: 'jwk', key: { shape: { crv: 'P-521' } } });
    expect(parseKey(JSON.stringify(ed), 'utf8')).toMatchObject({ kind: 'jwk', key: { shape: { crv: 'Ed25519' } } });
  });
});

describe('reading a key in steps', () => {
  const jwk = ec.publicKey.export({ format: 'jwk' });
  const set = JSON.stringify({ keys: Array.from({ length: 2 * JWKS_KEYS_PER_STEP + 1 }, (_, i) => ({ ...jwk, kid: `k${i}` })) });

  function run(text: string): { parsed: ParsedKey; pauses: number } {
    const steps = parseKeySteps(text, 'utf8');
    let pauses = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) return { parsed: step.value, pauses };
      pauses++;
    }
  }

  it('pauses after the JSON and after every few hundred keys of a JWK Set, and reads it as parseKey does', () => {
    const { parsed, pauses } = run(set);
    expect(pauses).toBe(3);
    expect(parsed).toEqual(parseKey(set, 'utf8'));
    expect(parsed).toMatchObject({ kind: 'jwks', description: `JWK Set of ${2 * JWKS_KEYS_PER_STEP + 1} keys` });
  });

  it('reads anything else in one step', () => {
    for (const text of ['', SPKI, JSON.stringify(jwk), 'a secret', '{"keys": []}']) {
      const { parsed, pauses } = run(text);
      expect(pauses).toBeLessThanOrEqual(1);
      expect(parsed).toEqual(parseKey(text, 'utf8'));
    }
  });

  it('tells JSON keys, whose result is plain data, from the rest', () => {
    expect(looksLikeJsonKey(`  \n${set}`)).toBe(true);
    expect(looksLikeJsonKey('[{"kty": "oct"}]')).toBe(true);
    expect(looksLikeJsonKey(SPKI)).toBe(false);
    expect(looksLikeJsonKey('secret {')).toBe(false);
  });
});
