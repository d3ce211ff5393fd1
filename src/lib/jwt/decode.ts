import { decodeBase64url, type Base64urlError } from '../core/base64url';
import { inspectJson } from '../core/json-inspect';
import { parseJson } from '../core/json-parse';
import type { DecodeError, DecodeResult, DecodedJwe, DecodedJws, JsonNote, NonCanonicalNote, Payload, SegmentInfo, SegmentName } from './types';
import type { JsonObject, JsonValue } from '../core/json';
import { isObject } from '../core/json';

const JWS_SEGMENTS: readonly SegmentName[] = ['header', 'payload', 'signature'];
// RFC 7516 §7.1: the five parts of the JWE Compact Serialization.
const JWE_SEGMENTS: readonly SegmentName[] = ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag'];

/** A compact token's shape: three or five base64url parts. */
const COMPACT_TOKEN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)?$/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function jsonTypeName(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A character as the user can see it: invisible and look-alike ones by code point. */
function characterName(character: string): string {
  const code = character.codePointAt(0)!;
  if (code > 0x20 && code < 0x7f) return JSON.stringify(character);
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${code >= 0xa0 && !/\p{C}|\p{Z}/u.test(character) ? ` ${JSON.stringify(character)}` : ''}`;
}

function base64Message(segment: SegmentName, error: Base64urlError): DecodeError {
  switch (error.code) {
    case 'invalid-character':
      return {
        code: 'invalid-base64url',
        segment,
        offset: error.offset,
        message: `${segment}: invalid base64url character ${characterName(error.character)} at offset ${error.offset}`,
      };
    case 'misplaced-padding':
      return {
        code: 'invalid-base64url',
        segment,
        offset: error.offset,
        message: `${segment}: padding '=' at offset ${error.offset} is followed by more data`,
      };
    case 'invalid-length':
      return {
        code: 'invalid-base64url',
        segment,
        message: `${segment}: ${error.length} base64url characters cannot be whole bytes (a character is missing or one too many)`,
      };
  }
}

interface SegmentBytes {
  bytes: Uint8Array | null;
  info: SegmentInfo;
}

function readSegment(name: SegmentName, text: string, notes: NonCanonicalNote[], errors: DecodeError[]): SegmentBytes {
  const result = decodeBase64url(text);
  if (!result.ok) {
    errors.push(base64Message(name, result.error));
    return { bytes: null, info: { name, text } };
  }
  for (const reason of result.nonCanonical) notes.push({ segment: name, reason });
  return { bytes: result.bytes, info: { name, text, byteLength: result.bytes.length } };
}

function readText(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

function readHeader(text: string, notes: NonCanonicalNote[], jsonNotes: JsonNote[], errors: DecodeError[]) {
  const segment = readSegment('header', text, notes, errors);
  if (text.trim() === '') {
    errors.push({ code: 'empty-part', segment: 'header', message: 'header: the first part is empty; every JWS and JWE starts with its protected header' });
    return { header: null, headerText: '', info: segment.info };
  }
  if (!segment.bytes) return { header: null, headerText: '', info: segment.info };
  const headerText = readText(segment.bytes);
  if (headerText === null) {
    errors.push({ code: 'invalid-utf8', segment: 'header', message: 'header: the decoded bytes are not UTF-8 text, so they cannot be JSON' });
    return { header: null, headerText: '', info: segment.info };
  }
  const parsed = parseJson(headerText);
  if (!parsed.ok) {
    const { problem, offset, line, column } = parsed.error;
    errors.push({ code: 'invalid-json', segment: 'header', offset, line, column, message: `header: JSON error at line ${line} column ${column}: ${problem}` });
    return { header: null, headerText, info: segment.info };
  }
  if (!isObject(parsed.value)) {
    errors.push({ code: 'not-an-object', segment: 'header', message: `header: the JSON is ${jsonTypeName(parsed.value)}, but a JOSE header must be a JSON object (RFC 7515 §4)` });
    return { header: null, headerText, info: segment.info };
  }
  noteHiddenJson('header', headerText, jsonNotes);
  return { header: parsed.value, headerText, info: segment.info };
}

/** The payload segment read as its header says (RFC 7797 "b64"), into what the payload panel shows. */
export function readPayload(
  text: string,
  header: JsonObject | null,
  notes: NonCanonicalNote[],
  jsonNotes: JsonNote[],
  errors: DecodeError[],
): { payload: Payload; info: SegmentInfo } {
  // RFC 7797 §3: with "b64": false the payload is carried as it is, not base64url-encoded.
  if (header?.b64 === false) return { payload: text === '' ? { type: 'empty' } : { type: 'text', text }, info: { name: 'payload', text, byteLength: new TextEncoder().encode(text).length } };
  if (text.trim() === '') {
    errors.push({ code: 'empty-part', segment: 'payload', message: 'payload: the middle part is empty: the payload is empty, or it is detached content (RFC 7515 Appendix F) sent apart from the token' });
    return { payload: { type: 'empty' }, info: { name: 'payload', text, byteLength: 0 } };
  }
  const segment = readSegment('payload', text, notes, errors);
  if (!segment.bytes) return { payload: { type: 'unreadable' }, info: segment.info };
  return { payload: payloadFromBytes(segment.bytes, jsonNotes, errors), info: segment.info };
}

/** Decoded payload bytes as the payload panel shows them: JSON claims, text, or bytes. */
function payloadFromBytes(bytes: Uint8Array, jsonNotes: JsonNote[], errors: DecodeError[]): Payload {
  const decoded = readText(bytes);
  if (decoded === null) return { type: 'binary', bytes };
  // Text that does not start like JSON is text; a number, true or null alone are JSON too.
  if (!/^\s*(?:[{["\d-]|true\s*$|false\s*$|null\s*$)/.test(decoded)) return { type: 'text', text: decoded };
  const parsed = parseJson(decoded);
  if (!parsed.ok && !/^\s*[{["]/.test(decoded)) return { type: 'text', text: decoded };
  if (!parsed.ok) {
    const { problem, offset, line, column } = parsed.error;
    errors.push({ code: 'invalid-json', segment: 'payload', offset, line, column, message: `payload: JSON error at line ${line} column ${column}: ${problem}` });
    return { type: 'text', text: decoded };
  }
  if (!isObject(parsed.value)) {
    errors.push({ code: 'not-an-object', segment: 'payload', message: `payload: the JSON is ${jsonTypeName(parsed.value)}, but a JWT's claims must be a JSON object (RFC 7519 §7.2)` });
    return { type: 'text', text: decoded };
  }
  noteHiddenJson('payload', decoded, jsonNotes);
  return { type: 'json', value: parsed.value, text: decoded };
}

