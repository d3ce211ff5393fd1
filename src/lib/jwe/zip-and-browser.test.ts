import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeBase64url } from '../core/base64url';
import { decryptJwe } from './decrypt';
import { MAX_INFLATED_BYTES, mapDecryptError } from './decrypt-errors';
import { b64url, encryptCompact, testSecret, withHeader } from './test-keys';

/** "zip": "DEF" (RFC 7516 §4.1.3), and what the browser's Web Crypto refuses. */

const KEY = testSecret(16);
const open = (jwe: string) => decryptJwe({ jwe, keyText: b64url(KEY), encoding: 'base64url' });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** A dir + A128GCM JWE whose content is `content` as given, compressed or not, under `header`. */
async function dirGcm(content: Uint8Array<ArrayBuffer>, header: Record<string, string>): Promise<string> {
  const protectedB64 = encodeBase64url(new TextEncoder().encode(JSON.stringify(header)));
  const iv = testSecret(12, 3);
  const key = await crypto.subtle.importKey('raw', KEY, 'AES-GCM', false, ['encrypt']);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(protectedB64) }, key, content));
  return [protectedB64, '', b64url(iv), b64url(sealed.subarray(0, -16)), b64url(sealed.subarray(-16))].join('.');
}

describe('zip: DEF', () => {
  it('inflates, and gives both sizes', async () => {
    const text = 'compress me '.repeat(200);
    const gcm = await open(await encryptCompact(text, KEY, { alg: 'A128KW', enc: 'A128GCM', zip: 'DEF' }));
    expect(gcm.code).toBe('decrypted');
    expect(gcm.decrypted!.text).toBe(text);
    expect(gcm.decrypted!.inflated).toMatchObject({ to: text.length });
    expect(gcm.decrypted!.inflated!.from).toBeLessThan(100);
    expect(gcm.decrypted!.inflated!.padded).toBeUndefined();
    const cbc = await open(await encryptCompact(text, KEY, { alg: 'A128KW', enc: 'A128CBC-HS256', zip: 'DEF' }));
    expect(cbc.decrypted!.inflated).toMatchObject({ to: text.length, padded: true });
    expect(cbc.decrypted!.inflated!.from % 16).toBe(0);
  });

  it('stops past the inflating limit: zip-too-large', async () => {
    const bomb = await encryptCompact('\0'.repeat(MAX_INFLATED_BYTES + 1), KEY, { alg: 'A128KW', enc: 'A128GCM', zip: 'DEF' });
    expect(bomb.length).toBeLessThan(100_000);
    expect((await open(bomb)).code).toBe('zip-too-large');
  });

  it('reports content that does not inflate: zip-failed', async () => {
    const jwe = await dirGcm(Uint8Array.of(0xff, 0xfe, 0xfd, 0xfc, 0x00), { alg: 'dir', enc: 'A128GCM', zip: 'DEF' });
    expect(await open(jwe)).toMatchObject({ status: 'error', code: 'zip-failed' });
  });

  it('refuses another compression, a zip outside the protected header, and a browser with no DecompressionStream', async () => {
    const token = await encryptCompact('x', KEY, { alg: 'A128KW', enc: 'A128GCM' });
    expect((await open(withHeader(token, { alg: 'A128KW', enc: 'A128GCM', zip: 'GZIP' }))).code).toBe('zip-unsupported');
    const json = JSON.stringify({ protected: encodeBase64url(new TextEncoder().encode('{"enc":"A128GCM"}')), unprotected: { alg: 'A128KW', zip: 'DEF' }, encrypted_key: 'AAAA', iv: b64url(testSecret(12)), ciphertext: 'AAAA', tag: b64url(testSecret(16)) });
    expect((await open(json)).code).toBe('header-invalid');
    const zipped = await encryptCompact('x', KEY, { alg: 'A128KW', enc: 'A128GCM', zip: 'DEF' });
    vi.stubGlobal('DecompressionStream', undefined);
    expect((await open(zipped)).code).toBe('zip-unsupported');
  });
});

describe('what Web Crypto refuses', () => {
  it('reports a browser without 192-bit AES as unsupported-in-browser, not as a wrong key', async () => {
    const key = testSecret(24);
    const jwe = await encryptCompact('hello', key, { alg: 'A192KW', enc: 'A128GCM' });
    const importKey = crypto.subtle.importKey.bind(crypto.subtle);
    // Chromium's words for a 192-bit AES key.
    vi.spyOn(crypto.subtle, 'importKey').mockImplementation(((format: 'raw', data: Uint8Array<ArrayBuffer>, algorithm: AlgorithmIdentifier, extractable: boolean, usages: KeyUsage[]) => {
      if (data.byteLength === 24) return Promise.reject(new DOMException('192-bit AES keys are not supported', 'OperationError'));
      return importKey(format, data, algorithm, extractable, usages);
    }) as typeof crypto.subtle.importKey);
    const result = await decryptJwe({ jwe, keyText: b64url(key), encoding: 'base64url' });
    expect(result).toMatchObject({ status: 'error', code: 'unsupported-in-browser' });
  });

  it('maps WebCrypto and jose errors to codes', () => {
    expect(mapDecryptError(new DOMException('no', 'NotSupportedError')).code).toBe('unsupported-in-browser');
    expect(mapDecryptError(new DOMException('192-bit AES keys are not supported', 'OperationError')).code).toBe('unsupported-in-browser');
    expect(mapDecryptError(new DOMException('bad key', 'DataError')).code).toBe('key-invalid');
    expect(mapDecryptError(new TypeError('RSA-OAEP requires key modulusLength to be 2048 bits or larger')).code).toBe('wrong-key-size');
    expect(mapDecryptError(Object.assign(new Error('decryption operation failed'), { code: 'ERR_JWE_DECRYPTION_FAILED' })).code).toBe('decryption-failed');
    expect(mapDecryptError(Object.assign(new Error('x'), { code: 'ERR_JOSE_NOT_SUPPORTED' })).code).toBe('unsupported-in-browser');
    expect(mapDecryptError('???').code).toBe('unknown-error');
  });
});
