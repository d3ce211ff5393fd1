import { beforeAll, describe, expect, it } from 'vitest';
import { derToPem } from './der-write';
import { makeChain, pemOf, type TestChain } from './test-chain';
import { readAnchors } from './x5c-anchor';
import { judgeChain } from './x5c-verdict';

const VALIDITY = { notBefore: new Date('2024-01-01T00:00:00Z'), notAfter: new Date('2030-01-01T00:00:00Z') };

let chain: TestChain;
beforeAll(async () => {
  chain = await makeChain(VALIDITY);
});

const errorCode = (text: string) => {
  const read = readAnchors(text);
  return read.kind === 'invalid' ? read.error.code : read.kind;
};

describe('a pasted trust anchor', () => {
  it('is nothing when empty or blank', () => {
    expect(readAnchors('')).toEqual({ kind: 'none' });
    expect(readAnchors('  \n ')).toEqual({ kind: 'none' });
  });

  it('reads one or more certificates, whatever surrounds them', () => {
    const text = `root:\n${pemOf(chain.root)}\nand the intermediate:\n${pemOf(chain.intermediate)}`;
    const read = readAnchors(text);
    expect(read.kind === 'read' ? read.certificates.map((certificate) => certificate.subject) : read).toEqual(['CN=Test Root CA', 'CN=Test Intermediate CA']);
  });

  it('that is a public key says it is not a certificate', async () => {
    const spki = new Uint8Array(await crypto.subtle.exportKey('spki', chain.rootKeys.publicKey));
    const read = readAnchors(derToPem(spki, 'PUBLIC KEY'));
    expect(read).toMatchObject({ kind: 'invalid', error: { code: 'anchor-not-certificate' } });
    expect(read.kind === 'invalid' && read.error.message).toMatch(/a public key, not a certificate/);
  });

  it('that is a private key is refused with its own code', async () => {
    const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', chain.rootKeys.privateKey));
    expect(errorCode(derToPem(pkcs8, 'PRIVATE KEY'))).toBe('anchor-private-key');
    expect(errorCode(derToPem(pkcs8, 'EC PRIVATE KEY'))).toBe('anchor-private-key');
  });

  it('that is not PEM at all says what a trust anchor is', () => {
    expect(errorCode('hello')).toBe('anchor-not-pem');
    expect(errorCode('{"kty":"EC","crv":"P-256"}')).toBe('anchor-not-pem');
    expect(errorCode('eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln')).toBe('anchor-not-pem');
  });

  it('whose PEM is cut short keeps the PEM reader’s code', () => {
    const pem = pemOf(chain.root);
    expect(errorCode(pem.slice(0, pem.indexOf('-----END')))).toBe('pem-missing-end');
    // Three characters lost from the first line of base64.
    expect(errorCode(pem.replace(/\n[A-Za-z0-9+/]{3}/, '\n'))).toBe('pem-truncated');
  });

  it('whose CERTIFICATE block holds no certificate is malformed', () => {
    expect(errorCode(derToPem(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]), 'CERTIFICATE'))).toBe('anchor-malformed');
  });

  it('that cannot be read leaves the verdict at "none" with its own code', () => {
    const verdict = judgeChain({ entries: [], problems: [] }, { kind: 'invalid', error: { code: 'anchor-not-pem', message: 'This is not a certificate.' } }, new Date('2026-01-01T00:00:00Z'));
    expect(verdict).toMatchObject({ status: 'none', code: 'anchor-invalid' });
  });
});
