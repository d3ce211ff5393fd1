/**
 * The names the encoder offers for a JWE (RFC 7516), apart from what each needs: small
 * enough for the encoder's first view, which syncs its selects with the header as typed.
 */

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

/** What the encoder makes: a signed token (today's), an encrypted one, or a signed one encrypted (RFC 7519 §5.2). */
export type EncoderMode = 'jws' | 'jwe' | 'nested';

export const ENCODER_MODES: readonly EncoderMode[] = ['jws', 'jwe', 'nested'];

export function isEncoderMode(value: unknown): value is EncoderMode {
  return typeof value === 'string' && (ENCODER_MODES as readonly string[]).includes(value);
}

/** RFC 7519 §5.2: a nested JWT says so with "cty": "JWT" (compared case-insensitively, RFC 7515 §4.1.10). */
export function saysNestedJwt(cty: unknown): boolean {
  return typeof cty === 'string' && cty.toUpperCase() === 'JWT';
}

/** The mode a JWE that comes in is edited in: nested when its content is a JWT. */
export function modeOfJweHeader(header: Readonly<Record<string, unknown>>): 'jwe' | 'nested' {
  return saysNestedJwt(header.cty) ? 'nested' : 'jwe';
}
