import type { DecryptCode } from './types';

/**
 * What jose and WebCrypto throw while decrypting, as the app's codes. jose marks its errors
 * with `code` (ERR_…); WebCrypto throws DOMExceptions by `name` (Web Cryptography API §18.4).
 */

export interface MappedError {
  code: DecryptCode;
  message: string;
  /** The thrown error's own words. */
  detail?: string;
}

/** Maximum bytes a "zip": "DEF" plaintext may inflate to: ten megabytes, far beyond any token, well short of what would exhaust a tab. */
export const MAX_INFLATED_BYTES = 10 * 1024 * 1024;

export const FAILED_MESSAGE =
  'The key does not open this token: the authentication tag does not match. Either this is not the key it was encrypted to, or the token was changed after it was encrypted.';

export const NO_AES_192 =
  'This browser’s Web Crypto has no 192-bit AES (Chromium leaves it out), which this token needs. Open it in Firefox or Safari, or ask the sender for a 128- or 256-bit algorithm.';

function textOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : undefined;
}

function field(error: unknown, name: 'code' | 'name'): string | undefined {
  const value = typeof error === 'object' && error !== null && name in error ? (error as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

function mapped(code: DecryptCode, message: string, detail: string | undefined): MappedError {
  return detail === undefined || detail === '' ? { code, message } : { code, message, detail };
}

function joseError(code: string, detail: string): MappedError {
  switch (code) {
    case 'ERR_JWE_DECRYPTION_FAILED':
      return mapped('decryption-failed', FAILED_MESSAGE, detail);
    case 'ERR_JWE_INVALID':
      if (detail.includes('exceeded the configured limit')) {
        return mapped('zip-too-large', `The compressed content inflates to more than ${MAX_INFLATED_BYTES / 1024 / 1024} MB, so it was not inflated further: no token carries that much, and a "zip bomb" would exhaust the page.`, detail);
      }
      if (detail.includes('decompress')) return mapped('zip-failed', 'The content decrypted, but it does not inflate as DEFLATE data ("zip": "DEF", RFC 7516 §4.1.3): it was compressed some other way, or not at all.', detail);
      return mapped('header-invalid', 'jose refused the JWE as malformed.', detail);
    case 'ERR_JOSE_NOT_SUPPORTED':
      if (detail.includes('DecompressionStream')) return mapped('zip-unsupported', 'The content is compressed, and this browser has no DecompressionStream to inflate it.', detail);
      if (detail.includes('Extension Header Parameter')) return mapped('crit-unsupported', 'The header lists a critical extension ("crit") this page does not understand (RFC 7516 §4.1.13).', detail);
      return mapped('unsupported-in-browser', 'jose, which decrypts in this page, does not support this algorithm or key type.', detail);
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return mapped('wrong-key-type', 'The token’s algorithm is not one this key may be used with.', detail);
  }
  return mapped('unknown-error', 'Decrypting failed for a reason this page does not recognise.', detail);
}

export function mapDecryptError(error: unknown): MappedError {
  const detail = textOf(error) ?? '';
  const code = field(error, 'code');
  if (code?.startsWith('ERR_')) return joseError(code, detail);
  const name = field(error, 'name');
  if (name === 'NotSupportedError') return mapped('unsupported-in-browser', 'This browser’s Web Crypto does not support this algorithm or key; try a current Chrome, Firefox or Safari.', detail);
  // Chromium: "192-bit AES keys are not supported", an OperationError.
  if (name === 'OperationError' && /192-bit AES/i.test(detail)) return mapped('unsupported-in-browser', NO_AES_192, detail);
  if (name === 'DataError' || name === 'OperationError' || name === 'InvalidAccessError' || name === 'SyntaxError') {
    return mapped('key-invalid', 'Web Crypto refused the key: its values do not form a valid key of its type.', detail);
  }
  if (error instanceof TypeError) {
    // jose: "RSA-OAEP requires key modulusLength to be 2048 bits or larger" (RFC 7518 §4.3).
    if (detail.includes('modulusLength')) return mapped('wrong-key-size', 'RSA-OAEP keys must be 2048 bits or larger (RFC 7518 §4.3); this one is smaller.', detail);
    return mapped('key-invalid', 'The key cannot be used to decrypt this token.', detail);
  }
  return mapped('unknown-error', 'Decrypting failed for a reason this page does not recognise.', detail);
}
