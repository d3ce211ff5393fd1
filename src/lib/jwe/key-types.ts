import type { JWK } from 'jose';
import type { KeyError, SecretSuggestion } from '../verify/types';

/** A pasted key as decrypting sees it: private, public (which cannot decrypt), or a shared secret. */

export type AsymmetricType = 'RSA' | 'EC' | 'X25519' | 'Ed25519';
export type EcCurve = 'P-256' | 'P-384' | 'P-521';

/** What a JWK says about its own use (RFC 7517 §4.2–§4.5). */
export interface KeyMeta {
  kid?: string;
  alg?: string;
  use?: string;
  keyOps?: string[];
}

/** The private key as jose imports it: a PKCS#8 PEM, or a JWK with its private members. */
export type PrivateMaterial = { format: 'pkcs8'; pem: string } | { format: 'jwk'; jwk: JWK };

export type UsableKey =
  | { kind: 'private'; type: AsymmetricType; crv?: EcCurve; bits?: number; material: PrivateMaterial; description: string; meta: KeyMeta }
  | { kind: 'public'; type?: AsymmetricType; description: string; meta: KeyMeta }
  | {
      kind: 'secret';
      bytes: Uint8Array;
      /** The text as typed, when it was read as UTF-8: a password, or a key that is a word. */
      text?: string;
      description: string;
      suggestion?: SecretSuggestion;
      meta: KeyMeta;
    };

export type KeyEntry = { index: number; kid?: string } & ({ ok: true; key: UsableKey } | { ok: false; error: KeyError });

export type DecryptKey =
  | { kind: 'empty' }
  | { kind: 'invalid'; error: KeyError }
  | { kind: 'one'; key: UsableKey }
  | { kind: 'set'; entries: KeyEntry[]; description: string };

export type KeyRead = { ok: true; key: UsableKey } | { ok: false; error: KeyError };

export function keyError(code: KeyError['code'], message: string): { ok: false; error: KeyError } {
  return { ok: false, error: { code, message } };
}

/** "RSA 2048-bit", "EC P-256", "X25519". */
export function asymmetricName(type: AsymmetricType, crv?: EcCurve, bits?: number): string {
  if (type === 'RSA') return bits ? `RSA ${bits}-bit` : 'RSA';
  if (type === 'EC') return crv ? `EC ${crv}` : 'EC';
  return type;
}
