import { compactDecrypt, decodeProtectedHeader, exportJWK, exportSPKI, generateKeyPair, jwtVerify, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeBase64url } from '../core/base64url';
import { hex } from '../verify/test-helpers';
import type { SecretEncoding } from '../verify/types';
import { encryptNested, encryptToken } from './encrypt';
import { KEY_MANAGEMENT } from './encryption-algorithms';
import { readEncryptionKey } from './encryption-key';
import { CONTENT_ENCRYPTION_ALGORITHMS, KEY_MANAGEMENT_ALGORITHMS, type ContentEncryption, type KeyManagementAlgorithm } from './encryption-names';
import type { RecipientKey } from './encryption-types';
import { readSigningKey } from './signing-key';

const PAYLOAD = { sub: 'alice', iat: 1700000000, name: 'Alice Ærø' };
const CURVES = ['P-256', 'P-384', 'P-521', 'X25519'] as const;
const PASSWORD = 'correct horse battery staple';

interface Recipient {
  text: string;
  encoding: SecretEncoding;
  /** What jose's compactDecrypt opens it with. */
  decryptWith: JWK | Uint8Array;
}

let rsa: { spki: string; privateJwk: JWK };
const ecdh = new Map<string, { publicJwk: JWK; privateJwk: JWK }>();

beforeAll(async () => {
  const pair = await generateKeyPair('RSA-OAEP-256', { extractable: true, modulusLength: 2048 });
  rsa = { spki: await exportSPKI(pair.publicKey), privateJwk: await exportJWK(pair.privateKey) };
  for (const crv of CURVES) {
    const made = await generateKeyPair('ECDH-ES', { crv, extractable: true });
    ecdh.set(crv, { publicJwk: await exportJWK(made.publicKey), privateJwk: await exportJWK(made.privateKey) });
  }
}, 60_000);

