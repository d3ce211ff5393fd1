import { rfcRule, type RuleCitation } from '../core/source';
import type { ContentEncryption, KeyManagementAlgorithm } from './encryption-names';

/** What each JWE algorithm needs of the recipient's key, with the section that says so. */

/** How the content encryption key reaches the recipient (RFC 7516 §2, "Key Management Mode"). */
export type KeyFamily = 'rsa' | 'ecdh' | 'aes-kw' | 'aes-gcm-kw' | 'dir' | 'pbes2';

export interface KeyManagementInfo extends RuleCitation {
  family: KeyFamily;
  /** The symmetric key's length in bytes, for A*KW and A*GCMKW. */
  keyBytes?: number;
  /** The AES key size in bits the algorithm itself uses (to wrap the CEK), when it uses one. */
  aesBits?: 128 | 192 | 256;
}

export interface ContentEncryptionInfo extends RuleCitation {
  /** The content encryption key's length in bytes: the key "dir" takes as it is. */
  keyBytes: number;
  aesBits: 128 | 192 | 256;
}

// RSA-OAEP-384 and -512 are registered by the W3C Web Cryptography API in IANA's JOSE registry.
const IANA_JOSE: RuleCitation = { rule: 'IANA JOSE algorithms', ruleUrl: 'https://www.iana.org/assignments/jose/jose.xhtml#web-signature-encryption-algorithms' };

export const KEY_MANAGEMENT: Readonly<Record<KeyManagementAlgorithm, KeyManagementInfo>> = {
  'RSA-OAEP': { family: 'rsa', ...rfcRule(7518, '4.3') },
  'RSA-OAEP-256': { family: 'rsa', ...rfcRule(7518, '4.3') },
  'RSA-OAEP-384': { family: 'rsa', ...IANA_JOSE },
  'RSA-OAEP-512': { family: 'rsa', ...IANA_JOSE },
  'ECDH-ES': { family: 'ecdh', ...rfcRule(7518, '4.6') },
  'ECDH-ES+A128KW': { family: 'ecdh', aesBits: 128, ...rfcRule(7518, '4.6') },
  'ECDH-ES+A192KW': { family: 'ecdh', aesBits: 192, ...rfcRule(7518, '4.6') },
  'ECDH-ES+A256KW': { family: 'ecdh', aesBits: 256, ...rfcRule(7518, '4.6') },
  A128KW: { family: 'aes-kw', keyBytes: 16, aesBits: 128, ...rfcRule(7518, '4.4') },
  A192KW: { family: 'aes-kw', keyBytes: 24, aesBits: 192, ...rfcRule(7518, '4.4') },
  A256KW: { family: 'aes-kw', keyBytes: 32, aesBits: 256, ...rfcRule(7518, '4.4') },
  A128GCMKW: { family: 'aes-gcm-kw', keyBytes: 16, aesBits: 128, ...rfcRule(7518, '4.7') },
  A192GCMKW: { family: 'aes-gcm-kw', keyBytes: 24, aesBits: 192, ...rfcRule(7518, '4.7') },
  A256GCMKW: { family: 'aes-gcm-kw', keyBytes: 32, aesBits: 256, ...rfcRule(7518, '4.7') },
  dir: { family: 'dir', ...rfcRule(7518, '4.5') },
  'PBES2-HS256+A128KW': { family: 'pbes2', aesBits: 128, ...rfcRule(7518, '4.8') },
  'PBES2-HS384+A192KW': { family: 'pbes2', aesBits: 192, ...rfcRule(7518, '4.8') },
  'PBES2-HS512+A256KW': { family: 'pbes2', aesBits: 256, ...rfcRule(7518, '4.8') },
};

export const CONTENT_ENCRYPTION: Readonly<Record<ContentEncryption, ContentEncryptionInfo>> = {
  A128GCM: { keyBytes: 16, aesBits: 128, ...rfcRule(7518, '5.3') },
  A192GCM: { keyBytes: 24, aesBits: 192, ...rfcRule(7518, '5.3') },
  A256GCM: { keyBytes: 32, aesBits: 256, ...rfcRule(7518, '5.3') },
  // RFC 7518 §5.2.2.1: the key is the HMAC key and the AES key side by side.
  'A128CBC-HS256': { keyBytes: 32, aesBits: 128, ...rfcRule(7518, '5.2.3') },
  'A192CBC-HS384': { keyBytes: 48, aesBits: 192, ...rfcRule(7518, '5.2.4') },
  'A256CBC-HS512': { keyBytes: 64, aesBits: 256, ...rfcRule(7518, '5.2.5') },
};

/** The symmetric key's length an algorithm takes: the CEK itself for "dir", the wrapping key for A*KW and A*GCMKW. */
export function symmetricKeyBytes(alg: KeyManagementAlgorithm, enc: ContentEncryption): number | undefined {
  const info = KEY_MANAGEMENT[alg];
  if (info.family === 'dir') return CONTENT_ENCRYPTION[enc].keyBytes;
  return info.keyBytes;
}

/** Whether encrypting with these needs 192-bit AES, which Chromium's Web Crypto does not have. */
export function needsAes192(alg: KeyManagementAlgorithm, enc: ContentEncryption): boolean {
  return KEY_MANAGEMENT[alg].aesBits === 192 || CONTENT_ENCRYPTION[enc].aesBits === 192;
}

/** The kind of key an algorithm calls for, in words: "an RSA public key". */
export function keyKindFor(alg: KeyManagementAlgorithm, enc: ContentEncryption): string {
  const family = KEY_MANAGEMENT[alg].family;
  switch (family) {
    case 'rsa':
      return 'the recipient’s RSA public key (2048 bits or more)';
    case 'ecdh':
      return 'the recipient’s EC (P-256, P-384, P-521) or X25519 public key';
    case 'pbes2':
      return 'a password';
    default:
      return `a shared symmetric key of ${symmetricKeyBytes(alg, enc)} bytes`;
  }
}
