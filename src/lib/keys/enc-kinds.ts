import { rfc, type Source } from '../core/source';

/**
 * The encryption keys the generator makes (JWE, RFC 7516), one row each: what is asked of
 * WebCrypto or how many random bytes, and which key management algorithms ("alg", RFC 7518
 * §4.1) the key serves. A `dir` key is the content encryption key itself (RFC 7518 §4.5),
 * so its size is the one its "enc" needs (RFC 7518 §5.1).
 */

export type EncKeyKind =
  | 'RSA-OAEP-2048'
  | 'RSA-OAEP-3072'
  | 'RSA-OAEP-4096'
  | 'ECDH-P-256'
  | 'ECDH-P-384'
  | 'ECDH-P-521'
  | 'X25519'
  | 'AES-128'
  | 'AES-192'
  | 'AES-256'
  | 'dir-A128GCM'
  | 'dir-A192GCM'
  | 'dir-A256GCM'
  | 'dir-A128CBC-HS256'
  | 'dir-A192CBC-HS384'
  | 'dir-A256CBC-HS512';

export interface EncKeyKindInfo {
  kind: EncKeyKind;
  /** The option's text: "RSA 2048-bit (RSA-OAEP)". */
  label: string;
  family: 'RSA' | 'EC' | 'OKP' | 'oct';
  /** The algorithm used when the caller names none. */
  defaultAlg: string;
  /** Every "alg" the caller may choose for this kind. */
  algs: readonly string[];
  modulusLength?: number;
  crv?: 'P-256' | 'P-384' | 'P-521' | 'X25519';
  secretBytes?: number;
  /** For a `dir` key, the content encryption it is the key of. */
  enc?: string;
  sources: readonly Source[];
}

const IANA_JOSE: Source = {
  source: 'IANA JSON Web Signature and Encryption Algorithms',
  sourceUrl: 'https://www.iana.org/assignments/jose/jose.xhtml#web-signature-encryption-algorithms',
};

// RFC 7518 §4.3 defines RSA-OAEP and RSA-OAEP-256; RSA-OAEP-384 and -512 are in the IANA registry.
const RSA_OAEP_ALGS = ['RSA-OAEP-256', 'RSA-OAEP', 'RSA-OAEP-384', 'RSA-OAEP-512'] as const;
// RFC 7518 §4.6: direct key agreement, or agreement on a key that wraps the CEK.
const ECDH_ALGS = ['ECDH-ES', 'ECDH-ES+A128KW', 'ECDH-ES+A192KW', 'ECDH-ES+A256KW'] as const;

function rsa(bits: 2048 | 3072 | 4096): EncKeyKindInfo {
  // RFC 7518 §4.3: a key of 2048 bits or larger.
  return { kind: `RSA-OAEP-${bits}`, label: `RSA ${bits}-bit (RSA-OAEP)`, family: 'RSA', defaultAlg: 'RSA-OAEP-256', algs: RSA_OAEP_ALGS, modulusLength: bits, sources: [rfc(7518, '4.3'), IANA_JOSE] };
}

function ecdh(crv: 'P-256' | 'P-384' | 'P-521'): EncKeyKindInfo {
  return { kind: `ECDH-${crv}`, label: `EC ${crv} (ECDH-ES)`, family: 'EC', defaultAlg: 'ECDH-ES', algs: ECDH_ALGS, crv, sources: [rfc(7518, '4.6')] };
}

function aes(bits: 128 | 192 | 256): EncKeyKindInfo {
  // RFC 7518 §4.4 (AES Key Wrap) and §4.7 (AES-GCM key wrapping): the key is as long as the AES key.
  const algs = [`A${bits}KW`, `A${bits}GCMKW`];
  return { kind: `AES-${bits}`, label: `AES key wrap, ${bits / 8} bytes (${algs.join(', ')})`, family: 'oct', defaultAlg: algs[0]!, algs, secretBytes: bits / 8, sources: [rfc(7518, '4.4'), rfc(7518, '4.7')] };
}

function direct(enc: string, bytes: number, section: string): EncKeyKindInfo {
  const kind = `dir-${enc}` as EncKeyKind;
  return { kind, label: `Direct key, ${bytes} bytes (dir with ${enc})`, family: 'oct', defaultAlg: 'dir', algs: ['dir'], secretBytes: bytes, enc, sources: [rfc(7518, '4.5'), rfc(7518, section)] };
}

export const ENC_KEY_KINDS: readonly EncKeyKindInfo[] = [
  rsa(2048),
  rsa(3072),
  rsa(4096),
  ecdh('P-256'),
  ecdh('P-384'),
  ecdh('P-521'),
  // RFC 8037 §3.2: ECDH-ES with X25519, an OKP key.
  { kind: 'X25519', label: 'X25519 (ECDH-ES)', family: 'OKP', defaultAlg: 'ECDH-ES', algs: ECDH_ALGS, crv: 'X25519', sources: [rfc(8037, '3.2'), rfc(7518, '4.6')] },
  aes(128),
  aes(192),
  aes(256),
  // RFC 7518 §5.3: AES-GCM keys of 128, 192, 256 bits.
  direct('A128GCM', 16, '5.3'),
  direct('A192GCM', 24, '5.3'),
  direct('A256GCM', 32, '5.3'),
  // RFC 7518 §5.2.3-§5.2.5: a MAC key and an AES key together, twice the AES key's size.
  direct('A128CBC-HS256', 32, '5.2.3'),
  direct('A192CBC-HS384', 48, '5.2.4'),
  direct('A256CBC-HS512', 64, '5.2.5'),
];

export function encKeyKindInfo(kind: EncKeyKind): EncKeyKindInfo {
  const info = ENC_KEY_KINDS.find((k) => k.kind === kind);
  if (!info) throw new Error(`unknown encryption key kind ${kind}`);
  return info;
}

export function isEncKeyKind(value: string): value is EncKeyKind {
  return ENC_KEY_KINDS.some((k) => k.kind === value);
}

/**
 * True when using the key asks for 192-bit AES (A192KW, A192GCMKW, ECDH-ES+A192KW,
 * A192GCM, A192CBC-HS384): Chromium's WebCrypto has no 192-bit AES, so it cannot use them.
 */
export function needsAes192(kind: EncKeyKind, alg: string): boolean {
  const enc = encKeyKindInfo(kind).enc ?? '';
  return /A192/.test(alg) || /A192/.test(enc);
}
