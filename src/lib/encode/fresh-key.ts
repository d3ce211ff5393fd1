import { encodeBase64url } from '../core/base64url';
import type { RandomBytes } from './claims';
import { KEY_MANAGEMENT, symmetricKeyBytes } from './encryption-algorithms';
import type { ContentEncryption, KeyManagementAlgorithm } from './encryption-names';

/** A fresh key for the chosen JWE algorithm, where one can be made on the spot. */

export interface FreshKey {
  /** base64url, to be read with the encoding set to base64url; a PBES2 password is this text itself. */
  text: string;
  kind: 'symmetric' | 'password';
  bytes: number;
}

// A password of 32 random bytes: as strong as the longest key PBES2 derives (A256KW).
const PASSWORD_BYTES = 32;

/**
 * A random key of exactly the size the algorithm takes (RFC 7518 §4.4, §4.5, §4.7), or a
 * random password for PBES2; null for RSA and ECDH, whose key pairs the key tools make.
 */
export function newEncryptionKey(alg: KeyManagementAlgorithm, enc: ContentEncryption, random: RandomBytes): FreshKey | null {
  const family = KEY_MANAGEMENT[alg].family;
  if (family === 'rsa' || family === 'ecdh') return null;
  if (family === 'pbes2') return { text: encodeBase64url(random(PASSWORD_BYTES)), kind: 'password', bytes: PASSWORD_BYTES };
  const bytes = symmetricKeyBytes(alg, enc)!;
  return { text: encodeBase64url(random(bytes)), kind: 'symmetric', bytes };
}
