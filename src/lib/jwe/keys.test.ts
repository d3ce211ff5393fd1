import { generateKeyPairSync } from 'node:crypto';
import { importSPKI } from 'jose';
import { describe, expect, it } from 'vitest';
import { decryptJwe } from './decrypt';
import { b64url, encryptCompact, publicKeyFor, testKeyPair, testSecret, withPart } from './test-keys';

/** The keys decrypting takes, what each is read as, and why a key that does not fit is refused. */

const open = (jwe: string, keyText: string, encoding: 'utf8' | 'base64url' | 'hex' = 'utf8') => decryptJwe({ jwe, keyText, encoding });

async function rsaToken(alg = 'RSA-OAEP-256') {
  const pair = await testKeyPair('RSA');
  return { pair, jwe: await encryptCompact('for the RSA key', await publicKeyFor(pair, alg), { alg, enc: 'A256GCM' }) };
}

describe('private keys in their containers', () => {
  it('reads PKCS#1 "RSA PRIVATE KEY" and SEC1 "EC PRIVATE KEY" PEMs', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs1', format: 'pem' } });
    const rsaJwe = await encryptCompact('PKCS#1', await importSPKI(rsa.publicKey, 'RSA-OAEP'), { alg: 'RSA-OAEP', enc: 'A128GCM' });
    const fromPkcs1 = await open(rsaJwe, rsa.privateKey);
    expect(fromPkcs1).toMatchObject({ code: 'decrypted', keyDescription: 'RSA 2048-bit private key (PKCS#1 "BEGIN RSA PRIVATE KEY")' });

    const ec = generateKeyPairSync('ec', { namedCurve: 'P-384', publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'sec1', format: 'pem' } });
    const ecJwe = await encryptCompact('SEC1', await importSPKI(ec.publicKey, 'ECDH-ES+A256KW'), { alg: 'ECDH-ES+A256KW', enc: 'A256GCM' });
    expect(await open(ecJwe, ec.privateKey)).toMatchObject({ code: 'decrypted', keyDescription: 'EC P-384 private key (SEC1 "BEGIN EC PRIVATE KEY")' });
  });

  it('reads an X25519 PKCS#8 PEM and private JWKs of every type', async () => {
    const x = await testKeyPair('X25519');
    const xJwe = await encryptCompact('X25519', x.publicKey, { alg: 'ECDH-ES', enc: 'A128GCM' });
    expect(await open(xJwe, x.pkcs8)).toMatchObject({ code: 'decrypted', keyDescription: 'X25519 private key (PKCS#8)' });
    expect(await open(xJwe, JSON.stringify({ ...x.jwk, kid: 'x' }))).toMatchObject({ code: 'decrypted', keyDescription: 'X25519 private key (JWK, kid "x")' });
    const { pair, jwe } = await rsaToken();
    expect(await open(jwe, JSON.stringify({ ...pair.jwk, use: 'enc', alg: 'RSA-OAEP-256', key_ops: ['decrypt'] }))).toMatchObject({ code: 'decrypted', keyDescription: 'RSA 2048-bit private key (JWK)' });
    const ec = await testKeyPair('P-521');
    const ecJwe = await encryptCompact('P-521', ec.publicKey, { alg: 'ECDH-ES+A128KW', enc: 'A128CBC-HS256' });
    expect(await open(ecJwe, JSON.stringify(ec.jwk))).toMatchObject({ code: 'decrypted', keyDescription: 'EC P-521 private key (JWK)' });
    const secret = testSecret(32);
    const octJwe = await encryptCompact('oct', secret, { alg: 'A256GCMKW', enc: 'A256GCM' });
    expect(await open(octJwe, JSON.stringify({ kty: 'oct', k: b64url(secret) }))).toMatchObject({ code: 'decrypted', keyDescription: 'secret of 32 bytes (JWK)' });
  });

  it('reads a symmetric key in the chosen encoding, and a password as typed', async () => {
    const secret = testSecret(16);
    const jwe = await encryptCompact('hex', secret, { alg: 'A128KW', enc: 'A128GCM' });
    expect(await open(jwe, Buffer.from(secret).toString('hex'), 'hex')).toMatchObject({ code: 'decrypted', keyDescription: 'secret, 16 bytes (hex)' });
    const pbes2 = await encryptCompact('pw', new TextEncoder().encode('a passphrase of some length'), { alg: 'PBES2-HS512+A256KW', enc: 'A256GCM' }, { p2c: 1000 });
    expect(await open(pbes2, 'a passphrase of some length')).toMatchObject({ code: 'decrypted', keyDescription: 'password, 27 characters (UTF-8 text)' });
  });
});

