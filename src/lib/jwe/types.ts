import type { JsonObject } from '../core/json';
import type { RuleCitation } from '../core/source';
import type { KeyErrorCode, SecretEncoding } from '../verify/types';

/** Opening a JWE (RFC 7516) with the key its recipient holds: what goes in and what comes out. */

export type { SecretEncoding };

export type DecryptStatus = 'idle' | 'decrypted' | 'failed' | 'error';

/**
 * Why a JWE did or did not open. `decryption-failed` is the one `failed` code: the key was
 * usable and the right kind, yet it does not open this token. Every other code but
 * `decrypted` and `no-key` is an `error`: the work could not even be tried.
 */
export type DecryptCode =
  | 'decrypted'
  | 'no-key'
  | 'decryption-failed'
  | 'not-a-jwe'
  | 'json-invalid'
  | 'header-invalid'
  | 'public-key'
  | 'wrong-key-type'
  | 'wrong-key-size'
  | 'wrong-curve'
  | 'key-use-sig'
  | 'no-matching-key'
  | 'unsupported-alg'
  | 'unsupported-enc'
  | 'unsupported-in-browser'
  | 'p2c-too-large'
  | 'p2c-invalid'
  | 'p2s-invalid'
  | 'epk-invalid'
  | 'epk-not-on-curve'
  | 'iv-size'
  | 'tag-size'
  | 'encrypted-key-unexpected'
  | 'encrypted-key-missing'
  | 'zip-unsupported'
  | 'zip-failed'
  | 'zip-too-large'
  | 'crit-unsupported'
  // A key that could not be read reaches the verdict with the reason it could not.
  | KeyErrorCode;

export interface DecryptInput {
  /** A compact JWE (five parts), or the text of a JWE in the JSON serialization (RFC 7516 §7.2). */
  jwe: string;
  /** What the user pasted: a private PEM or JWK, a JWK Set, a symmetric key, or a PBES2 password. */
  keyText: string;
  /** How a symmetric key is written; a PBES2 password is always its UTF-8 bytes. */
  encoding: SecretEncoding;
}

export interface Decrypted {
  plaintext: Uint8Array;
  /** The plaintext as text, when it is UTF-8. */
  text?: string;
  /** The JOSE Header the content was decrypted under: protected, shared and per-recipient members together. */
  header: JsonObject;
  /** The JSON serialization's recipient whose encrypted key opened it (RFC 7516 §7.2.1), counted from 0. */
  recipientIndex?: number;
  /** Sizes in bytes before and after inflating, for `zip: DEF` (RFC 7516 §4.1.3). */
  inflated?: { from: number; to: number };
}

/** Why a key of a JWK Set was passed over, as the verifier reports skipped keys. */
export type DecryptSkipReason = 'kid-mismatch' | 'use-sig' | 'key-ops' | 'wrong-type' | 'alg-mismatch' | 'public-only' | 'unusable' | 'did-not-open';

export interface SkippedDecryptKey {
  index: number;
  kid?: string;
  reason: DecryptSkipReason;
  message: string;
}

export type JweFindingCode =
  | 'rsa1-5'
  | 'dir-guessable-key'
  | 'pbes2-low-count'
  | 'pbes2-short-password'
  | 'missing-kid'
  | 'nested-without-cty';

export interface JweFinding extends RuleCitation {
  code: JweFindingCode;
  severity: 'critical' | 'high' | 'medium' | 'low' | 'info';
  /** One sentence: why it matters, for this token and key. */
  message: string;
}

export interface DecryptResult {
  status: DecryptStatus;
  code: DecryptCode;
  /** One or two sentences: what happened and, when it did not work, what to do. */
  message: string;
  /** What the key was read as, e.g. "RSA 2048-bit private key (PKCS#8)". */
  keyDescription?: string;
  /** Present when, and only when, the status is `decrypted`. */
  decrypted?: Decrypted;
  /** Keys of a JWK Set that were passed over, each with why. */
  skipped: SkippedDecryptKey[];
  /** What should worry the user about this token or this key, found while opening it. */
  findings: JweFinding[];
}
