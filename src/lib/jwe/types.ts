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
  | 'member-invalid'
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
  // WebCrypto read the key but refused its values (an RSA key whose CRT members do not match).
  | 'key-invalid'
  // Something jose or WebCrypto threw that none of the codes above describes; `detail` has its words.
  | 'unknown-error'
  // A key that could not be read reaches the verdict with the reason it could not.
  | KeyErrorCode;

export interface DecryptInput {
  /** A compact JWE (five parts), or the text of a JWE in the JSON serialization (RFC 7516 §7.2). */
  jwe: string;
  /** What the user pasted: a private PEM or JWK, a JWK Set, a symmetric key, or a PBES2 password. */
  keyText: string;
  /** How a symmetric key or a PBES2 password is written: a password typed as text is `utf8`. */
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
  /**
   * Sizes in bytes before and after inflating, for `zip: DEF` (RFC 7516 §4.1.3). Under AES-CBC
   * (`padded`), `from` is the ciphertext's size: the compressed plaintext and its 1 to 16 bytes
   * of PKCS#7 padding, which only the content key could tell apart.
   */
  inflated?: { from: number; to: number; padded?: true };
}

/** Why a key of a JWK Set was passed over, as the verifier reports skipped keys. */
export type DecryptSkipReason =
  | 'kid-mismatch'
  | 'use-sig'
  | 'key-ops'
  | 'wrong-type'
  | 'alg-mismatch'
  | 'public-only'
  | 'unusable'
  | 'did-not-open'
  // Left untried: another key opened the token first, or trying it would pass the work limit.
  | 'not-tried';

export interface SkippedDecryptKey {
  index: number;
  kid?: string;
  reason: DecryptSkipReason;
  message: string;
}

/**
 * Findings that need the key or the plaintext. What the header alone shows (RSA1_5, a low
 * PBES2 count) is among the decoder's findings, `rsa1-5` and `pbes2-low-count` in lib/jwt.
 */
export type JweFindingCode = 'dir-guessable-key' | 'pbes2-short-password' | 'missing-kid' | 'nested-without-cty';

export interface JweFinding extends RuleCitation {
  code: JweFindingCode;
  severity: 'critical' | 'high' | 'medium' | 'low' | 'info';
  /** One sentence: why it matters, for this token and key. */
  message: string;
  /** Other documents the finding also rests on, cited beside its rule. */
  alsoRules?: readonly RuleCitation[];
}

export interface DecryptResult {
  status: DecryptStatus;
  code: DecryptCode;
  /** One or two sentences: what happened and, when it did not work, what to do. */
  message: string;
  /** What the key was read as, e.g. "RSA 2048-bit private key (PKCS#8)". */
  keyDescription?: string;
  /** The underlying library's own words, for a details view; never the main message. */
  detail?: string;
  /** Present when, and only when, the status is `decrypted`. */
  decrypted?: Decrypted;
  /** Keys of a JWK Set that were passed over, each with why. */
  skipped: SkippedDecryptKey[];
  /** What should worry the user about this token or this key, found while opening it. */
  findings: JweFinding[];
}

/** Why the text of a JSON-serialized JWE cannot be read (RFC 7516 §7.2). */
export interface JweJsonError {
  code: 'json-invalid' | 'not-a-jwe' | 'member-invalid' | 'header-invalid';
  /** Names the member ("recipients[1].encrypted_key") or the JSON's line and column. */
  message: string;
  /** The member concerned, as a path: "recipients[1].encrypted_key". */
  member?: string;
  /** 1-based position of a JSON syntax error. */
  line?: number;
  column?: number;
}

/** A JSON-serialized JWE, read for display: its headers and the sizes of its parts. */
export interface JweJsonSummary {
  form: 'general' | 'flattened';
  /** The JWE Protected Header, decoded, and its JSON text as the sender wrote it. */
  protectedHeader?: JsonObject;
  protectedText?: string;
  /** The JWE Shared Unprotected Header. */
  unprotected?: JsonObject;
  /** Each recipient's own unprotected header and the size of its encrypted key (0 when there is none). */
  recipients: { header?: JsonObject; encryptedKeyBytes: number }[];
  ivBytes: number;
  ciphertextBytes: number;
  tagBytes: number;
  /** The JWE AAD: its text when it is UTF-8, else the base64url as written; and its size. */
  aad?: { text: string; bytes: number };
}
