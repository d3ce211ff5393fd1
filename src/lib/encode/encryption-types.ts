import type { JsonObject } from '../core/json';
import type { KeyShape, SecretSuggestion } from '../verify/types';
import type { EncodeError } from './types';

/** The recipient's key as the encoder reads it, before any cryptography runs. */

/** A key shape for encryption: the verifier's, and X25519 for ECDH-ES (RFC 8037 §2). */
export type RecipientShape = KeyShape | { kty: 'OKP'; crv: 'X25519' };

interface KeyBase {
  /** What the key was read as: "RSA 2048-bit public key (PEM, SPKI)". */
  description: string;
  /** RFC 7516 §4.1.6: the key's own "kid", which goes into the JWE header. */
  kid?: string;
  /** A private key was pasted: only its public part is used. */
  privateKeyPasted?: boolean;
}

export type RecipientKey =
  /** The CEK itself for "dir", or the key that wraps it for A*KW and A*GCMKW. */
  | (KeyBase & { kind: 'secret'; bytes: Uint8Array })
  /** PBES2 (RFC 7518 §4.8): the password's UTF-8 bytes. */
  | (KeyBase & { kind: 'password'; bytes: Uint8Array })
  /** SPKI PEM (for a certificate, its subject's key), or a private PKCS#8 key whose public part is used. */
  | (KeyBase & { kind: 'spki' | 'certificate' | 'pkcs8'; pem: string; shape: RecipientShape })
  /** A JWK's public members, or its `k` for an "oct" key. */
  | (KeyBase & { kind: 'jwk'; jwk: JsonObject; shape: RecipientShape });

/**
 * `empty` carries the sentence that says what to paste, for the output to show: an empty
 * field is not an error in the field itself.
 */
export type RecipientKeyResult =
  | { ok: true; key: RecipientKey; suggestion?: SecretSuggestion }
  | { ok: false; error: EncodeError }
  | { ok: 'empty'; error: EncodeError };
