import { importPKCS8 } from 'jose';
import { describe, expect, it } from 'vitest';
import ecCertificate from './fixtures/test-ec-certificate.pem?raw';
import ecPrivateKey from './fixtures/test-ec-private-key.pem?raw';
import rsaCertificate from './fixtures/test-rsa-certificate.pem?raw';
import rsaPrivateKey from './fixtures/test-rsa-private-key.pem?raw';
import { parseCertificate } from './certificate';
import { readPemBlocks } from './pem';
import { parseKey } from './parse-key';
import { rawToken, sign } from './test-helpers';
import { verifyToken } from './verify';

const NOT_BEFORE = new Date('2026-11-27T03:49:12Z');
const NOT_AFTER = new Date('2036-11-24T03:49:12Z');

function der(pem: string): Uint8Array {
  const read = readPemBlocks(pem);
  if (!read.ok) throw new Error(read.error.message);
  return read.blocks[0]!.der;
}

describe('X.509 certificates', () => {
  it('reads subject, issuer and validity of the OpenSSL test certificate', () => {
    const { info } = parseCertificate(der(rsaCertificate));
    expect(info).toEqual({ subject: 'CN=token-lens-test', issuer: 'CN=token-lens-test', notBefore: NOT_BEFORE, notAfter: NOT_AFTER });
  });

  it('writes a multi-part name in RFC 4514 order (last RDN first), as openssl -nameopt RFC2253 does', () => {
    expect(parseCertificate(der(ecCertificate)).info.subject).toBe('CN=token-lens-ec-test,O=Token Lens Tests,C=NL');
  });

  it('verifies an RS256 token with the certificate and reports the certificate', async () => {
    const token = await sign({ sub: 'cert' }, { alg: 'RS256' }, await importPKCS8(rsaPrivateKey, 'RS256'));
    const key = parseKey(rsaCertificate, 'utf8');
    expect(key).toMatchObject({ kind: 'pem', format: 'certificate', chainLength: 1, shape: { kty: 'RSA', bits: 2048 } });
    const result = await verifyToken({ token, key });
    expect(result).toMatchObject({ status: 'verified', certificate: { subject: 'CN=token-lens-test', notAfter: NOT_AFTER } });
    expect(result.key?.description).toContain('CN=token-lens-test');
  });

  it('uses the first certificate of a chain', async () => {
    const token = await sign({ sub: 'chain' }, { alg: 'ES256' }, await importPKCS8(ecPrivateKey, 'ES256'));
    const key = parseKey(`${ecCertificate}\n${rsaCertificate}`, 'utf8');
    expect(key).toMatchObject({ kind: 'pem', chainLength: 2, shape: { kty: 'EC', crv: 'P-256' } });
    expect((await verifyToken({ token, key })).status).toBe('verified');
    const reversed = await verifyToken({ token, key: parseKey(`${rsaCertificate}${ecCertificate}`, 'utf8') });
    expect(reversed.code).toBe('alg-not-allowed-for-key');
  });

  it('verifies the private key fixture against its certificate (PS256 with an rsaEncryption key)', async () => {
    const token = await sign({ sub: 'pss' }, { alg: 'PS256' }, await importPKCS8(rsaPrivateKey, 'PS256'));
    const [fromCert, fromPrivate] = await Promise.all([
      verifyToken({ token, key: parseKey(rsaCertificate, 'utf8') }),
      verifyToken({ token, key: parseKey(rsaPrivateKey, 'utf8') }),
    ]);
    expect(fromCert.status).toBe('verified');
    expect(fromPrivate).toMatchObject({ status: 'verified', privateKeyPasted: true });
    expect(fromPrivate.key?.thumbprint).toBe(fromCert.key?.thumbprint);
  });

  it('uses a token\'s "x5c" certificate only when allowed, and then says it proves nothing', async () => {
    // RFC 7515 §4.1.6: x5c holds base64 DER, which is the PEM body without its lines.
    const x5c = rsaCertificate.replace(/-----[A-Z ]+-----|\s/g, '');
    const token = await sign({ sub: 'x5c' }, { alg: 'RS256', x5c: [x5c] }, await importPKCS8(rsaPrivateKey, 'RS256'));
    const ignored = await verifyToken({ token, key: { kind: 'empty' } });
    expect(ignored).toMatchObject({ status: 'idle', code: 'no-key' });
    const used = await verifyToken({ token, key: { kind: 'empty' }, allowEmbeddedKey: true });
    expect(used).toMatchObject({ status: 'verified', key: { source: 'token' }, certificate: { subject: 'CN=token-lens-test' } });
    expect(used.note).toMatch(/proves only that the token is intact/);
  });

  it('reports a broken x5c as a key error with its own code', async () => {
    const token = rawToken({ alg: 'RS256', x5c: ['not base64!'] }, { sub: 'x' });
    expect(await verifyToken({ token, key: { kind: 'empty' }, allowEmbeddedKey: true })).toMatchObject({ status: 'error', code: 'der-invalid' });
  });
});