/** A JWE's decrypted content read as a JWS payload is (RFC 7516 §5.2 step 15 hands over the plaintext as bytes). */
export function readPlaintext(bytes: Uint8Array): { payload: Payload; errors: DecodeError[]; jsonNotes: JsonNote[] } {
  const errors: DecodeError[] = [];
  const jsonNotes: JsonNote[] = [];
  const payload = bytes.length === 0 ? ({ type: 'text', text: '' } as const) : payloadFromBytes(bytes, jsonNotes, errors);
  return { payload, errors, jsonNotes };
}

function noteHiddenJson(segment: JsonNote['segment'], text: string, jsonNotes: JsonNote[]): void {
  const { duplicateMembers, impreciseNumbers } = inspectJson(text);
  for (const name of duplicateMembers) jsonNotes.push({ segment, kind: 'duplicate-member', text: name });
  for (const literal of impreciseNumbers) jsonNotes.push({ segment, kind: 'imprecise-number', text: literal });
}

function partCountError(count: number): DecodeError {
  const dots = count - 1;
  const hint =
    count === 1
      ? 'there is no dot, so this is not a compact token'
      : count === 2
        ? 'a JWS has three (header.payload.signature): the signature part, or its dot, is missing'
        : count === 4
          ? 'a JWS has three and a JWE five: one part is missing or one too many'
          : 'a JWS has three parts and a JWE five';
  return { code: 'part-count', message: `token: ${count} ${count === 1 ? 'part' : 'parts'} (${dots} ${dots === 1 ? 'dot' : 'dots'}); ${hint}` };
}

/** Whether a payload is itself a token: `cty: JWT` (RFC 7519 §5.2) or text shaped like one. */
export function isNestedToken(header: JsonObject, payload: Payload): boolean {
  if (payload.type !== 'text') return false;
  const cty = typeof header.cty === 'string' ? header.cty.toUpperCase() : '';
  return cty === 'JWT' || COMPACT_TOKEN.test(payload.text.trim());
}

// The same text is decoded while finding the token in a paste and again to show it:
// remembering the last few results makes a large paste decode once. Least recently used
// first out, so every level of an opened nested token stays decoded however deep it goes.
const recent = new Map<string, DecodeResult>();
const RECENT_SIZE = 8;

