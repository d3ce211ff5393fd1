import { generateKeyPairSync, createSign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeBase64url, encodeBase64urlText } from '../core/base64url';
import { KEY_TYPE_MEMBERS } from './jwk-members';
import { parseKey } from './parse-key';
import { jwks } from './test-helpers';
import type { ParsedKey } from './types';
import { verifyToken } from './verify';

/** RFC 7517 §4.1, RFC 7518 §6, RFC 8037 §2: a JWK's members must be those of its kty. */

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ed = generateKeyPairSync('ed25519');
const rsaJwk = rsa.publicKey.export({ format: 'jwk' });
const ecJwk = ec.publicKey.export({ format: 'jwk' });
const edJwk = ed.publicKey.export({ format: 'jwk' });
const octJwk = { kty: 'oct', k: encodeBase64url(new Uint8Array(32).fill(7)) };

function error(parsed: ParsedKey): { code: string; message: string } {
  if (parsed.kind !== 'invalid') throw new Error(`expected an invalid key, got ${parsed.kind}`);
  return parsed.error;
}

const read = (jwk: object) => parseKey(JSON.stringify(jwk), 'utf8');

describe('members that contradict kty', () => {
  it.each([
    ['RSA', rsaJwk, { crv: 'P-256', x: ecJwk.x, y: ecJwk.y }, ['"crv"', '"x"', '"y"']],
    ['RSA', rsaJwk, { k: octJwk.k }, ['"k"']],
    ['EC', ecJwk, { n: rsaJwk.n, e: rsaJwk.e }, ['"n"', '"e"']],
    ['EC', ecJwk, { k: octJwk.k }, ['"k"']],
    ['EC', ecJwk, { qi: 'AQAB' }, ['"qi"']],
    ['OKP', edJwk, { n: rsaJwk.n }, ['"n"']],
    ['OKP', edJwk, { y: ecJwk.y }, ['"y"']],
    ['OKP', edJwk, { k: octJwk.k }, ['"k"']],
    ['oct', octJwk, { n: rsaJwk.n }, ['"n"']],
    ['oct', octJwk, { x: edJwk.x, crv: 'Ed25519' }, ['"crv"', '"x"']],
    ['oct', octJwk, { d: 'AQAB' }, ['"d"']],
  ] as const)('kty %s with %j is refused as jwk-kty-mismatch, naming the members', (kty, jwk, extra, names) => {
    const { code, message } = error(read({ ...jwk, ...extra }));
    expect(code).toBe('jwk-kty-mismatch');
    expect(message).toContain(`kty "${kty}" but also`);
    for (const name of names) expect(message).toContain(name);
    expect(message).toContain('RFC 7517 §4.1');
  });

  it('says which key types the stray members belong to', () => {
    expect(error(read({ ...rsaJwk, x: edJwk.x })).message).toMatch(/"x", which belongs to EC or OKP keys, not RSA ones \(RFC 7517 §4\.1, RFC 7518 §6\.3\)/);
    expect(error(read({ ...edJwk, y: ecJwk.y, k: octJwk.k })).message).toMatch(/"y" and "k", which belong to EC or oct keys, not OKP ones \(RFC 7517 §4\.1, RFC 8037 §2\)/);
  });

  it('leaves whole public and private keys of every type alone, with their common members', () => {
    for (const jwk of [rsaJwk, ecJwk, edJwk, rsa.privateKey.export({ format: 'jwk' }), ec.privateKey.export({ format: 'jwk' }), ed.privateKey.export({ format: 'jwk' })]) {
      expect(read({ ...jwk, kid: 'k', use: 'sig', x5t: 'AAAA' }).kind).toBe('jwk');
    }
    expect(read(octJwk).kind).toBe('jwk');
  });

  it('each key type names its members with a source', () => {
    expect(KEY_TYPE_MEMBERS.map((row) => row.kty).sort()).toEqual(['EC', 'OKP', 'RSA', 'oct']);
    for (const row of KEY_TYPE_MEMBERS) expect(row.sourceUrl).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#section-/);
  });

  it('refuses the verdict with that code, and in a JWK Set makes only that entry unusable', async () => {
    const input = `${encodeBase64urlText('{"alg":"RS256"}')}.${encodeBase64urlText('{"sub":"mixed"}')}`;
    const token = `${input}.${encodeBase64url(createSign('RSA-SHA256').update(input).sign(rsa.privateKey))}`;
    expect(await verifyToken({ token, key: read({ ...rsaJwk, crv: 'P-256' }) })).toMatchObject({ status: 'error', code: 'jwk-kty-mismatch' });
    const set = parseKey(jwks({ ...rsaJwk, kid: 'mixed', x: edJwk.x! }, { ...rsaJwk, kid: 'whole' }), 'utf8');
    expect(set).toMatchObject({ kind: 'jwks', entries: [{ index: 0, ok: false, error: { code: 'jwk-kty-mismatch' } }, { index: 1, ok: true }] });
    const result = await verifyToken({ token, key: set });
    expect(result).toMatchObject({ status: 'verified', key: { index: 1 } });
    expect(result.skipped).toEqual([expect.objectContaining({ index: 0, reason: 'unusable', message: expect.stringContaining('"x"') })]);
  });
});
