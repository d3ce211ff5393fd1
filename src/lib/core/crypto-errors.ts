/**
 * The one place where errors thrown by jose and by WebCrypto become the app's stable codes.
 * jose marks its errors with `code` (ERR_…); WebCrypto throws DOMExceptions by `name`
 * (W3C Web Cryptography API §18.4) and jose itself throws TypeError for unusable keys.
 */

export type CryptoErrorCode =
  | 'signature-mismatch'
  | 'alg-not-allowed-for-key'
  | 'unsupported-in-this-browser'
  | 'crit-unsupported'
  | 'token-malformed'
  | 'key-invalid'
  | 'key-too-small'
  | 'no-matching-key'
  | 'key-ambiguous'
  | 'claims-invalid'
  | 'jwks-timeout'
  | 'unknown-error';

export interface MappedCryptoError {
  code: CryptoErrorCode;
  /** Plain words for the user. */
  message: string;
  /** jose's `code` or the DOMException's `name`, when there was one. */
  source?: string;
  /** The thrown error's own text, for a details view. */
  detail?: string;
}

const JOSE_CODES: Readonly<Record<string, { code: CryptoErrorCode; message: string }>> = {
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: {
    code: 'signature-mismatch',
    message: 'The signature does not match: the token was changed, or it was signed with another key.',
  },
  ERR_JOSE_ALG_NOT_ALLOWED: {
    code: 'alg-not-allowed-for-key',
    message: "The token's algorithm is not one this key may verify.",
  },
  ERR_JOSE_NOT_SUPPORTED: {
    code: 'unsupported-in-this-browser',
    message: "This browser's Web Crypto does not support the token's algorithm or the key's type.",
  },
  ERR_JWS_INVALID: { code: 'token-malformed', message: 'The token is not a well-formed JWS.' },
  ERR_JWT_INVALID: { code: 'token-malformed', message: 'The token is not a well-formed JWT.' },
  ERR_JWK_INVALID: { code: 'key-invalid', message: 'The JWK is not a valid key.' },
  ERR_JWKS_INVALID: { code: 'key-invalid', message: 'The JWK Set is not valid.' },
  ERR_JWKS_NO_MATCHING_KEY: { code: 'no-matching-key', message: "No key in the JWK Set matches the token's kid and algorithm." },
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: {
    code: 'key-ambiguous',
    message: "Several keys in the JWK Set match the token's kid and algorithm, and none of them verified it.",
  },
  ERR_JWKS_TIMEOUT: { code: 'jwks-timeout', message: 'Fetching the JWK Set took too long.' },
  ERR_JWT_EXPIRED: { code: 'claims-invalid', message: 'The token has expired.' },
  ERR_JWT_CLAIM_VALIDATION_FAILED: { code: 'claims-invalid', message: "A claim check failed." },
};

const DOM_EXCEPTIONS: Readonly<Record<string, { code: CryptoErrorCode; message: string }>> = {
  NotSupportedError: {
    code: 'unsupported-in-this-browser',
    message: "This browser's Web Crypto does not support this algorithm or key type; try a current Chrome, Firefox or Safari.",
  },
  DataError: { code: 'key-invalid', message: 'The key data is not a valid key of its type (Web Crypto refused to import it).' },
  InvalidAccessError: { code: 'key-invalid', message: 'The key cannot be used for this algorithm or operation.' },
  OperationError: { code: 'key-invalid', message: 'Web Crypto could not use the key (its values do not form a valid key).' },
  SyntaxError: { code: 'key-invalid', message: 'The key is missing a value Web Crypto needs.' },
};

function textOf(error: unknown): string | undefined {
  return error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
    ? String((error as { message: unknown }).message)
    : undefined;
}

function withDetail(mapped: { code: CryptoErrorCode; message: string }, source: string | undefined, detail: string | undefined): MappedCryptoError {
  const result: MappedCryptoError = { ...mapped };
  if (source !== undefined) result.source = source;
  if (detail !== undefined && detail !== '') result.detail = detail;
  return result;
}

/** Maps anything jose or WebCrypto throws while importing keys or verifying to a stable code. */
export function mapCryptoError(error: unknown): MappedCryptoError {
  const detail = textOf(error);
  const joseCode = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  if (typeof joseCode === 'string' && joseCode.startsWith('ERR_')) {
    // RFC 7515 §4.1.11: jose reports an unrecognised "crit" name as not supported.
    if (joseCode === 'ERR_JOSE_NOT_SUPPORTED' && detail?.includes('Extension Header Parameter')) {
      return withDetail(
        { code: 'crit-unsupported', message: 'The token lists a critical header extension ("crit") this verifier does not understand, so it must be rejected (RFC 7515 §4.1.11).' },
        joseCode,
        detail,
      );
    }
    const known = JOSE_CODES[joseCode];
    if (known) return withDetail(known, joseCode, detail);
    return withDetail({ code: 'unknown-error', message: 'Verification failed for a reason this app does not recognise.' }, joseCode, detail);
  }
  const name = typeof error === 'object' && error !== null && 'name' in error ? (error as { name: unknown }).name : undefined;
  if (typeof name === 'string' && name in DOM_EXCEPTIONS && !(error instanceof TypeError)) {
    return withDetail(DOM_EXCEPTIONS[name]!, name, detail);
  }
  if (error instanceof TypeError) {
    // jose: "RS256 requires key modulusLength to be 2048 bits or larger" (RFC 7518 §3.3).
    if (detail?.includes('modulusLength')) {
      return withDetail({ code: 'key-too-small', message: 'The RSA key is shorter than 2048 bits, which RFC 7518 §3.3 forbids for RS* and PS*.' }, 'TypeError', detail);
    }
    return withDetail({ code: 'key-invalid', message: 'The key cannot be used to verify this token.' }, 'TypeError', detail);
  }
  return withDetail({ code: 'unknown-error', message: 'Verification failed for a reason this app does not recognise.' }, undefined, detail);
}
