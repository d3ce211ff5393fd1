import { rfc, type AlgorithmInfo } from './algorithm-info';
import { JWE_ALGORITHMS } from './algorithms-jwe';
const HMAC_NOTE =
  'A shared secret: whoever can verify can also forge. The key must be at least as long as the hash output (RFC 7518 §3.2).';

/** The JWS algorithms; the JWE ones are in algorithms-jwe.ts. */
const SIGNATURE_ALGORITHMS: readonly AlgorithmInfo[] = [
  {
    name: 'HS256',
    description: 'HMAC using SHA-256',
    family: 'HMAC',
    hash: 'SHA-256',
    signatureBytes: 32,
    note: HMAC_NOTE,
    ...rfc(7518, '3.2'),
  },
  {
    name: 'HS384',
    description: 'HMAC using SHA-384',
    family: 'HMAC',
    hash: 'SHA-384',
    signatureBytes: 48,
    note: HMAC_NOTE,
    ...rfc(7518, '3.2'),
  },
  {
    name: 'HS512',
    description: 'HMAC using SHA-512',
    family: 'HMAC',
    hash: 'SHA-512',
    signatureBytes: 64,
    note: HMAC_NOTE,
    ...rfc(7518, '3.2'),
  },
  {
    name: 'RS256',
    description: 'RSASSA-PKCS1-v1_5 using SHA-256',
    family: 'RSA',
    hash: 'SHA-256',
    signatureBytes: 'modulus',
    ...rfc(7518, '3.3'),
  },
  {
    name: 'RS384',
    description: 'RSASSA-PKCS1-v1_5 using SHA-384',
    family: 'RSA',
    hash: 'SHA-384',
    signatureBytes: 'modulus',
    ...rfc(7518, '3.3'),
  },
  {
    name: 'RS512',
    description: 'RSASSA-PKCS1-v1_5 using SHA-512',
    family: 'RSA',
    hash: 'SHA-512',
    signatureBytes: 'modulus',
    ...rfc(7518, '3.3'),
  },
  // JWS carries ECDSA signatures as the fixed-length R || S, not DER (RFC 7518 §3.4).
  {
    name: 'ES256',
    description: 'ECDSA using P-256 and SHA-256',
    family: 'ECDSA',
    hash: 'SHA-256',
    signatureBytes: 64,
    ...rfc(7518, '3.4'),
  },
  {
    name: 'ES384',
    description: 'ECDSA using P-384 and SHA-384',
    family: 'ECDSA',
    hash: 'SHA-384',
    signatureBytes: 96,
    ...rfc(7518, '3.4'),
  },
  {
    name: 'ES512',
    description: 'ECDSA using P-521 and SHA-512',
    family: 'ECDSA',
    hash: 'SHA-512',
    signatureBytes: 132,
    ...rfc(7518, '3.4'),
  },
  {
    name: 'PS256',
    description: 'RSASSA-PSS using SHA-256 and MGF1 with SHA-256',
    family: 'RSA-PSS',
    hash: 'SHA-256',
    signatureBytes: 'modulus',
    ...rfc(7518, '3.5'),
  },
  {
    name: 'PS384',
    description: 'RSASSA-PSS using SHA-384 and MGF1 with SHA-384',
    family: 'RSA-PSS',
    hash: 'SHA-384',
    signatureBytes: 'modulus',
    ...rfc(7518, '3.5'),
  },
  {
    name: 'PS512',
    description: 'RSASSA-PSS using SHA-512 and MGF1 with SHA-512',
    family: 'RSA-PSS',
    hash: 'SHA-512',
    signatureBytes: 'modulus',
    ...rfc(7518, '3.5'),
  },
  {
    name: 'none',
    description: 'No digital signature or MAC performed',
    family: 'none',
    signatureBytes: 0,
    note: 'An unsecured JWS: anyone can write one. It must be refused unless the application explicitly expects an unprotected token (RFC 7518 §3.6).',
    ...rfc(7518, '3.6'),
  },
  {
    name: 'EdDSA',
    description: 'EdDSA signature algorithms',
    family: 'EdDSA',
    // No signatureBytes: the curve comes from the key, Ed25519 signing 64 bytes and Ed448 114.
    note: 'Deprecated by RFC 9864 §2.2 because the key, not the name, decides between Ed25519 and Ed448; prefer those names.',
    ...rfc(8037, '3.1'),
  },
  {
    name: 'Ed25519',
    description: 'EdDSA using the Ed25519 parameter set',
    family: 'EdDSA',
    signatureBytes: 64,
    ...rfc(9864, '2.2'),
  },
  {
    name: 'Ed448',
    description: 'EdDSA using the Ed448 parameter set',
    family: 'EdDSA',
    signatureBytes: 114,
    ...rfc(9864, '2.2'),
  },
  {
    name: 'ES256K',
    description: 'ECDSA using secp256k1 curve and SHA-256',
    family: 'ECDSA',
    hash: 'SHA-256',
    signatureBytes: 64,
    ...rfc(8812, '3.2'),
  },
];

export const ALGORITHMS: readonly AlgorithmInfo[] = [...SIGNATURE_ALGORITHMS, ...JWE_ALGORITHMS];

// Exact lookup: "alg" values are case-sensitive (RFC 7515 §4.1.1), so "None" is not "none".
const BY_NAME: ReadonlyMap<string, AlgorithmInfo> = new Map(ALGORITHMS.map((alg) => [alg.name, alg]));

export function algorithmInfo(name: string): AlgorithmInfo | undefined {
  return BY_NAME.get(name);
}

/** "RS256 — RSASSA-PKCS1-v1_5 using SHA-256"; "XYZ — not a registered JWS algorithm" for unknown names. */
export function describeAlgorithm(name: string): string {
  const info = BY_NAME.get(name);
  return `${name} — ${info === undefined ? 'not a registered JWS algorithm' : info.description}`;
}

/** The decoded signature length `alg` produces; undefined when unknown or when the key decides it (EdDSA). */
export function expectedSignatureLength(alg: string): number | 'modulus' | undefined {
  return BY_NAME.get(alg)?.signatureBytes;
}
