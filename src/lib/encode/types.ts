import type { JsonObject } from '../core/json';
import type { KeyError, KeyShape, SecretEncoding, SecretSuggestion } from '../verify/types';
import type { Result } from '../core/result';

/** Why a token could not be made; tests and the UI go by the code. */
export type EncodeErrorCode =
  | 'header-invalid-json'
  | 'header-not-object'
  | 'payload-invalid-json'
  | 'payload-not-object'
  | 'alg-missing'
  | 'alg-unsupported'
  | 'key-missing'
  | 'key-unreadable'
  | 'key-public-only'
  | 'key-set'
  | 'alg-key-mismatch'
  | 'key-too-small'
  | 'sign-failed'
  // Encrypting (RFC 7516): the recipient's key, the JWE header, the browser.
  | EncryptErrorCode;

/** Why a token could not be encrypted. */
export type EncryptErrorCode =
  | 'enc-key-missing'
  | 'password-empty'
  | 'enc-key-unreadable'
  | 'enc-key-wrong-type'
  | 'enc-key-wrong-size'
  | 'enc-key-too-small'
  | 'enc-key-use-sig'
  | 'enc-key-alg-mismatch'
  | 'enc-key-set-no-match'
  | 'enc-key-set-ambiguous'
  | 'enc-alg-unsupported'
  | 'enc-unsupported'
  | 'cty-not-jwt'
  | 'cty-jwt-not-nested'
  | 'p2c-invalid'
  | 'p2c-too-large'
  | 'header-invalid'
  | 'unsupported-in-browser'
  | 'encrypt-failed';

export interface EncodeError {
  code: EncodeErrorCode;
  /** One sentence naming what is wrong and what to do. */
  message: string;
  /** 1-based position in the text the error is about (a JSON editor, the key field). */
  line?: number;
  column?: number;
  /** The key reader's own error, when the key could not be read. */
  keyError?: KeyError;
}

export type JsonObjectResult = Result<JsonObject, EncodeError>;

/** A key that can sign, read from what was pasted (or generated) into the key field. */
export type SigningKey =
  | { kind: 'secret'; bytes: Uint8Array; encoding: SecretEncoding; description: string; suggestion?: SecretSuggestion }
  | { kind: 'pkcs8'; pem: string; shape: KeyShape; description: string }
  | { kind: 'jwk'; jwk: JsonObject; shape: KeyShape; description: string; kid?: string };

export type SigningKeyResult = { ok: true; key: SigningKey } | { ok: false; error: EncodeError } | { ok: 'empty' };

export type SignResult = { ok: true; token: string } | { ok: false; error: EncodeError };
