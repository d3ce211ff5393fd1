import { CompactSign, type CryptoKey, type JWK } from 'jose';
import { encodeBase64urlText } from '../core/base64url';
import { TAG } from './der';
import { derOid, derSequence, derTlv } from './der-write';

/** Helpers shared by the verifier's tests; not part of the app. */

export function sign(payload: object, header: { alg: string } & Record<string, unknown>, key: CryptoKey | Uint8Array): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader(header).sign(key);
}

/** The same token with one payload character changed: the signature no longer fits. */
export function tamper(token: string): string {
  const [header, , signature] = token.split('.');
  return `${header}.${encodeBase64urlText(JSON.stringify({ sub: 'mallory' }))}.${signature}`;
}

/** A compact JWS with any header, payload and signature text, for tokens no library would sign. */
export function rawToken(header: object, payload: object | string, signature = 'c2ln'): string {
  const body = typeof payload === 'string' ? payload : encodeBase64urlText(JSON.stringify(payload));
  return `${encodeBase64urlText(JSON.stringify(header))}.${body}.${signature}`;
}

export function jwks(...keys: JWK[]): string {
  return JSON.stringify({ keys });
}

export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

export function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function base64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

/** An X.690 §8.3 INTEGER of these unsigned bytes (a leading zero keeps it non-negative). */
export function derUnsigned(bytes: Uint8Array | readonly number[]): Uint8Array {
  const body = Uint8Array.from(bytes);
  return derTlv(TAG.INTEGER, body[0]! & 0x80 ? Uint8Array.of(0, ...body) : body);
}

/** RFC 8017 §A.1.1 RSAPublicKey, built by hand so that any modulus and exponent can be written. */
export function rsaPublicKeyDer(n: Uint8Array, e: Uint8Array | readonly number[]): Uint8Array {
  return derSequence(derUnsigned(n), derUnsigned(e));
}

/** RFC 8017 §A.1.2 RSAPrivateKey with these n and e; the private numbers are stand-ins. */
export function rsaPrivateKeyDer(n: Uint8Array, e: Uint8Array | readonly number[]): Uint8Array {
  const filler = derUnsigned([0x01, 0x23, 0x45]);
  return derSequence(derUnsigned([0]), derUnsigned(n), derUnsigned(e), filler, filler, filler, filler, filler, filler);
}

function printableName(cn: string): Uint8Array {
  const value = derTlv(TAG.PRINTABLE_STRING, new TextEncoder().encode(cn));
  return derSequence(derTlv(TAG.SET, derSequence(derOid('2.5.4.3'), value)));
}

/**
 * A self-issued X.509 v3 certificate (RFC 5280 §4.1) around this SubjectPublicKeyInfo. Its
 * signature is filler: the verifier reads a pasted certificate for its key, never trusts it.
 */
export function certificateAround(spki: Uint8Array, cn = 'hand-built'): Uint8Array {
  const sha256WithRsa = derSequence(derOid('1.2.840.113549.1.1.11'), Uint8Array.of(TAG.NULL, 0));
  const time = (text: string) => derTlv(TAG.UTC_TIME, new TextEncoder().encode(text));
  const tbs = derSequence(
    derTlv(0xa0, derUnsigned([2])),
    derUnsigned([0x01, 0x02]),
    sha256WithRsa,
    printableName(cn),
    derSequence(time('260101000000Z'), time('360101000000Z')),
    printableName(cn),
    spki,
  );
  return derSequence(tbs, sha256WithRsa, derTlv(TAG.BIT_STRING, Uint8Array.of(0, 0xde, 0xad)));
}
