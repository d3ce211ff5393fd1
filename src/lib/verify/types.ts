import type { JWK } from 'jose';
import type { CryptoErrorCode } from '../core/crypto-errors';

import type { SecretEncoding } from './secret-encodings';

export type { SecretEncoding };

/** RFC 7518 §6.1 key types this verifier can use for signatures. */
export type KeyType = 'RSA' | 'EC' | 'OKP' | 'oct';
export type SupportedCurve = 'P-256' | 'P-384' | 'P-521' | 'Ed25519';
/** The hashes of the JWS PS* algorithms (RFC 7518 §3.5). */
export type PssHash = 'SHA-256' | 'SHA-384' | 'SHA-512';

/** What a key is, as far as choosing algorithms goes. */
export interface KeyShape {
  kty: KeyType;
  crv?: SupportedCurve;
  /** RSA modulus length, or HMAC secret length, in bits. */
  bits?: number;
  /** An SPKI with the id-RSASSA-PSS OID (RFC 4055 §3.1) may only make PS* signatures. */
  pssOnly?: boolean;
  /** The one hash its RSASSA-PSS parameters allow, when they pin one. */
  pssHash?: PssHash;
}

export type KeyErrorCode =
  | 'invalid-json'
  | 'jwk-not-object'
  | 'jwk-missing-kty'
  | 'jwk-kty-mismatch'
  | 'jwk-missing-member'
  | 'jwk-invalid-member'
  | 'jwk-not-base64url'
  | 'jwk-wrong-length'
  | 'jwk-point-not-on-curve'
  | 'jwk-rsa-modulus-malformed'
  | 'jwk-rsa-exponent-invalid'
  | 'rsa-exponent-invalid'
  | 'unsupported-kty'
  | 'unsupported-crv'
  | 'jwks-no-keys-array'
  | 'jwks-empty'
  | 'pem-missing-begin'
  | 'pem-missing-end'
  | 'pem-missing-armor'
  | 'pem-label-mismatch'
  | 'pem-unsupported-label'
  | 'pem-invalid-base64'
  | 'pem-truncated'
  | 'pem-encrypted'
  | 'der-invalid'
  | 'unsupported-key-algorithm'
  | 'pss-params-unsupported'
  | 'ssh-key-format'
  | 'sec1-without-public-key'
  | 'secret-invalid-base64'
  | 'secret-invalid-base64url'
  | 'secret-invalid-hex'
  | 'secret-empty';

export interface KeyError {
  code: KeyErrorCode;
  /** One sentence naming what is wrong and, where it helps, what to do. */
  message: string;
  /** 1-based position in the pasted text (JSON errors, bad base64 characters). */
  line?: number;
  column?: number;
}

export type SecretSuggestionCode =
  | 'looks-like-base64'
  | 'looks-like-base64url'
  | 'looks-like-hex'
  | 'surrounding-whitespace'
  | 'looks-like-token';

/** A hint that the text may be meant in another encoding: shown, never acted on. */
export interface SecretSuggestion {
  code: SecretSuggestionCode;
  encoding?: SecretEncoding;
  message: string;
}

/** The container a PEM key came in. */
export type PemFormat = 'spki' | 'pkcs1' | 'certificate' | 'pkcs8' | 'pkcs1-private' | 'sec1';

export interface CertificateInfo {
  /** RFC 4514 string form, e.g. "CN=token-lens-test". */
  subject: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
}

/**
 * What is wrong with a key that still verifies: it should be replaced, not trusted.
 * 'roca': an RSA modulus with the ROCA fingerprint (CVE-2017-15361), whose factors can be found.
 */
export type KeyWeaknessCode = 'roca';

/** A JWK reduced to what verification needs: the public members, or `k` for a secret. */
export interface JwkKey {
  jwk: JWK;
  shape: KeyShape;
  /** Absent when none was found. */
  weaknesses?: KeyWeaknessCode[];
  kid?: string;
  alg?: string;
  use?: string;
  keyOps?: string[];
  privateKeyPasted: boolean;
}

