import { CompactSign, type CryptoKey, type JWK } from 'jose';
import { encodeBase64urlText } from '../core/base64url';

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
