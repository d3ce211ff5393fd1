import { calculateJwkThumbprint, exportJWK, exportPKCS8, exportSPKI, generateKeyPair, type JWK } from 'jose';
import { encodeBase64url } from '../core/base64url';
import { publicJwkOf, type KeyUse } from './jwk-members';
import { keyKindInfo, type KeyKind } from './kinds';

/**
 * Makes a new key in the browser with WebCrypto (through jose), extractable so it can be
 * shown: PEM (SPKI public, PKCS#8 private), JWK, and for a secret its bytes.
 * Nothing here stores the key; it lives as long as the caller keeps it.
 */

export interface GeneratedPair<K extends string = KeyKind> {
  type: 'pair';
  kind: K;
  alg: string;
  /** RFC 7517 §4.2: "sig" for signing keys, "enc" for encryption keys. */
  use: KeyUse;
  publicKey: CryptoKey;
  privateKey: CryptoKey;
  /** RFC 7468 §13 "PUBLIC KEY" (SPKI). */
  publicPem: string;
  /** RFC 7468 §10 "PRIVATE KEY" (PKCS#8). */
  privatePem: string;
  /** Only the key's own members: add `kid`, `alg`, `use` with jwkWithMembers. */
  publicJwk: JWK;
  privateJwk: JWK;
  /** RFC 7638 SHA-256 thumbprint of the public key. */
  thumbprint: string;
}

export interface GeneratedSecret<K extends string = KeyKind> {
  type: 'secret';
  kind: K;
  alg: string;
  use: KeyUse;
  /** For a `dir` key, the content encryption (RFC 7518 §5.1) it is the key of. */
  enc?: string;
  secret: Uint8Array;
  base64url: string;
  hex: string;
  /** RFC 7518 §6.4: kty "oct" with the secret in "k". */
  jwk: JWK;
  thumbprint: string;
}

export type GeneratedKey<K extends string = KeyKind> = GeneratedPair<K> | GeneratedSecret<K>;

export type GenerateErrorCode = 'alg-not-for-kind' | 'generation-failed';

export type GenerateResult<K extends string = KeyKind> =
  | { ok: true; key: GeneratedKey<K> }
  | { ok: false; error: { code: GenerateErrorCode; message: string } };

interface GenerateOptions {
  /** The JWS algorithm the key is for; the kind's default (RS256 for RSA) when left out. */
  alg?: string;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Random bytes, not a WebCrypto key: any length works, even where the browser lacks that AES size. */
export async function makeSecret<K extends string>(kind: K, alg: string, use: KeyUse, length: number): Promise<GeneratedSecret<K>> {
  const secret = crypto.getRandomValues(new Uint8Array(length));
  const k = encodeBase64url(secret);
  const jwk: JWK = { kty: 'oct', k };
  return { type: 'secret', kind, alg, use, secret, base64url: k, hex: toHex(secret), jwk, thumbprint: await calculateJwkThumbprint(jwk) };
}

interface PairOptions {
  modulusLength?: number;
  crv?: string;
}

export async function makePair<K extends string>(kind: K, alg: string, use: KeyUse, options: PairOptions): Promise<GeneratedPair<K>> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true, ...options });
  const [publicPem, privatePem, exported] = await Promise.all([exportSPKI(publicKey), exportPKCS8(privateKey), exportJWK(privateKey)]);
  const privateJwk: JWK = { ...exported };
  const publicJwk = publicJwkOf(privateJwk);
  return { type: 'pair', kind, alg, use, publicKey, privateKey, publicPem, privatePem, publicJwk, privateJwk, thumbprint: await calculateJwkThumbprint(publicJwk) };
}

/** The failure of a browser that cannot make the key, with its own reason. */
export function generationFailed(label: string, error: unknown): { ok: false; error: { code: GenerateErrorCode; message: string } } {
  const why = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'generation-failed', message: `This browser could not make a ${label} key (${why}).` } };
}

export function algNotForKind(label: string, alg: string, algs: readonly string[]): { ok: false; error: { code: GenerateErrorCode; message: string } } {
  return { ok: false, error: { code: 'alg-not-for-kind', message: `A ${label} key cannot be used with ${alg}; it serves ${algs.join(', ')}.` } };
}

export async function generateKey(kind: KeyKind, options: GenerateOptions = {}): Promise<GenerateResult> {
  const info = keyKindInfo(kind);
  const alg = options.alg ?? info.defaultAlg;
  if (!info.algs.includes(alg)) return algNotForKind(info.label, alg, info.algs);
  try {
    const pairOptions = info.modulusLength ? { modulusLength: info.modulusLength } : {};
    const key = info.secretBytes ? await makeSecret(kind, alg, 'sig', info.secretBytes) : await makePair(kind, alg, 'sig', pairOptions);
    return { ok: true, key };
  } catch (error) {
    return generationFailed(info.label, error);
  }
}
