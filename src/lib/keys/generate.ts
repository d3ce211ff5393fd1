import { calculateJwkThumbprint, exportJWK, exportPKCS8, exportSPKI, generateKeyPair, type JWK } from 'jose';
import { encodeBase64url } from '../core/base64url';
import { publicJwkOf } from './jwk-members';
import { keyKindInfo, type KeyKind } from './kinds';

/**
 * Makes a new key in the browser with WebCrypto (through jose), extractable so it can be
 * shown: PEM (SPKI public, PKCS#8 private), JWK, and for HMAC the secret's bytes.
 * Nothing here stores the key; it lives as long as the caller keeps it.
 */

export interface GeneratedPair {
  type: 'pair';
  kind: KeyKind;
  alg: string;
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

export interface GeneratedSecret {
  type: 'secret';
  kind: KeyKind;
  alg: string;
  secret: Uint8Array;
  base64url: string;
  hex: string;
  /** RFC 7518 §6.4: kty "oct" with the secret in "k". */
  jwk: JWK;
  thumbprint: string;
}

export type GeneratedKey = GeneratedPair | GeneratedSecret;

type GenerateErrorCode = 'alg-not-for-kind' | 'generation-failed';

type GenerateResult = { ok: true; key: GeneratedKey } | { ok: false; error: { code: GenerateErrorCode; message: string } };

interface GenerateOptions {
  /** The JWS algorithm the key is for; the kind's default (RS256 for RSA) when left out. */
  alg?: string;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function makeSecret(kind: KeyKind, alg: string, length: number): Promise<GeneratedSecret> {
  const secret = crypto.getRandomValues(new Uint8Array(length));
  const k = encodeBase64url(secret);
  const jwk: JWK = { kty: 'oct', k };
  return { type: 'secret', kind, alg, secret, base64url: k, hex: toHex(secret), jwk, thumbprint: await calculateJwkThumbprint(jwk) };
}

async function makePair(kind: KeyKind, alg: string, modulusLength: number | undefined): Promise<GeneratedPair> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true, ...(modulusLength ? { modulusLength } : {}) });
  const [publicPem, privatePem, exported] = await Promise.all([exportSPKI(publicKey), exportPKCS8(privateKey), exportJWK(privateKey)]);
  const privateJwk: JWK = { ...exported };
  const publicJwk = publicJwkOf(privateJwk);
  return { type: 'pair', kind, alg, publicKey, privateKey, publicPem, privatePem, publicJwk, privateJwk, thumbprint: await calculateJwkThumbprint(publicJwk) };
}

export async function generateKey(kind: KeyKind, options: GenerateOptions = {}): Promise<GenerateResult> {
  const info = keyKindInfo(kind);
  const alg = options.alg ?? info.defaultAlg;
  if (!info.algs.includes(alg)) {
    return { ok: false, error: { code: 'alg-not-for-kind', message: `A ${info.label} key cannot be used with ${alg}; it serves ${info.algs.join(', ')}.` } };
  }
  try {
    const key = info.secretBytes ? await makeSecret(kind, alg, info.secretBytes) : await makePair(kind, alg, info.modulusLength);
    return { ok: true, key };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'generation-failed', message: `This browser could not make a ${info.label} key (${why}).` } };
  }
}
