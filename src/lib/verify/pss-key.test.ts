import { constants, generateKeyPairSync, sign as nodeSign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeBase64urlText } from '../core/base64url';
import { readDerWhole, readOid, sequenceOf } from './der';
import { derOid, derSequence, derTlv, derToPem, OID } from './der-write';
import { parseKey } from './parse-key';
import { base64ToBytes } from './pem';
import { verifyToken } from './verify';
import type { ParsedKey } from './types';

/** A PS* token signed by Node with an RSASSA-PSS key (RFC 7518 §3.5: MGF1 over the same hash, salt as long as the hash). */
function psToken(alg: 'PS256' | 'PS384' | 'PS512', privateKey: Parameters<typeof nodeSign>[2] & object): string {
  const input = `${encodeBase64urlText(JSON.stringify({ alg }))}.${encodeBase64urlText(JSON.stringify({ sub: 'pss' }))}`;
  const bits = Number(alg.slice(2));
  const signature = nodeSign(`sha${bits}`, Buffer.from(input), { key: privateKey as never, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: bits / 8 });
  return `${input}.${signature.toString('base64url')}`;
}

function algorithmOid(parsed: ParsedKey): string {
  if (parsed.kind !== 'pem') throw new Error(`expected a PEM key, got ${parsed.kind}`);
  const der = base64ToBytes(parsed.pem.replace(/-----[A-Z ]+-----|\s/g, ''));
  const [algorithm] = sequenceOf(readDerWhole(der), 2, 'SubjectPublicKeyInfo');
  return readOid(sequenceOf(algorithm!, 1, 'AlgorithmIdentifier')[0]!);
}

describe('RSASSA-PSS keys (id-RSASSA-PSS, RFC 4055 §3.1)', () => {
  const pinned = generateKeyPairSync('rsa-pss', { modulusLength: 2048, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256' });
  const pinnedPem = pinned.publicKey.export({ type: 'spki', format: 'pem' }) as string;
  const open = generateKeyPairSync('rsa-pss', { modulusLength: 2048 });
  const openPem = open.publicKey.export({ type: 'spki', format: 'pem' }) as string;

  it('are rewrapped as rsaEncryption, which every browser imports, and keep their restriction in the allow-list', () => {
    const parsed = parseKey(pinnedPem, 'utf8');
    expect(parsed).toMatchObject({ kind: 'pem', shape: { kty: 'RSA', bits: 2048, pssOnly: true, pssHash: 'SHA-256' } });
    expect(algorithmOid(parsed)).toBe(OID.rsaEncryption);
    expect(parsed).toMatchObject({ description: expect.stringContaining('RSASSA-PSS only, SHA-256') });
  });

  it('verify PS256 with a key pinned to SHA-256, and refuse PS384 and RS256 with it', async () => {
    const key = parseKey(pinnedPem, 'utf8');
    expect(await verifyToken({ token: psToken('PS256', pinned.privateKey), key })).toMatchObject({ status: 'verified', code: 'verified' });
    const other = generateKeyPairSync('rsa-pss', { modulusLength: 2048, hashAlgorithm: 'sha384', mgf1HashAlgorithm: 'sha384' });
    expect(await verifyToken({ token: psToken('PS384', other.privateKey), key })).toMatchObject({
      status: 'error',
      code: 'alg-not-allowed-for-key',
      message: expect.stringMatching(/verifies PS256\./),
    });
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const input = `${encodeBase64urlText('{"alg":"RS256"}')}.${encodeBase64urlText('{}')}`;
    const rs256 = `${input}.${nodeSign('sha256', Buffer.from(input), rsa.privateKey).toString('base64url')}`;
    expect(await verifyToken({ token: rs256, key })).toMatchObject({ code: 'alg-not-allowed-for-key' });
  });

  it('allow PS256, PS384 and PS512 when their parameters pin nothing, but never RS*', async () => {
    const key = parseKey(openPem, 'utf8');
    expect(key).toMatchObject({ shape: { pssOnly: true } });
    expect(key).not.toHaveProperty('shape.pssHash');
    expect(await verifyToken({ token: psToken('PS512', open.privateKey), key })).toMatchObject({ status: 'verified' });
    expect(await verifyToken({ token: psToken('PS256', open.privateKey), key })).toMatchObject({ status: 'verified' });
  });

  it('read a PSS private key (PKCS#8) the same way', async () => {
    const key = parseKey(pinned.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, 'utf8');
    expect(key).toMatchObject({ kind: 'pem', importAs: 'pkcs8', privateKeyPasted: true, shape: { pssHash: 'SHA-256' } });
    expect(await verifyToken({ token: psToken('PS256', pinned.privateKey), key })).toMatchObject({ status: 'verified' });
  });

  it('name parameters no JWS algorithm can use: SHA-1 by default, or MGF1 over another hash', () => {
    const der = base64ToBytes(openPem.replace(/-----[A-Z ]+-----|\s/g, ''));
    const [, publicKey] = sequenceOf(readDerWhole(der), 2, 'SubjectPublicKeyInfo');
    const bitString = der.subarray(publicKey!.start, publicKey!.end);
    const withParams = (params: Uint8Array) => derToPem(derSequence(derSequence(derOid(OID.rsassaPss), params), bitString), 'PUBLIC KEY');
    const hashId = (oid: string) => derSequence(derOid(oid));
    const sha1Default = parseKey(withParams(derSequence()), 'utf8');
    expect(sha1Default).toMatchObject({ kind: 'invalid', error: { code: 'pss-params-unsupported', message: expect.stringMatching(/restricted to SHA-1.*default/) } });
    const mixed = derSequence(derTlv(0xa0, hashId('2.16.840.1.101.3.4.2.1')), derTlv(0xa1, derSequence(derOid('1.2.840.113549.1.1.8'), hashId('1.3.14.3.2.26'))));
    expect(parseKey(withParams(mixed), 'utf8')).toMatchObject({ kind: 'invalid', error: { code: 'pss-params-unsupported', message: expect.stringMatching(/SHA-256 with MGF1 over SHA-1/) } });
  });
});
