import { base64urlProblem, decodeBase64url } from '../core/base64url';
import type { JsonObject } from '../core/json';
import { isObject } from '../core/json';

/** Reading the base64url members of a JWE and its headers, with messages that name the member. */

export type Decoded = { ok: true; bytes: Uint8Array } | { ok: false; problem: string };


/** RFC 7515 §2 base64url, as RFC 7516 §7.2.1 writes every binary member; jose too refuses the standard alphabet's "+" and "/". */
export function decodeMember(text: string): Decoded {
  const decoded = decodeBase64url(text);
  if (!decoded.ok) return { ok: false, problem: base64urlProblem(decoded.error) };
  if (decoded.nonCanonical.includes('standard-alphabet')) return { ok: false, problem: 'uses "+" or "/", which belong to standard base64, not to base64url ("-" and "_")' };
  return { ok: true, bytes: decoded.bytes };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes as UTF-8 text, or undefined when they are not UTF-8. */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

export type HeaderRead = { ok: true; header: JsonObject; text: string } | { ok: false; problem: string };

/** RFC 7516 §7.2.1 "protected": BASE64URL(UTF8(JWE Protected Header)), a JSON object. */
export function readProtectedHeader(encoded: string): HeaderRead {
  const decoded = decodeMember(encoded);
  if (!decoded.ok) return { ok: false, problem: `is not base64url: it ${decoded.problem}` };
  const text = utf8Text(decoded.bytes);
  if (text === undefined) return { ok: false, problem: 'does not decode to UTF-8 text' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: `decodes to ${JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)}, which is not JSON` };
  }
  if (!isObject(value)) return { ok: false, problem: 'decodes to JSON that is not an object' };
  return { ok: true, header: value, text };
}
