import { createSign, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeBase64url, encodeBase64urlText } from '../core/base64url';
import { TAG } from './der';
import { derOid, derSequence, derTlv, derToPem, OID, pkcs8FromPkcs1, spkiFromPkcs1 } from './der-write';
import { parseKey } from './parse-key';
import { certificateAround, rsaPrivateKeyDer, rsaPublicKeyDer } from './test-helpers';
import type { ParsedKey } from './types';
import { verifyToken } from './verify';

/**
 * RFC 8017 §3.1: the public exponent e is odd and at least 3. WebCrypto imports an RSA key
 * whose e is 1 or even without a word, so the key is refused by its code in every form.
 */

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = publicKey.export({ format: 'jwk' });
const n = Uint8Array.from(Buffer.from(jwk.n ?? '', 'base64url'));

const input = `${encodeBase64urlText('{"alg":"RS256"}')}.${encodeBase64urlText('{"sub":"e"}')}`;
const token = `${input}.${encodeBase64url(createSign('RSA-SHA256').update(input).sign(privateKey))}`;

/** id-RSASSA-PSS with no parameters (RFC 4055 §3.1) around an RSAPublicKey. */
function pssSpki(rsaPublicKey: Uint8Array): Uint8Array {
  return derSequence(derSequence(derOid(OID.rsassaPss)), derTlv(TAG.BIT_STRING, Uint8Array.of(0, ...rsaPublicKey)));
}

/** The key in every form that carries an RSA exponent in DER. */
function forms(e: readonly number[]): [string, string][] {
  const pub = rsaPublicKeyDer(n, e);
  return [
    ['SPKI', derToPem(spkiFromPkcs1(pub), 'PUBLIC KEY')],
    ['PKCS#1 public key', derToPem(pub, 'RSA PUBLIC KEY')],
    ['RSASSA-PSS SPKI', derToPem(pssSpki(pub), 'PUBLIC KEY')],
    ['PKCS#8 private key', derToPem(pkcs8FromPkcs1(rsaPrivateKeyDer(n, e)), 'PRIVATE KEY')],
    ['PKCS#1 private key', derToPem(rsaPrivateKeyDer(n, e), 'RSA PRIVATE KEY')],
    ['certificate', derToPem(certificateAround(spkiFromPkcs1(pub)), 'CERTIFICATE')],
  ];
}

function errorCode(key: ParsedKey): string | null {
  return key.kind === 'invalid' ? key.error.code : null;
}

describe('an RSA exponent of 1 or an even one', () => {
  it.each([
    [[1], /exponent is 1, but an RSA public exponent is odd and at least 3 \(RFC 8017 §3\.1\)/],
    [[2], /exponent is 2,/],
    [[1, 0, 0], /exponent is 65536,/],
  ] as const)('e = %j is refused as rsa-exponent-invalid in every PEM form', (e, words) => {
    for (const [form, pem] of forms(e)) {
      const key = parseKey(pem, 'utf8');
      expect(errorCode(key), form).toBe('rsa-exponent-invalid');
      if (key.kind === 'invalid') expect(key.error.message, form).toMatch(words);
    }
  });

  it('reaches the verdict with its code, and a JWK keeps its own code', async () => {
    const [, spki] = forms([2])[0]!;
    expect(await verifyToken({ token, key: parseKey(spki, 'utf8') })).toMatchObject({ status: 'error', code: 'rsa-exponent-invalid' });
    const even = await verifyToken({ token, key: parseKey(JSON.stringify({ ...jwk, e: 'Ag' }), 'utf8') });
    expect(even).toMatchObject({ status: 'error', code: 'jwk-rsa-exponent-invalid' });
  });

  it('is refused in a certificate the token carries (x5c), when its key is allowed', async () => {
    const certificate = certificateAround(spkiFromPkcs1(rsaPublicKeyDer(n, [1])));
    const x5c = Buffer.from(certificate).toString('base64');
    const carried = `${encodeBase64urlText(JSON.stringify({ alg: 'RS256', x5c: [x5c] }))}.${encodeBase64urlText('{}')}.c2ln`;
    expect(await verifyToken({ token: carried, key: { kind: 'empty' }, allowEmbeddedKey: true })).toMatchObject({ status: 'error', code: 'rsa-exponent-invalid' });
  });

  it('leaves 3 and 65537 alone: the same hand-built forms read as RSA keys', () => {
    for (const e of [[3], [1, 0, 1]]) {
      for (const [form, pem] of forms(e)) {
        const key = parseKey(pem, 'utf8');
        expect(key.kind, form).toBe('pem');
        if (key.kind === 'pem') expect(key.shape, form).toMatchObject({ kty: 'RSA', bits: 2048 });
      }
    }
  });

  it('with the real exponent, the hand-built SPKI and certificate verify the token', async () => {
    for (const [form, pem] of forms([1, 0, 1]).filter(([form]) => form === 'SPKI' || form === 'certificate')) {
      expect((await verifyToken({ token, key: parseKey(pem, 'utf8') })).status, form).toBe('verified');
    }
  });
});
