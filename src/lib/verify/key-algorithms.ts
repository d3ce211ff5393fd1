import type { KeyShape, SupportedCurve } from './types';

/**
 * The allow-list of JWS algorithms a key may verify, derived from the key alone
 * (RFC 8725 §3.1: never let the token's "alg" choose how it is checked).
 */

const HMAC_ALGORITHMS = ['HS256', 'HS384', 'HS512'] as const;
const RSA_PKCS1_ALGORITHMS = ['RS256', 'RS384', 'RS512'] as const;
const RSA_PSS_ALGORITHMS = ['PS256', 'PS384', 'PS512'] as const;

// RFC 7518 §3.4: each ECDSA algorithm names its curve.
const EC_ALGORITHMS: Readonly<Record<Exclude<SupportedCurve, 'Ed25519'>, string>> = {
  'P-256': 'ES256',
  'P-384': 'ES384',
  'P-521': 'ES512',
};

/** Every JWS algorithm this verifier checks; anything else is 'unsupported-alg'. */
export const VERIFIABLE_ALGORITHMS: readonly string[] = [
  ...HMAC_ALGORITHMS,
  ...RSA_PKCS1_ALGORITHMS,
  ...RSA_PSS_ALGORITHMS,
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
];

export function isHmacAlgorithm(alg: string): boolean {
  return (HMAC_ALGORITHMS as readonly string[]).includes(alg);
}

/** The algorithms a key of this shape can verify, before any `alg` the key itself declares. */
export function algorithmsForShape(shape: KeyShape): string[] {
  switch (shape.kty) {
    case 'oct':
      return [...HMAC_ALGORITHMS];
    case 'RSA':
      // RFC 4055 §3.1: an id-RSASSA-PSS key signs PSS only, and only with the hash its parameters pin.
      if (shape.pssHash) return [`PS${shape.pssHash.slice(4)}`];
      return shape.pssOnly ? [...RSA_PSS_ALGORITHMS] : [...RSA_PKCS1_ALGORITHMS, ...RSA_PSS_ALGORITHMS];
    case 'EC':
      return shape.crv && shape.crv !== 'Ed25519' ? [EC_ALGORITHMS[shape.crv]] : [];
    case 'OKP':
      // RFC 8037 §3.1 "EdDSA" and the fully specified "Ed25519" of RFC 9864 §2.2.
      return shape.crv === 'Ed25519' ? ['EdDSA', 'Ed25519'] : [];
  }
}

/** RFC 7517 §4.4: a key's own `alg` narrows the list to that one algorithm. */
export function allowedAlgorithms(shape: KeyShape, declaredAlg?: string): string[] {
  const all = algorithmsForShape(shape);
  if (declaredAlg === undefined) return all;
  return all.includes(declaredAlg) ? [declaredAlg] : [];
}

/** "RSA 2048-bit", "EC P-256", "Ed25519", "HMAC 256-bit". */
export function describeShape(shape: KeyShape): string {
  switch (shape.kty) {
    case 'RSA':
      return `RSA${shape.bits ? ` ${shape.bits}-bit` : ''}${shape.pssOnly ? ` (RSASSA-PSS only${shape.pssHash ? `, ${shape.pssHash}` : ''})` : ''}`;
    case 'EC':
      return `EC ${shape.crv ?? ''}`.trim();
    case 'OKP':
      return shape.crv ?? 'OKP';
    case 'oct':
      return `HMAC${shape.bits !== undefined ? ` ${shape.bits}-bit` : ''}`;
  }
}

// jose 6 verifies EdDSA with Ed25519 only, and the Web Crypto of Chromium, Firefox and Safari has no Ed448.
export const ED448_UNAVAILABLE = 'jose, which checks signatures in this page, implements EdDSA with Ed25519 only, and browsers’ Web Crypto does not offer Ed448';

/** Why a token's algorithm cannot be checked here, in a sentence. */
export function unsupportedAlgorithmMessage(alg: string): string {
  if (alg === 'Ed448') return `alg "Ed448" (RFC 9864 §2.2) cannot be checked here: ${ED448_UNAVAILABLE}.`;
  return `alg ${JSON.stringify(alg)} is not one this verifier checks (HS*, RS*, PS*, ES256/384/512, EdDSA, Ed25519).`;
}

/** What kind of key a token's algorithm calls for, in words: "an RSA key". */
export function keyKindForAlgorithm(alg: string): string {
  if (isHmacAlgorithm(alg)) return 'a shared HMAC secret';
  if (alg.startsWith('RS') || alg.startsWith('PS')) return 'an RSA public key';
  if (alg === 'ES256') return 'an EC P-256 public key';
  if (alg === 'ES384') return 'an EC P-384 public key';
  if (alg === 'ES512') return 'an EC P-521 public key';
  if (alg === 'EdDSA' || alg === 'Ed25519') return 'an Ed25519 public key';
  return 'a key for that algorithm';
}
