/**
 * The keys the generator makes, one row each: what WebCrypto is asked for and which JWS
 * algorithms the key serves (RFC 7518 §3.1 for the algorithm names).
 */

export type KeyKind =
  | 'RSA-2048'
  | 'RSA-3072'
  | 'RSA-4096'
  | 'EC-P-256'
  | 'EC-P-384'
  | 'EC-P-521'
  | 'Ed25519'
  | 'HS256'
  | 'HS384'
  | 'HS512';

type KeyFamily = 'RSA' | 'EC' | 'OKP' | 'oct';

interface KeyKindInfo {
  kind: KeyKind;
  /** The option's text: "RSA 2048-bit". */
  label: string;
  family: KeyFamily;
  /** The algorithm used when the caller names none. */
  defaultAlg: string;
  /** Every algorithm the caller may choose for this kind. */
  algs: readonly string[];
  modulusLength?: number;
  crv?: 'P-256' | 'P-384' | 'P-521' | 'Ed25519';
  /** HMAC secret length: RFC 7518 §3.2 wants a key at least as long as the hash output. */
  secretBytes?: number;
}

const RSA_ALGS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'] as const;

export const KEY_KINDS: readonly KeyKindInfo[] = [
  { kind: 'RSA-2048', label: 'RSA 2048-bit', family: 'RSA', defaultAlg: 'RS256', algs: RSA_ALGS, modulusLength: 2048 },
  { kind: 'RSA-3072', label: 'RSA 3072-bit', family: 'RSA', defaultAlg: 'RS256', algs: RSA_ALGS, modulusLength: 3072 },
  { kind: 'RSA-4096', label: 'RSA 4096-bit', family: 'RSA', defaultAlg: 'RS256', algs: RSA_ALGS, modulusLength: 4096 },
  // RFC 7518 §3.4: each ECDSA algorithm is bound to one curve.
  { kind: 'EC-P-256', label: 'EC P-256 (ES256)', family: 'EC', defaultAlg: 'ES256', algs: ['ES256'], crv: 'P-256' },
  { kind: 'EC-P-384', label: 'EC P-384 (ES384)', family: 'EC', defaultAlg: 'ES384', algs: ['ES384'], crv: 'P-384' },
  { kind: 'EC-P-521', label: 'EC P-521 (ES512)', family: 'EC', defaultAlg: 'ES512', algs: ['ES512'], crv: 'P-521' },
  // RFC 8037 §3.1 "EdDSA"; RFC 9864 §2.2 names the same signatures "Ed25519".
  { kind: 'Ed25519', label: 'Ed25519 (EdDSA)', family: 'OKP', defaultAlg: 'EdDSA', algs: ['EdDSA', 'Ed25519'], crv: 'Ed25519' },
  { kind: 'HS256', label: 'HMAC secret, 32 bytes (HS256)', family: 'oct', defaultAlg: 'HS256', algs: ['HS256'], secretBytes: 32 },
  { kind: 'HS384', label: 'HMAC secret, 48 bytes (HS384)', family: 'oct', defaultAlg: 'HS384', algs: ['HS384'], secretBytes: 48 },
  { kind: 'HS512', label: 'HMAC secret, 64 bytes (HS512)', family: 'oct', defaultAlg: 'HS512', algs: ['HS512'], secretBytes: 64 },
];

export function keyKindInfo(kind: KeyKind): KeyKindInfo {
  const info = KEY_KINDS.find((k) => k.kind === kind);
  if (!info) throw new Error(`unknown key kind ${kind}`);
  return info;
}

export function isKeyKind(value: string): value is KeyKind {
  return KEY_KINDS.some((k) => k.kind === value);
}