function random(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** A recipient key as a user would paste it, for each family, in a different form each time. */
function recipientsFor(alg: KeyManagementAlgorithm, enc: ContentEncryption): [string, Recipient][] {
  const info = KEY_MANAGEMENT[alg];
  switch (info.family) {
    case 'rsa':
      return [['SPKI PEM', { text: rsa.spki, encoding: 'utf8', decryptWith: rsa.privateJwk }]];
    case 'ecdh':
      return CURVES.map((crv) => {
        const { publicJwk, privateJwk } = ecdh.get(crv)!;
        return [`${crv} JWK`, { text: JSON.stringify(publicJwk), encoding: 'utf8', decryptWith: privateJwk }];
      });
    case 'pbes2':
      return [['password', { text: PASSWORD, encoding: 'utf8', decryptWith: new TextEncoder().encode(PASSWORD) }]];
    case 'dir': {
      const bytes = random(enc.endsWith('GCM') ? Number(enc.slice(1, 4)) / 8 : Number(enc.slice(-3)) / 8);
      return [['hex key', { text: hex(bytes), encoding: 'hex', decryptWith: bytes }]];
    }
    default: {
      const bytes = random(info.keyBytes!);
      return [['base64url key', { text: encodeBase64url(bytes), encoding: 'base64url', decryptWith: bytes }]];
    }
  }
}

function readOk(text: string, encoding: SecretEncoding, alg: KeyManagementAlgorithm, enc: ContentEncryption): RecipientKey {
  const read = readEncryptionKey(text, encoding, alg, enc);
  if (read.ok !== true) throw new Error(`key not read: ${JSON.stringify(read)}`);
  return read.key;
}

async function encryptOk(alg: KeyManagementAlgorithm, enc: ContentEncryption, key: RecipientKey, header = {}): Promise<string> {
  const result = await encryptToken({ mode: 'jwe', header, alg, enc, key, plaintext: JSON.stringify(PAYLOAD) });
  if (!result.ok) throw new Error(`not encrypted: ${result.error.code} ${result.error.message}`);
  return result.token;
}

describe.each(KEY_MANAGEMENT_ALGORITHMS)('%s', (alg) => {
  it.each(CONTENT_ENCRYPTION_ALGORITHMS)('with %s: jose decrypts it to the payload, under the chosen alg and enc', async (enc) => {
    for (const [, recipient] of recipientsFor(alg, enc)) {
      const token = await encryptOk(alg, enc, readOk(recipient.text, recipient.encoding, alg, enc));
      expect(token.split('.')).toHaveLength(5);
      const opened = await compactDecrypt(token, recipient.decryptWith, { keyManagementAlgorithms: [alg], contentEncryptionAlgorithms: [enc] });
      expect(JSON.parse(new TextDecoder().decode(opened.plaintext))).toEqual(PAYLOAD);
      expect(opened.protectedHeader).toMatchObject({ alg, enc });
      expect(opened.protectedHeader.cty).toBeUndefined();
    }
  });
});

describe('the header', () => {
  it('keeps what was typed, and names the key a JWK with a kid is (RFC 7516 §4.1.6)', async () => {
    const { publicJwk, privateJwk } = ecdh.get('P-256')!;
    const key = readOk(JSON.stringify({ ...publicJwk, kid: 'recipient-1', use: 'enc' }), 'utf8', 'ECDH-ES+A256KW', 'A256GCM');
    const token = await encryptOk('ECDH-ES+A256KW', 'A256GCM', key, { typ: 'JWT' });
    const header = decodeProtectedHeader(token);
    expect(header).toMatchObject({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM', typ: 'JWT', kid: 'recipient-1' });
    expect((await compactDecrypt(token, privateJwk)).protectedHeader.kid).toBe('recipient-1');
  });

  it('uses the header’s own alg and enc over the chosen ones', async () => {
    const bytes = random(32);
    const key = readOk(encodeBase64url(bytes), 'base64url', 'A256KW', 'A128GCM');
    const token = await encryptOk('A128KW', 'A256GCM', key, { alg: 'A256KW', enc: 'A128GCM' });
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'A256KW', enc: 'A128GCM' });
    await expect(compactDecrypt(token, bytes)).resolves.toBeTruthy();
  });

  it('PBES2 counts 10,000 iterations unless the header asks for another count', async () => {
    const key = readOk(PASSWORD, 'utf8', 'PBES2-HS256+A128KW', 'A128GCM');
    expect(decodeProtectedHeader(await encryptOk('PBES2-HS256+A128KW', 'A128GCM', key)).p2c).toBe(10_000);
    const token = await encryptOk('PBES2-HS256+A128KW', 'A128GCM', key, { p2c: 20_000 });
    expect(decodeProtectedHeader(token).p2c).toBe(20_000);
    const opened = await compactDecrypt(token, new TextEncoder().encode(PASSWORD), { keyManagementAlgorithms: ['PBES2-HS256+A128KW'], maxPBES2Count: 20_000 });
    expect(opened.protectedHeader.p2c).toBe(20_000);
  });

  it('a critical extension jose does not know is a header-invalid error', async () => {
    const key = readOk(encodeBase64url(random(16)), 'base64url', 'A128KW', 'A128GCM');
    const result = await encryptToken({ mode: 'jwe', header: { crit: ['exp-ext'], 'exp-ext': 1 }, alg: 'A128KW', enc: 'A128GCM', key, plaintext: '{}' });
    expect(result).toMatchObject({ ok: false, error: { code: 'header-invalid' } });
  });
});

describe('nested (RFC 7519 §5.2)', () => {
  it('encrypts the signed token with cty JWT; the plaintext is a JWS that verifies', async () => {
    const secret = 'a-long-enough-secret-for-hs256-signing-0123456789';
    const signingKey = readSigningKey(secret, 'utf8');
    if (signingKey.ok !== true) throw new Error('secret not read');
    const key = readOk(rsa.spki, 'utf8', 'RSA-OAEP-256', 'A256GCM');
    const result = await encryptNested({ jwsHeader: { alg: 'HS256', typ: 'JWT' }, payload: PAYLOAD, signingKey: signingKey.key, header: {}, alg: 'RSA-OAEP-256', enc: 'A256GCM', key });
    if (!result.ok) throw new Error(result.error.message);
    const opened = await compactDecrypt(result.token, rsa.privateJwk);
    expect(opened.protectedHeader).toEqual({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' });
    const jws = new TextDecoder().decode(opened.plaintext);
    const verified = await jwtVerify(jws, new TextEncoder().encode(secret), { algorithms: ['HS256'] });
    expect(verified.payload).toEqual(PAYLOAD);
    expect(verified.protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' });
  });

  it('a signing error stops it before anything is encrypted', async () => {
    const key = readOk(rsa.spki, 'utf8', 'RSA-OAEP', 'A128GCM');
    const result = await encryptNested({ jwsHeader: { alg: 'HS256' }, payload: PAYLOAD, signingKey: null, header: {}, alg: 'RSA-OAEP', enc: 'A128GCM', key });
    expect(result).toMatchObject({ ok: false, error: { code: 'key-missing' } });
  });
});
