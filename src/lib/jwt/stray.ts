import { decodeToken } from './decode';

/**
 * A compact token followed by characters no compact token has: a fourth "." after a
 * JWS's signature, a "?" or "#" from the URL it was cut out of. The token as a whole is
 * malformed (RFC 7515 §7.1, RFC 7516 §7.1); the part before them may still be readable.
 */
export interface StrayTail {
  /** The token before the stray characters. */
  readable: string;
  /** The stray characters, from the first one to the end. */
  stray: string;
  /** Where they start, as an offset in the whole token. */
  offset: number;
}

// Not a character the decoder reads inside a part (base64url, and the base64 it notes as non-canonical) nor a dot.
const NOT_TOKEN_CHAR = /[^A-Za-z0-9_+/=.-]/;

/** Index of the n-th "." (from 1), or -1. */
function nthDot(text: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf('.', at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** Whether text is a well-formed compact token of the kind its header names (three parts for a JWS, five for a JWE). */
function wellFormed(text: string, parts: number): boolean {
  const decoded = decodeToken(text);
  return decoded.ok && (parts === 5) === (decoded.value.header.enc !== undefined);
}

/**
 * Splits a token that is readable up to some characters at its end: returns null for a
 * token that is well formed, or broken in a way stray characters do not explain.
 */
export function strayTail(token: string): StrayTail | null {
  // One native scan: a token of megabytes is checked on every render of the verifier.
  const other = token.search(NOT_TOKEN_CHAR);
  const firstOther = other < 0 ? token.length : other;
  const count = token.split('.').length;
  if (firstOther === token.length && (count === 3 || count === 5) && wellFormed(token, count)) return null;
  for (const parts of [3, 5]) {
    const dot = nthDot(token, parts);
    const cut = Math.min(firstOther, dot < 0 ? token.length : dot);
    if (cut === 0 || cut >= token.length) continue;
    const readable = token.slice(0, cut);
    const stray = token.slice(cut);
    // "." then more base64url is another part: a token of the wrong number of parts, not a stray tail.
    if (/^\.+[A-Za-z0-9_+/=-]/.test(stray)) continue;
    if (readable.split('.').length === parts && wellFormed(readable, parts)) return { readable, stray, offset: cut };
  }
  return null;
}