/** Decodes a compact JWS, unsecured JWS or JWE. Never throws; never verifies. Results are shared: do not mutate them. */
export function decodeToken(token: string): DecodeResult {
  const cached = recent.get(token);
  if (cached) {
    // A Map iterates in insertion order: re-inserting marks the entry as the newest.
    recent.delete(token);
    recent.set(token, cached);
    return cached;
  }
  const result = decodeUncached(token);
  if (recent.size >= RECENT_SIZE) recent.delete(recent.keys().next().value!);
  recent.set(token, result);
  return result;
}

/** Records a result decoded elsewhere (in a worker), so that decoding this token again is a look-up. */
export function rememberDecoded(token: string, result: DecodeResult): void {
  recent.delete(token);
  if (recent.size >= RECENT_SIZE) recent.delete(recent.keys().next().value!);
  recent.set(token, result);
}

function decodeUncached(token: string): DecodeResult {
  if (token.trim() === '') return { ok: false, errors: [{ code: 'empty-input', message: 'Paste a token to decode it.' }] };
  const parts = token.split('.');
  if (parts.length !== 3 && parts.length !== 5) return { ok: false, errors: [partCountError(parts.length)] };
  const errors: DecodeError[] = [];
  const notes: NonCanonicalNote[] = [];
  const jsonNotes: JsonNote[] = [];
  const head = readHeader(parts[0]!, notes, jsonNotes, errors);
  return parts.length === 5 ? decodeJwe(parts, head, notes, jsonNotes, errors) : decodeJws(parts, head, notes, jsonNotes, errors);
}

type Head = ReturnType<typeof readHeader>;

function decodeJws(parts: string[], head: Head, notes: NonCanonicalNote[], jsonNotes: JsonNote[], errors: DecodeError[]): DecodeResult {
  const { payload, info: payloadInfo } = readPayload(parts[1]!, head.header, notes, jsonNotes, errors);
  const signature = readSegment('signature', parts[2]!, notes, errors);
  if (!head.header) return { ok: false, errors };
  const header = head.header;
  const alg = header.alg;
  // RFC 7515 §4.1.1: "alg" is required.
  if (alg === undefined) errors.push({ code: 'alg-missing', segment: 'header', message: 'header: no "alg" parameter, which every JWS must have (RFC 7515 §4.1.1)' });
  const unsecured = typeof alg === 'string' && alg.toLowerCase() === 'none';
  const signatureBytes = signature.bytes ?? new Uint8Array(0);
  if (unsecured && parts[2] !== '') {
    // RFC 7519 §6.1: an Unsecured JWS has the empty string as its signature.
    errors.push({ code: 'unsecured-with-signature', segment: 'signature', message: 'signature: alg is "none" yet the signature part is not empty (RFC 7519 §6.1)' });
  }
  if (!unsecured && parts[2]!.trim() === '') {
    errors.push({ code: 'signature-missing', segment: 'signature', message: `signature: empty, but alg ${JSON.stringify(alg)} needs one: the token was cut short or its signature stripped` });
  }
  const value: DecodedJws = {
    type: unsecured ? 'Unsecured' : 'JWS',
    header,
    headerText: head.headerText,
    payload,
    signature: signatureBytes,
    segments: [head.info, payloadInfo, signature.info],
    nonCanonical: notes,
    jsonNotes,
    errors,
    nested: isNestedToken(header, payload),
  };
  return { ok: true, value };
}

function decodeJwe(parts: string[], head: Head, notes: NonCanonicalNote[], jsonNotes: JsonNote[], errors: DecodeError[]): DecodeResult {
  const segments = [head.info];
  for (let i = 1; i < 5; i++) segments.push(readSegment(JWE_SEGMENTS[i]!, parts[i]!, notes, errors).info);
  if (!head.header) return { ok: false, errors };
  for (const name of ['iv', 'ciphertext', 'tag'] as const) {
    const segment = segments.find((s) => s.name === name);
    // RFC 7516 §7.1 lets only the encrypted key be empty (for "dir" and "ECDH-ES").
    if (segment && segment.text === '') errors.push({ code: 'empty-part', segment: name, message: `${name}: empty, but a JWE needs its ${name === 'iv' ? 'initialization vector' : name === 'tag' ? 'authentication tag' : 'ciphertext'}` });
  }
  const value: DecodedJwe = { type: 'JWE', header: head.header, headerText: head.headerText, segments, nonCanonical: notes, jsonNotes, errors };
  return { ok: true, value };
}

export { JWS_SEGMENTS, JWE_SEGMENTS };