describe('keys that cannot open the token', () => {
  it('says a public key or certificate cannot decrypt: public-key', async () => {
    const { pair, jwe } = await rsaToken();
    const spki = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } }).publicKey;
    for (const keyText of [spki, JSON.stringify(pair.publicJwk)]) {
      const result = await open(jwe, keyText);
      expect(result).toMatchObject({ status: 'error', code: 'public-key' });
      expect(result.message).toMatch(/private key/);
      expect(result.message).toMatch(/sender encrypts to/);
    }
  });

  it('names a key of the wrong type for the alg: wrong-key-type', async () => {
    const { pair, jwe } = await rsaToken();
    const ec = await testKeyPair('P-256');
    expect((await open(jwe, ec.pkcs8)).code).toBe('wrong-key-type');
    expect((await open(jwe, b64url(testSecret(16)), 'base64url')).code).toBe('wrong-key-type');
    const kw = await encryptCompact('x', testSecret(16), { alg: 'A128KW', enc: 'A128GCM' });
    expect((await open(kw, pair.pkcs8)).code).toBe('wrong-key-type');
    const ed = generateKeyPairSync('ed25519', { publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    expect((await open(jwe, ed.privateKey)).code).toBe('wrong-key-type');
  });

  it('names the size a symmetric key needs: wrong-key-size', async () => {
    const kw = await encryptCompact('x', testSecret(16), { alg: 'A128KW', enc: 'A128GCM' });
    const short = await open(kw, b64url(testSecret(20)), 'base64url');
    expect(short.code).toBe('wrong-key-size');
    expect(short.message).toMatch(/16 bytes \(128 bits\)/);
    const dir = await encryptCompact('x', testSecret(32), { alg: 'dir', enc: 'A128CBC-HS256' });
    const dirShort = await open(dir, b64url(testSecret(16)), 'base64url');
    expect(dirShort.code).toBe('wrong-key-size');
    expect(dirShort.message).toMatch(/A128CBC-HS256" needs 32 bytes/);
  });

  it('refuses an RSA key under 2048 bits', async () => {
    const { jwe } = await rsaToken();
    // jose makes no key this small, Node does.
    const small = generateKeyPairSync('rsa', { modulusLength: 1024, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    expect((await open(jwe, small.privateKey)).code).toBe('wrong-key-size');
  });

  it('names a curve other than the epk’s: wrong-curve', async () => {
    const p384 = await testKeyPair('P-384');
    const jwe = await encryptCompact('x', p384.publicKey, { alg: 'ECDH-ES', enc: 'A128GCM' });
    expect((await open(jwe, (await testKeyPair('P-256')).pkcs8)).code).toBe('wrong-curve');
    expect((await open(jwe, (await testKeyPair('X25519')).pkcs8)).code).toBe('wrong-curve');
  });

  it('refuses a JWK meant for signatures: key-use-sig', async () => {
    const { pair, jwe } = await rsaToken();
    expect((await open(jwe, JSON.stringify({ ...pair.jwk, use: 'sig' }))).code).toBe('key-use-sig');
    expect((await open(jwe, JSON.stringify({ ...pair.jwk, key_ops: ['sign'] }))).code).toBe('key-use-sig');
    expect((await open(jwe, JSON.stringify({ ...pair.jwk, alg: 'RSA-OAEP-512' }))).code).toBe('wrong-key-type');
  });

  it('says a key that could not be read, and why', async () => {
    const { pair, jwe } = await rsaToken();
    expect((await open(jwe, '{"kty": "RSA",')).code).toBe('invalid-json');
    expect((await open(jwe, JSON.stringify({ ...pair.jwk, dp: undefined }))).code).toBe('jwk-missing-member');
    expect((await open(jwe, '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----')).code).toBe('pem-encrypted');
    expect((await open(jwe, JSON.stringify({ kty: 'OKP', crv: 'X448', x: 'AAAA' }))).code).toBe('unsupported-crv');
  });

  it('returns idle for no key', async () => {
    const { jwe } = await rsaToken();
    expect(await open(jwe, '  ')).toMatchObject({ status: 'idle', code: 'no-key', skipped: [], findings: [] });
  });
});

describe('a usable key that does not open it: failed', () => {
  it('is decryption-failed for another key, password or altered ciphertext', async () => {
    const { jwe } = await rsaToken();
    const other = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    expect(await open(jwe, other.privateKey)).toMatchObject({ status: 'failed', code: 'decryption-failed' });

    const otherEc = generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    const ecJwe = await encryptCompact('x', (await testKeyPair('P-256')).publicKey, { alg: 'ECDH-ES+A128KW', enc: 'A128GCM' });
    expect((await open(ecJwe, otherEc.privateKey)).code).toBe('decryption-failed');

    const secret = testSecret(16);
    const kw = await encryptCompact('x', secret, { alg: 'A128KW', enc: 'A128GCM' });
    expect((await open(kw, b64url(testSecret(16, 99)), 'base64url')).status).toBe('failed');
    const altered = withPart(kw, 3, b64url(Uint8Array.of(1)));
    expect((await open(altered, b64url(secret), 'base64url')).code).toBe('decryption-failed');
    const dir = await encryptCompact('x', secret, { alg: 'dir', enc: 'A128GCM' });
    expect((await open(dir, b64url(testSecret(16, 1)), 'base64url')).code).toBe('decryption-failed');
    const pbes2 = await encryptCompact('x', new TextEncoder().encode('the right password here'), { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' }, { p2c: 1000 });
    expect((await open(pbes2, 'the wrong password here')).code).toBe('decryption-failed');
  });
});
