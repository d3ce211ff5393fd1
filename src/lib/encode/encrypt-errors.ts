import { CONTENT_ENCRYPTION, KEY_MANAGEMENT } from './encryption-algorithms';
import type { ContentEncryption, KeyManagementAlgorithm } from './encryption-names';
import type { EncodeError } from './types';

/** What jose or Web Crypto threw while encrypting, as a code and a sentence. */

function textOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error);
}

function field(error: unknown, name: 'code' | 'name'): string | undefined {
  const value = typeof error === 'object' && error !== null && name in error ? (error as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** Which of the two algorithms asks for 192-bit AES. */
function aes192Users(alg: KeyManagementAlgorithm, enc: ContentEncryption): string[] {
  const names: string[] = [];
  if (KEY_MANAGEMENT[alg].aesBits === 192) names.push(alg);
  if (CONTENT_ENCRYPTION[enc].aesBits === 192) names.push(enc);
  return names;
}

export function mapEncryptError(error: unknown, alg: KeyManagementAlgorithm, enc: ContentEncryption): EncodeError {
  const detail = textOf(error);
  const name = field(error, 'name');
  const code = field(error, 'code');
  const aes192 = aes192Users(alg, enc);
  // Chromium's Web Crypto has no AES-192: "192-bit AES keys are not supported" (an OperationError).
  if (/192-bit AES/i.test(detail) || (aes192.length > 0 && (name === 'OperationError' || name === 'NotSupportedError'))) {
    return {
      code: 'unsupported-in-browser',
      message: `This browser cannot encrypt with 192-bit AES, which ${aes192.join(' and ') || `${alg} or ${enc}`} needs: its Web Crypto does not offer AES-192. Choose the 128- or 256-bit variant, or use a browser that has it (Firefox, Safari).`,
    };
  }
  if (name === 'NotSupportedError' || (code === 'ERR_JOSE_NOT_SUPPORTED' && /API|CompressionStream/.test(detail))) {
    return { code: 'unsupported-in-browser', message: `This browser cannot do ${alg} with ${enc} for this key: its Web Crypto does not offer what it needs (${detail}).` };
  }
  if (code === 'ERR_JWE_INVALID' || code === 'ERR_JOSE_NOT_SUPPORTED') {
    return { code: 'header-invalid', message: `The header cannot be used as a JWE Protected Header: ${detail}` };
  }
  if (error instanceof TypeError && /modulusLength/.test(detail)) {
    return { code: 'enc-key-too-small', message: `The RSA key is shorter than 2048 bits, which RFC 7518 §4.3 forbids for ${alg}.` };
  }
  return { code: 'encrypt-failed', message: `The token could not be encrypted with this key: ${detail}` };
}
