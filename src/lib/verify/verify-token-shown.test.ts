import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import vectors from '../jwt/fixtures/published-jws.json';
import { parseKey } from './parse-key';
import { jwks, rawToken, sign } from './test-helpers';
import { verifyToken } from './verify';

/** The verdict is on exactly the token shown: stray characters, whitespace and empty payloads. */

const vector = (id: string) => vectors.find((v) => v.id === id)!;
const secret = parseKey('a-shared-secret-of-thirty-two-bytes!!', 'utf8');
const hsKey = new TextEncoder().encode('a-shared-secret-of-thirty-two-bytes!!');

describe('stray characters after a token', () => {
  it("is never verified, and says the rest would verify without the trailing '.'", async () => {
    const token = await sign({ sub: 'x' }, { alg: 'HS256' }, hsKey);
    const result = await verifyToken({ token: `${token}.`, key: secret });
    expect(result).toMatchObject({ status: 'invalid', code: 'malformed-token' });
    expect(result.message).toContain(`'.' at offset ${token.length}`);
    expect(result.message).toContain("Without the trailing '.', the rest would verify.");
  });

  it('says the rest would not verify either when the key is wrong', async () => {
    const token = await sign({ sub: 'x' }, { alg: 'HS256' }, hsKey);
    const result = await verifyToken({ token: `${token}?`, key: parseKey('another-secret-of-thirty-two-bytes!!!', 'utf8') });
    expect(result).toMatchObject({ status: 'invalid', code: 'malformed-token' });
    expect(result.message).toMatch(/'\?' at offset \d+.*would not verify either/);
  });

  it('is invalid without a key too', async () => {
    const token = await sign({ sub: 'x' }, { alg: 'HS256' }, hsKey);
    expect(await verifyToken({ token: `${token}#frag`, key: { kind: 'empty' } })).toMatchObject({ status: 'invalid', code: 'malformed-token' });
  });
});

