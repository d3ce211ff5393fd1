import { CompactEncrypt, exportJWK, exportPKCS8, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { encodeBase64url } from '../core/base64url';

/** Keys made afresh for the tests, and tokens encrypted to them with jose. */

export interface TestKeyPair {
  publicKey: CryptoKey;
  privateKey: CryptoKey;
  pkcs8: string;
  jwk: JWK;
  publicJwk: JWK;
}

const made = new Map<string, Promise<TestKeyPair>>();

async function make(alg: string, options: { crv?: string; modulusLength?: number }): Promise<TestKeyPair> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { ...options, extractable: true });
  return { publicKey, privateKey, pkcs8: await exportPKCS8(privateKey), jwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
}

/** One key pair per kind, made once: 'RSA' (2048 bits), 'P-256', 'P-384', 'P-521', 'X25519'. */
export function testKeyPair(kind: string): Promise<TestKeyPair> {
  let pair = made.get(kind);
  if (!pair) {
    pair = kind === 'RSA' ? make('RSA-OAEP-256', { modulusLength: 2048 }) : make('ECDH-ES', { crv: kind });
    made.set(kind, pair);
  }
  return pair;
}

/** `n` bytes counting up from `start`: a fixed test key, random enough to raise no finding. */
export function testSecret(n: number, start = 7): Uint8Array<ArrayBuffer> {
  return Uint8Array.from({ length: n }, (_, i) => (start + i * 37) % 256);
}

/** The public key for `alg`: a WebCrypto RSA key is bound to one OAEP hash. */
export async function publicKeyFor(pair: TestKeyPair, alg: string): Promise<CryptoKey> {
  return (await importJWK(pair.publicJwk, alg)) as CryptoKey;
}

export const b64url = (bytes: Uint8Array): string => encodeBase64url(bytes);

export async function encryptCompact(
  plaintext: string,
  key: CryptoKey | Uint8Array,
  header: Record<string, unknown>,
  parameters: { p2c?: number; p2s?: Uint8Array } = {},
): Promise<string> {
  const encrypt = new CompactEncrypt(new TextEncoder().encode(plaintext)).setProtectedHeader(header as { alg: string; enc: string });
  if (parameters.p2c !== undefined || parameters.p2s !== undefined) encrypt.setKeyManagementParameters(parameters);
  return encrypt.encrypt(key);
}

/** A compact JWE's parts with one replaced, for tests that alter a token. */
export function withPart(token: string, index: number, value: string): string {
  const parts = token.split('.');
  parts[index] = value;
  return parts.join('.');
}

/** A compact JWE with its protected header replaced (the tag no longer matches, but the checks come first). */
export function withHeader(token: string, header: Record<string, unknown>): string {
  return withPart(token, 0, encodeBase64url(new TextEncoder().encode(JSON.stringify(header))));
}
