import { CompactEncrypt, exportJWK, importJWK, importPKCS8, importSPKI, type CryptoKey, type JWK } from 'jose';
import type { JsonObject } from '../core/json';
import type { SigningKey, SignResult } from './types';
import type { ContentEncryption, KeyManagementAlgorithm } from './encryption-names';
import type { RecipientKey } from './encryption-types';
import { mapEncryptError } from './encrypt-errors';
import { planJweHeader } from './jwe-header';
import { sign } from './sign';

/** Encrypting a token (RFC 7516 §5.1) with jose, to the recipient's key. */

export interface EncryptRequest {
  mode: 'jwe' | 'nested';
  /** The JWE Protected Header as edited; its "alg" and "enc", when present, win over the chosen ones. */
  header: JsonObject;
  alg: KeyManagementAlgorithm;
  enc: ContentEncryption;
  key: RecipientKey;
  /** The payload's claims as JSON text (jwe), or the signed token itself (nested). */
  plaintext: string;
}

// RFC 7517 §4: the members that make up a public key, by key type; the private ones are left behind.
const PUBLIC_MEMBERS: Readonly<Record<string, readonly string[]>> = { RSA: ['kty', 'n', 'e'], EC: ['kty', 'crv', 'x', 'y'], OKP: ['kty', 'crv', 'x'] };

function publicJwk(jwk: JWK): JWK {
  const members = PUBLIC_MEMBERS[jwk.kty ?? ''] ?? [];
  const all = jwk as Record<string, unknown>;
  return Object.fromEntries(members.filter((name) => all[name] !== undefined).map((name) => [name, all[name]])) as JWK;
}

async function importRecipient(key: RecipientKey, alg: string): Promise<CryptoKey | Uint8Array> {
  switch (key.kind) {
    case 'secret':
    case 'password':
      return key.bytes;
    // A certificate's key is its SPKI, taken out by the key reader (RFC 5280 §4.1.2.7).
    case 'spki':
    case 'certificate':
      return importSPKI(key.pem, alg);
    case 'jwk':
      return importJWK(key.jwk as JWK, alg) as Promise<CryptoKey>;
    case 'pkcs8': {
      // Only the public part is needed: jose exports the pasted private key as a JWK, and the public members are imported.
      const privateKey = await importPKCS8(key.pem, alg, { extractable: true });
      return importJWK(publicJwk(await exportJWK(privateKey)), alg) as Promise<CryptoKey>;
    }
  }
}

const encoder = new TextEncoder();

export async function encryptToken(request: EncryptRequest): Promise<SignResult> {
  const plan = planJweHeader(request.header, { alg: request.alg, enc: request.enc }, request.mode, request.key);
  if (!plan.ok) return plan;
  const { header, alg, enc, p2c } = plan.value;
  try {
    const key = await importRecipient(request.key, alg);
    const jwe = new CompactEncrypt(encoder.encode(request.plaintext)).setProtectedHeader(header as { alg: string; enc: string });
    if (p2c !== undefined) jwe.setKeyManagementParameters({ p2c });
    return { ok: true, token: await jwe.encrypt(key) };
  } catch (error) {
    return { ok: false, error: mapEncryptError(error, alg, enc) };
  }
}

export interface NestedRequest extends Omit<EncryptRequest, 'mode' | 'plaintext'> {
  jwsHeader: JsonObject;
  payload: JsonObject;
  signingKey: SigningKey | null;
}

/** RFC 7519 §5.2, Appendix A.2: sign the claims as a JWS, then encrypt that token with "cty": "JWT". */
export async function encryptNested(request: NestedRequest): Promise<SignResult> {
  const signed = await sign(request.jwsHeader, request.payload, request.signingKey);
  if (!signed.ok) return signed;
  return encryptToken({ mode: 'nested', header: request.header, alg: request.alg, enc: request.enc, key: request.key, plaintext: signed.token });
}
