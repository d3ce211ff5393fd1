/**
 * What the encoder makes, and how a JWE that comes in is told apart: the little of
 * encrypting that the encoder's first view needs.
 */

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
