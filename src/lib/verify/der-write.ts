import { TAG } from './der';

/**
 * A tiny DER writer (ITU-T X.690 §10), just enough to rewrap the older key formats
 * (PKCS#1, SEC1) into the SPKI and PKCS#8 structures that WebCrypto imports.
 */

function lengthBytes(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return [0x80 | bytes.length, ...bytes];
}

export function derTlv(tag: number, content: Uint8Array): Uint8Array {
  const header = [tag, ...lengthBytes(content.length)];
  const out = new Uint8Array(header.length + content.length);
  out.set(header, 0);
  out.set(content, header.length);
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export function derSequence(...parts: Uint8Array[]): Uint8Array {
  return derTlv(TAG.SEQUENCE, concat(parts));
}

/** X.690 §8.19: arcs in base 128, the first two folded into one. */
export function derOid(dotted: string): Uint8Array {
  const arcs = dotted.split('.').map(Number);
  const values = [arcs[0]! * 40 + arcs[1]!, ...arcs.slice(2)];
  const bytes: number[] = [];
  for (const value of values) {
    const chunk = [value & 0x7f];
    for (let rest = Math.floor(value / 128); rest > 0; rest = Math.floor(rest / 128)) chunk.unshift((rest & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return derTlv(TAG.OID, Uint8Array.from(bytes));
}

/** A BIT STRING of whole bytes: the leading 0 says no bits are unused (X.690 §8.6.2.2). */
function derBitString(bytes: Uint8Array): Uint8Array {
  return derTlv(TAG.BIT_STRING, concat([Uint8Array.of(0), bytes]));
}

export const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsassaPss: '1.2.840.113549.1.1.10',
  ecPublicKey: '1.2.840.10045.2.1',
  p256: '1.2.840.10045.3.1.7',
  p384: '1.3.132.0.34',
  p521: '1.3.132.0.35',
  secp256k1: '1.3.132.0.10',
  x25519: '1.3.101.110',
  x448: '1.3.101.111',
  ed25519: '1.3.101.112',
  ed448: '1.3.101.113',
} as const;

/** RFC 3279 §2.3.1: rsaEncryption's AlgorithmIdentifier carries NULL parameters. */
function rsaAlgorithmIdentifier(): Uint8Array {
  return derSequence(derOid(OID.rsaEncryption), Uint8Array.of(TAG.NULL, 0));
}

/** RFC 5280 §4.1.2.7 SubjectPublicKeyInfo around an RFC 8017 §A.1.1 RSAPublicKey (PKCS#1). */
export function spkiFromPkcs1(rsaPublicKey: Uint8Array): Uint8Array {
  return derSequence(rsaAlgorithmIdentifier(), derBitString(rsaPublicKey));
}

/** RFC 5208 §5 PrivateKeyInfo (version 0) around an RFC 8017 §A.1.2 RSAPrivateKey. */
export function pkcs8FromPkcs1(rsaPrivateKey: Uint8Array): Uint8Array {
  return derSequence(Uint8Array.of(TAG.INTEGER, 1, 0), rsaAlgorithmIdentifier(), derTlv(TAG.OCTET_STRING, rsaPrivateKey));
}

/** RFC 5480 §2: an EC SubjectPublicKeyInfo from a named curve and its encoded point. */
export function spkiFromEcPoint(curveOid: string, point: Uint8Array): Uint8Array {
  return derSequence(derSequence(derOid(OID.ecPublicKey), derOid(curveOid)), derBitString(point));
}

/** RFC 7468 §2 textual encoding: base64 in lines of 64 characters between the labels. */
export function derToPem(der: Uint8Array, label: string): string {
  let binary = '';
  for (const byte of der) binary += String.fromCharCode(byte);
  const lines = btoa(binary).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
