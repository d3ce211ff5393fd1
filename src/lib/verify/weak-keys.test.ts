import { createPublicKey, createSign, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeBase64url, encodeBase64urlText } from '../core/base64url';
import rocaCertificate from './fixtures/roca-cert04.pem?raw';
import moduli from './fixtures/roca-moduli.json';
import rocaPrivateKey from './fixtures/roca-privkey05.pem?raw';
import rocaPublicKey from './fixtures/roca-pubkey03.pem?raw';
import { derToPem } from './der-write';
import { parseKey } from './parse-key';
import { jwks, rsaPublicKeyDer } from './test-helpers';
import { verifyToken } from './verify';
import { KEY_WEAKNESSES, weakKeys } from './weak-keys';

/** A ROCA key still verifies: the signature is what it is. What changes is the warning about the key. */

const input = `${encodeBase64urlText('{"alg":"RS256","kid":"roca"}')}.${encodeBase64urlText('{"sub":"infineon"}')}`;
const token = `${input}.${encodeBase64url(createSign('RSA-SHA256').update(input).sign(rocaPrivateKey))}`;

const mod03 = Uint8Array.from(Buffer.from(moduli.find((m) => m.id === 'mod03')!.modulusHex, 'hex'));
const mod03Jwk = { kty: 'RSA', n: encodeBase64url(mod03), e: 'AQAB' };
const normal = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
const normalJwk = normal.export({ format: 'jwk' });

describe('keys with the ROCA fingerprint, in every form', () => {
  it.each([
    ['a JWK', JSON.stringify(mod03Jwk)],
    ['an SPKI PEM', rocaPublicKey],
    ['a PKCS#1 PEM', derToPem(rsaPublicKeyDer(mod03, [1, 0, 1]), 'RSA PUBLIC KEY')],
    ['a PKCS#1 private key', rocaPrivateKey],
    ['a certificate', rocaCertificate],
  ])('%s is read as a key and flagged roca', (_form, text) => {
    const parsed = parseKey(text, 'utf8');
    expect(['jwk', 'pem']).toContain(parsed.kind);
    expect(weakKeys(parsed)).toEqual([{ code: 'roca' }]);
  });

  it('names each flagged key of a JWK Set, and only those', () => {
    const mod09 = encodeBase64url(Uint8Array.from(Buffer.from(moduli.find((m) => m.id === 'mod09')!.modulusHex, 'hex')));
    const set = jwks({ ...normalJwk, kid: 'fine' }, { ...mod03Jwk, kid: 'roca' }, { kty: 'RSA', n: mod09, e: 'AQAB' });
    expect(weakKeys(parseKey(set, 'utf8'))).toEqual([
      { code: 'roca', label: 'Key 1 (kid "roca")' },
      { code: 'roca', label: 'Key 2' },
    ]);
  });

  it('leaves a freshly generated key, and the altered moduli the detector passes, unflagged', () => {
    expect(weakKeys(parseKey(JSON.stringify(normalJwk), 'utf8'))).toEqual([]);
    expect(weakKeys(parseKey(normal.export({ type: 'spki', format: 'pem' }) as string, 'utf8'))).toEqual([]);
    const parsed = parseKey(JSON.stringify(normalJwk), 'utf8');
    expect(parsed.kind === 'jwk' && parsed.key).not.toHaveProperty('weaknesses');
    for (const { modulusHex } of moduli.filter((m) => !m.fingerprint)) {
      expect(weakKeys(parseKey(JSON.stringify({ kty: 'RSA', n: encodeBase64url(Uint8Array.from(Buffer.from(modulusHex, 'hex'))), e: 'AQAB' }), 'utf8'))).toEqual([]);
    }
  });

  it('does not stop the key verifying: the token signed with the ROCA private key verifies, flagged, as PEM, JWK and JWK Set', async () => {
    const pem = parseKey(rocaPublicKey, 'utf8');
    expect(await verifyToken({ token, key: pem })).toMatchObject({ status: 'verified', code: 'verified' });
    const jwk = createPublicKey(rocaPublicKey).export({ format: 'jwk' });
    const single = parseKey(JSON.stringify(jwk), 'utf8');
    expect(await verifyToken({ token, key: single })).toMatchObject({ status: 'verified' });
    const set = parseKey(jwks({ ...normalJwk, kid: 'fine' }, { ...jwk, kid: 'roca' }), 'utf8');
    expect(await verifyToken({ token, key: set })).toMatchObject({ status: 'verified', key: { index: 1 } });
    expect([pem, single, set].map((parsed) => weakKeys(parsed).map((w) => w.code))).toEqual([['roca'], ['roca'], ['roca']]);
  });

  it('describes the weakness by its CVE, with what to do', () => {
    expect(KEY_WEAKNESSES.roca).toMatchObject({ severity: 'high', title: expect.stringContaining('CVE-2017-15361') });
    expect(KEY_WEAKNESSES.roca.message).toMatch(/Regenerate the key/);
    expect(KEY_WEAKNESSES.roca.sourceUrl).toMatch(/^https:\/\//);
  });
});