describe('whitespace inside a token', () => {
  it('is refused: a signature over text with a line break in it is over other text than the token', async () => {
    // The MAC is computed over the text as it stands, line break included: a verifier that
    // decodes leniently would call it verified.
    const header = btoa(JSON.stringify({ alg: 'HS256' })).replace(/=+$/, '');
    const payload = `${btoa(JSON.stringify({ sub: 'x' })).replace(/=+$/, '').slice(0, 6)}\n${btoa(JSON.stringify({ sub: 'x' })).replace(/=+$/, '').slice(6)}`;
    const mac = await crypto.subtle.sign('HMAC', await crypto.subtle.importKey('raw', hsKey, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']), new TextEncoder().encode(`${header}.${payload}`));
    const signature = btoa(String.fromCharCode(...new Uint8Array(mac))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    const result = await verifyToken({ token: `${header}.${payload}.${signature}`, key: secret });
    expect(result).toMatchObject({ status: 'error', code: 'token-whitespace' });
    expect(result.message).toMatch(/a line break at offset \d+/);
  });

  it('is allowed in an unencoded payload (RFC 7797)', async () => {
    const v = vector('cookbook-rfc7797-b64-false-crit');
    expect(await verifyToken({ token: v.token, key: parseKey(v.key!, 'utf8') })).toMatchObject({ status: 'verified' });
  });
});

describe('an empty payload', () => {
  it('verifies as a JWS whose payload is empty, and says JWT libraries refuse it', async () => {
    const { CompactSign } = await import('jose');
    const token = await new CompactSign(new Uint8Array(0)).setProtectedHeader({ alg: 'HS256' }).sign(hsKey);
    expect(token.split('.')[1]).toBe('');
    const result = await verifyToken({ token, key: secret });
    expect(result).toMatchObject({ status: 'verified', payload: 'empty' });
    expect(result.note).toMatch(/JWT libraries refuse/);
  });

  it('RFC 7520 §4.5: verifies over its detached content, base64url-encoded as Appendix F of RFC 7515 says', async () => {
    const detached = vector('rfc7520-4.5-detached-content');
    const content = vector('rfc7520-4.4-hs256-jwk').expect.payload as string;
    const key = parseKey(detached.key!, 'utf8');
    expect(await verifyToken({ token: detached.token, key })).toMatchObject({ status: 'invalid', code: 'detached-payload' });
    const result = await verifyToken({ token: detached.token, key, detachedPayload: content });
    expect(result).toMatchObject({ status: 'verified', payload: 'detached' });
    expect(result.note).toMatch(/detached content you pasted/);
    expect(await verifyToken({ token: detached.token, key, detachedPayload: `${content} ` })).toMatchObject({ status: 'invalid', code: 'signature-mismatch', payload: 'detached' });
  });

  it('RFC 7797: with "b64": false the detached content is verified as it is', async () => {
    const v = vector('cookbook-rfc7797-b64-false-crit');
    const [header, content, signature] = v.token.split('.');
    const key = parseKey(v.key!, 'utf8');
    const token = `${header}..${signature}`;
    expect(await verifyToken({ token, key, detachedPayload: content! })).toMatchObject({ status: 'verified', payload: 'detached' });
    expect(await verifyToken({ token, key })).toMatchObject({ status: 'invalid', code: 'detached-payload' });
  });

  it('a token with no signature at all is still refused', async () => {
    expect(await verifyToken({ token: rawToken({ alg: 'HS256' }, '', ''), key: secret })).toMatchObject({ status: 'error', code: 'token-malformed' });
  });
});

describe('ambiguous JWK Sets', () => {
  let ec: { jwk: JWK; privateKey: CryptoKey }[];
  const oct: JWK = { kty: 'oct', kid: 'hmac', k: 'YS1zaGFyZWQtc2VjcmV0LW9mLXRoaXJ0eS10d28tYnl0ZXMhIQ' };

  beforeAll(async () => {
    ec = await Promise.all(
      [0, 1].map(async () => {
        const pair = await generateKeyPair('ES256', { extractable: true });
        return { jwk: await exportJWK(pair.publicKey), privateKey: pair.privateKey };
      }),
    );
  });

  it('refuses a set mixing HMAC secrets and public keys, naming both, and offers each key that fits', async () => {
    const token = await sign({ sub: 'x' }, { alg: 'ES256' }, ec[0]!.privateKey);
    const key = parseKey(jwks({ ...ec[0]!.jwk, kid: 'ec' }, oct), 'utf8');
    const result = await verifyToken({ token, key });
    expect(result).toMatchObject({ status: 'error', code: 'mixed-key-set', ambiguity: { code: 'mixed-key-set', keys: [{ index: 0, kid: 'ec' }] } });
    expect(result.message).toMatch(/HMAC secrets \(key 1\) with public keys \(key 0\)/);
    const chosen = await verifyToken({ token, key, onlyKey: 0 });
    expect(chosen).toMatchObject({ status: 'verified', key: { source: 'jwks', index: 0 }, ambiguity: { code: 'mixed-key-set' } });
    expect(chosen.note).toMatch(/You chose key 0 alone/);
  });

  it("refuses a set with two keys under the token's kid, and the chosen key's verdict stands", async () => {
    const token = await sign({ sub: 'x' }, { alg: 'ES256', kid: 'same' }, ec[1]!.privateKey);
    const key = parseKey(jwks({ ...ec[0]!.jwk, kid: 'same' }, { ...ec[1]!.jwk, kid: 'same' }), 'utf8');
    const result = await verifyToken({ token, key });
    expect(result).toMatchObject({ status: 'error', code: 'duplicate-kid' });
    expect(result.ambiguity?.keys.map((k) => k.index)).toEqual([0, 1]);
    expect(await verifyToken({ token, key, onlyKey: 0 })).toMatchObject({ status: 'invalid', code: 'signature-mismatch', key: { index: 0 } });
    expect(await verifyToken({ token, key, onlyKey: 1 })).toMatchObject({ status: 'verified', key: { index: 1 } });
  });

  it('lets keys of different types share a kid (RFC 7517 §4.5)', async () => {
    const v = vector('rfc7520-4.1-rs256-jwks-shared-kid');
    expect(await verifyToken({ token: v.token, key: parseKey(v.key!, 'utf8') })).toMatchObject({ status: 'verified' });
  });

  it('does not count a key marked for encryption', async () => {
    const token = await sign({ sub: 'x' }, { alg: 'ES256', kid: 'same' }, ec[1]!.privateKey);
    const key = parseKey(jwks({ ...ec[0]!.jwk, kid: 'same', use: 'enc' }, { ...ec[1]!.jwk, kid: 'same' }), 'utf8');
    expect(await verifyToken({ token, key })).toMatchObject({ status: 'verified', key: { index: 1 } });
  });
});