export type JwksEntry = { index: number; kid?: string } & ({ ok: true; key: JwkKey } | { ok: false; error: KeyError });

export type ParsedKey =
  | { kind: 'empty' }
  | { kind: 'invalid'; error: KeyError; suggestion?: SecretSuggestion }
  | { kind: 'secret'; bytes: Uint8Array; encoding: SecretEncoding; description: string; suggestion?: SecretSuggestion }
  | {
      kind: 'pem';
      format: PemFormat;
      /** Canonical PEM jose imports: `PUBLIC KEY` (SPKI) or `PRIVATE KEY` (PKCS#8). */
      pem: string;
      importAs: 'spki' | 'pkcs8';
      shape: KeyShape;
      /** Absent when none was found. */
      weaknesses?: KeyWeaknessCode[];
      description: string;
      privateKeyPasted: boolean;
      certificate?: CertificateInfo;
      /** How many certificates were pasted; the first one's key is used. */
      chainLength?: number;
    }
  | { kind: 'jwk'; key: JwkKey; description: string; privateKeyPasted: boolean }
  | { kind: 'jwks'; entries: JwksEntry[]; description: string; privateKeyPasted: boolean };

export type SkipReason =
  | 'kid-mismatch'
  | 'use-enc'
  | 'key-ops-no-verify'
  | 'wrong-type'
  | 'alg-mismatch'
  | 'not-tried'
  | 'attempt-limit'
  | 'signature-mismatch'
  | 'unusable';

export interface SkippedKey {
  index: number;
  kid?: string;
  reason: SkipReason;
  message: string;
}

export type VerifyStatus = 'verified' | 'invalid' | 'error' | 'idle';

export type VerifyCode =
  | 'verified'
  | 'no-token'
  | 'no-key'
  | 'jwe-not-verifiable'
  | 'alg-none'
  | 'unsupported-alg'
  | 'detached-payload'
  | 'malformed-token'
  | 'token-whitespace'
  | 'mixed-key-set'
  | 'duplicate-kid'
  | 'key-as-secret'
  | 'key-use-enc'
  | 'key-ops-no-verify'
  | CryptoErrorCode
  // A key that could not be read reaches the verdict with the reason it could not.
  | KeyErrorCode;

export interface VerifyKeyInfo {
  description: string;
  /** RFC 7638 JWK thumbprint (SHA-256, base64url). */
  thumbprint?: string;
  kid?: string;
  source: 'pasted' | 'jwks' | 'token';
  /** Position in the JWKS, from 0. */
  index?: number;
}

/** Why a JWK Set is refused as ambiguous, and the keys it concerns, each of which may be chosen alone. */
export interface KeySetAmbiguity {
  code: 'mixed-key-set' | 'duplicate-kid';
  /** The keys that could verify this token, for the user to choose one. */
  keys: { index: number; kid?: string; description: string }[];
}

export interface VerifyResult {
  status: VerifyStatus;
  code: VerifyCode;
  message: string;
  alg?: string;
  key?: VerifyKeyInfo;
  skipped: SkippedKey[];
  privateKeyPasted: boolean;
  certificate?: CertificateInfo;
  /** A caveat the verdict alone does not carry, e.g. that a token's own key proves nothing. */
  note?: string;
  /** The underlying library's own words, for a details view; never the main message. */
  detail?: string;
  /** The JWK Set was ambiguous: refused as a whole, or verified with the one key the user chose. */
  ambiguity?: KeySetAmbiguity;
  /** What the signature was checked over when the payload part is empty (RFC 7515 Appendix F). */
  payload?: 'empty' | 'detached';
}

export interface VerifyInput {
  token: string;
  key: ParsedKey;
  /** Use a key the token carries in its header (`jwk`, `x5c`); off unless the user asks. */
  allowEmbeddedKey?: boolean;
  /** For a token whose payload part is empty: the detached content it was signed over. */
  detachedPayload?: string;
  /** Verify with this key of a JWK Set alone (its index), as the user chose. */
  onlyKey?: number;
}
