import { createPublicKey } from 'node:crypto';
import { CompactSign, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { encodeBase64urlText } from '../core/base64url';
import { parseKey } from './parse-key';
import { jwks, tamper } from './test-helpers';
import { verifyToken } from './verify';

/**
 * RFC 9864 §2.2's fully specified "Ed25519" verifies as RFC 8037's "EdDSA" does. RFC 9864 has
 * no JWS examples, so its vector is RFC 8037 §A.4 re-headed: the same key (§A.1, §A.2) and
 * payload under {"alg":"Ed25519"}. Ed25519 signatures are deterministic, so the token is fixed.
 */

// RFC 8037 §A.1 (private) and §A.2 (public).
const PRIVATE_JWK = { kty: 'OKP', crv: 'Ed25519', d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
const PUBLIC_JWK = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
const RFC8037_A4 =
  'eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg';
const RE_HEADED =
  'eyJhbGciOiJFZDI1NTE5In0.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.UxhIYLHGg39NVCLpQAVD_UcfOmnGSCzLFZoXYkLiIbFccmOb_qObsgjzLKsfJw-4NlccUgvYrEHrRbNV0HcZAQ';
const PAYLOAD = new TextEncoder().encode('Example of Ed25519 signing');

async function signed(alg: 'EdDSA' | 'Ed25519'): Promise<string> {
  return new CompactSign(PAYLOAD).setProtectedHeader({ alg }).sign(await importJWK(PRIVATE_JWK, alg));
}

describe('Ed25519 (RFC 9864) beside EdDSA (RFC 8037)', () => {
  it('signing with the RFC 8037 key reproduces §A.4 under "EdDSA" and the re-headed vector under "Ed25519"', async () => {
    expect(await signed('EdDSA')).toBe(RFC8037_A4);
    expect(await signed('Ed25519')).toBe(RE_HEADED);
  });

  it.each([
    ['the RFC 8037 §A.2 JWK', JSON.stringify(PUBLIC_JWK)],
    ['its SPKI PEM', createPublicKey({ key: PUBLIC_JWK, format: 'jwk' }).export({ type: 'spki', format: 'pem' }) as string],
    ['a JWK Set holding it', jwks(PUBLIC_JWK)],
  ])('both verify with %s', async (_form, key) => {
    for (const token of [RFC8037_A4, RE_HEADED]) {
      expect(await verifyToken({ token, key: parseKey(key, 'utf8') })).toMatchObject({ status: 'verified', code: 'verified' });
    }
  });

  it('a changed payload does not verify under either name', async () => {
    const key = parseKey(JSON.stringify(PUBLIC_JWK), 'utf8');
    for (const token of [RFC8037_A4, RE_HEADED]) expect(await verifyToken({ token: tamper(token), key })).toMatchObject({ status: 'invalid', code: 'signature-mismatch' });
  });

  it('a key declared "alg": "Ed25519" verifies the fully specified token', async () => {
    const key = parseKey(JSON.stringify({ ...PUBLIC_JWK, alg: 'Ed25519' }), 'utf8');
    expect(await verifyToken({ token: RE_HEADED, key })).toMatchObject({ status: 'verified' });
  });
});

describe('Ed448', () => {
  it('is refused as unsupported, saying plainly why: jose has no Ed448 and neither has browsers’ Web Crypto', async () => {
    const token = `${encodeBase64urlText('{"alg":"Ed448"}')}.${encodeBase64urlText('{}')}.${'A'.repeat(152)}`;
    const result = await verifyToken({ token, key: parseKey(JSON.stringify(PUBLIC_JWK), 'utf8') });
    expect(result).toMatchObject({ status: 'error', code: 'unsupported-alg' });
    expect(result.message).toMatch(/"Ed448" \(RFC 9864 §2\.2\) cannot be checked here: jose.*Ed25519 only.*Web Crypto does not offer Ed448/);
  });

  it('an Ed448 key is refused with the same reason, as a JWK and as a PEM', () => {
    const jwk = parseKey(JSON.stringify({ kty: 'OKP', crv: 'Ed448', x: 'A'.repeat(76) }), 'utf8');
    expect(jwk).toMatchObject({ kind: 'invalid', error: { code: 'unsupported-crv', message: expect.stringMatching(/Ed448 key, which cannot verify here: jose/) } });
    // RFC 8410 §4: id-Ed448 (1.3.101.113) around a 57-byte public key.
    const spki = Buffer.concat([Buffer.from('3043300506032b6571033a00', 'hex'), Buffer.alloc(57, 1)]).toString('base64');
    const pem = parseKey(`-----BEGIN PUBLIC KEY-----\n${spki}\n-----END PUBLIC KEY-----\n`, 'utf8');
    expect(pem).toMatchObject({ kind: 'invalid', error: { code: 'unsupported-crv', message: expect.stringMatching(/Ed448 keys cannot verify here: jose/) } });
  });
});
