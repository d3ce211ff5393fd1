/**
 * What the credential adds to every request: a session cookie against a bearer token,
 * counted as the header field line the browser sends.
 */

import { EXAMPLE_SESSION_ID, FIRST_ACCESS_TOKEN, SESSION_COOKIE_NAME } from './example-values';
import { hpackEstimate, type HpackEstimate } from './hpack';
import { byteLength } from './http-message';
import type { Result } from '../core/result';

/** A megabyte in SI units, 10^6 bytes (not the IEC mebibyte, 2^20). */
export const MEGABYTE = 1_000_000;

/** A cookie's name and value together may not pass 4,096 bytes (rfc6265bis §5.6; MDN). */
const COOKIE_NAME_VALUE_LIMIT = 4096;

/** The example's access token, as a typical small JWT access token (472 characters). */
export const TYPICAL_ACCESS_TOKEN = FIRST_ACCESS_TOKEN.token;

export interface CredentialHeaderSize {
  kind: 'cookie' | 'bearer';
  /** The field line as written in HTTP/1.1, without its CRLF: "Cookie: __Host-session=…". */
  line: string;
  /** The line and its CRLF in bytes (RFC 9112 §5): what each HTTP/1.1 request carries. */
  bytesPerRequest: number;
  /** For a million requests in SI megabytes: bytes × 10^6 / 10^6, so the same number as bytesPerRequest. */
  megabytesPerMillionRequests: number;
  /** What the same field costs over HTTP/2. */
  hpack: HpackEstimate;
}

type SizeNoteCode = 'si-megabytes' | 'http2-hpack' | 'huffman-not-counted' | 'other-cookies' | 'not-b64token' | 'too-large-for-cookie';

export interface SizeNote {
  code: SizeNoteCode;
  message: string;
}

export interface RequestSizeComparison {
  session: CredentialHeaderSize;
  jwt: CredentialHeaderSize;
  /** Bytes the token costs beyond the cookie, per HTTP/1.1 request. */
  extraBytesPerRequest: number;
  /** The token's line over the cookie's. */
  ratio: number;
  notes: SizeNote[];
}

type SizeErrorCode = 'empty-token' | 'line-break';

type SizeResult = Result<RequestSizeComparison, { code: SizeErrorCode; message: string }>;

function size(kind: CredentialHeaderSize['kind'], fieldName: string, value: string): CredentialHeaderSize {
  const line = `${fieldName}: ${value}`;
  const bytesPerRequest = byteLength(line) + 2;
  return {
    kind,
    line,
    bytesPerRequest,
    megabytesPerMillionRequests: (bytesPerRequest * 1_000_000) / MEGABYTE,
    hpack: hpackEstimate(kind === 'cookie' ? 'cookie' : 'authorization', value),
  };
}

/** The Cookie line carrying one cookie. */
export function cookieHeaderSize(name = SESSION_COOKIE_NAME, value = EXAMPLE_SESSION_ID): CredentialHeaderSize {
  return size('cookie', 'Cookie', `${name}=${value}`);
}

/** The Authorization line carrying a bearer token (RFC 6750 §2.1). */
export function bearerHeaderSize(token: string): CredentialHeaderSize {
  return size('bearer', 'Authorization', `Bearer ${token}`);
}

/** RFC 6750 §2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=" */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/** A token as pasted: surrounding space, and a leading "Authorization:" or "Bearer ", taken off. */
export function normaliseToken(text: string): string {
  return text.trim().replace(/^(?:authorization:\s*)?bearer(?:\s+|$)/i, '').trim();
}

/**
 * Compares the session cookie with a bearer token: any token text (the decoder's, or
 * TYPICAL_ACCESS_TOKEN). The cookie defaults to the example's `__Host-session` with its 43-character ID.
 */
export function compareRequestSizes(tokenText: string, cookie: { name: string; value: string } = { name: SESSION_COOKIE_NAME, value: EXAMPLE_SESSION_ID }): SizeResult {
  const token = normaliseToken(tokenText);
  if (token === '') return { ok: false, error: { code: 'empty-token', message: 'Paste a token to compare its size.' } };
  // A header value cannot hold CR, LF or NUL (RFC 9110 §5.5).
  if (/[\r\n\0]/.test(token)) return { ok: false, error: { code: 'line-break', message: 'The token has a line break inside, so it cannot be sent in a header as it is.' } };

  const session = cookieHeaderSize(cookie.name, cookie.value);
  const jwt = bearerHeaderSize(token);
  const notes: SizeNote[] = [
    { code: 'si-megabytes', message: 'MB are SI megabytes (1,000,000 bytes): so many bytes per request make as many MB per million requests.' },
    {
      code: 'http2-hpack',
      message:
        'Over HTTP/2, HPACK sends a header repeated on one connection as a one-byte index after the first request, if the encoder indexes it: Chromium does; nghttp2 (curl, Node.js) never indexes Authorization, so a bearer token then goes in full every time.',
    },
    { code: 'huffman-not-counted', message: 'HTTP/2 counts leave out Huffman coding, which shortens a first literal by a few bits a character.' },
    { code: 'other-cookies', message: 'A real Cookie line carries every cookie the site has set for the path, not only the session.' },
  ];
  if (!B64TOKEN.test(token)) {
    notes.push({ code: 'not-b64token', message: 'The token has characters a bearer token may not (RFC 6750 §2.1 allows letters, digits and - . _ ~ + / then = padding).' });
  }
  if (byteLength(`${cookie.name}=${token}`) > COOKIE_NAME_VALUE_LIMIT) {
    notes.push({ code: 'too-large-for-cookie', message: `As a cookie this token would pass the ${COOKIE_NAME_VALUE_LIMIT}-byte limit for name and value, and browsers would drop it.` });
  }
  return {
    ok: true,
    value: { session, jwt, extraBytesPerRequest: jwt.bytesPerRequest - session.bytesPerRequest, ratio: jwt.bytesPerRequest / session.bytesPerRequest, notes },
  };
}

/**
 * Megabytes (SI) a credential costs for a million requests over HTTP/2, when each
 * connection carries `requestsPerConnection` requests and the encoder indexes the field.
 */
export function http2MegabytesPerMillion(hpack: HpackEstimate, requestsPerConnection: number): number {
  if (!(Number.isSafeInteger(requestsPerConnection) && requestsPerConnection >= 1)) throw new RangeError('requestsPerConnection must be a whole number, at least 1');
  const requests = 1_000_000;
  const connections = Math.ceil(requests / requestsPerConnection);
  return (connections * hpack.firstRequestBytes + (requests - connections) * hpack.laterRequestBytes) / MEGABYTE;
}
