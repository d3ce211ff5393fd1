/** The names the encoder offers for a JWE (RFC 7516); what each needs is in encryption-algorithms.ts. */

/** The JWE "alg" values of RFC 7518 §4.1 the encoder encrypts with, RSA1_5 left out (RFC 8725 §3.2). */
export const KEY_MANAGEMENT_ALGORITHMS = [
  'RSA-OAEP',
  'RSA-OAEP-256',
  'RSA-OAEP-384',
  'RSA-OAEP-512',
  'ECDH-ES',
  'ECDH-ES+A128KW',
  'ECDH-ES+A192KW',
  'ECDH-ES+A256KW',
  'A128KW',
  'A192KW',
  'A256KW',
  'A128GCMKW',
  'A192GCMKW',
  'A256GCMKW',
  'dir',
  'PBES2-HS256+A128KW',
  'PBES2-HS384+A192KW',
  'PBES2-HS512+A256KW',
] as const;

/** The JWE "enc" values of RFC 7518 §5.1. */
export const CONTENT_ENCRYPTION_ALGORITHMS = ['A128GCM', 'A192GCM', 'A256GCM', 'A128CBC-HS256', 'A192CBC-HS384', 'A256CBC-HS512'] as const;

export type KeyManagementAlgorithm = (typeof KEY_MANAGEMENT_ALGORITHMS)[number];
export type ContentEncryption = (typeof CONTENT_ENCRYPTION_ALGORITHMS)[number];

export function isKeyManagementAlgorithm(value: unknown): value is KeyManagementAlgorithm {
  return typeof value === 'string' && (KEY_MANAGEMENT_ALGORITHMS as readonly string[]).includes(value);
}

export function isContentEncryption(value: unknown): value is ContentEncryption {
  return typeof value === 'string' && (CONTENT_ENCRYPTION_ALGORITHMS as readonly string[]).includes(value);
}
