import { isObject, type JsonObject } from '../core/json';
import { parseJson } from '../core/json-parse';
import { jsonTypeName, readPayload } from './decode';
import { readSignature } from './json-serialization-signature';
import type { DecodedJwsJson, JwsJsonError, JwsJsonForm, JwsJsonResult, JwsJsonSignature } from './json-serialization-types';
import type { DecodeError, JsonNote, NonCanonicalNote, Payload } from './types';

/**
 * Reads a JWS in the JSON serialization (RFC 7515 §7.2): the general form, one payload
 * with an array of signatures, and the flattened form, one signature at the top level.
 * Decodes leniently and never verifies; every problem names its member.
 */

/**
 * A JWS in the JSON serialization is read up to this many signatures. Each is shown with
 * its headers and checked with the key (a JWK Set tries up to 32 keys for each one), so an
 * array of thousands would hold up the page; those past the limit are counted, not read.
 * It stays out of core/limits.ts: that module is in the first view, and sharing it with this
 * lazily loaded parser would split it into a request of its own.
 */
export const MAX_JWS_SIGNATURES = 32;

// RFC 7515 §7.2.2: the members the flattened form puts at the top level.
const FLATTENED_MEMBERS = ['protected', 'header', 'signature'] as const;

function fail(error: JwsJsonError): JwsJsonResult {
  return { ok: false, error };
}

function readSignatures(object: JsonObject, errors: JwsJsonError[]): { form: JwsJsonForm; signatures: JwsJsonSignature[]; count: number } | JwsJsonError {
  if (!Object.hasOwn(object, 'signatures')) {
    if (!FLATTENED_MEMBERS.some((name) => Object.hasOwn(object, name))) {
      return {
        code: 'no-signature',
        message: 'The object has neither "signatures" (the general JSON serialization, RFC 7515 §7.2.1) nor "signature" (the flattened one, RFC 7515 §7.2.2).',
      };
    }
    return { form: 'flattened', signatures: [readSignature(object, 0, '')], count: 1 };
  }
  const list = object.signatures;
  if (!Array.isArray(list)) {
    return { code: 'signatures-not-array', member: 'signatures', message: `"signatures" is ${jsonTypeName(list ?? null)}, but the general serialization needs an array of signature objects (RFC 7515 §7.2.1).` };
  }
  if (list.length === 0) return { code: 'signatures-empty', member: 'signatures', message: '"signatures" is an empty array: there is no signature to show or check (RFC 7515 §7.2.1).' };
  const beside = FLATTENED_MEMBERS.filter((name) => Object.hasOwn(object, name));
  if (beside.length > 0) {
    errors.push({
      code: 'mixed-serializations',
      message: `The object has "signatures" and also ${beside.map((n) => JSON.stringify(n)).join(', ')} at the top level, which only the flattened form has (RFC 7515 §7.2.2). It is read as the general form; those members are ignored.`,
    });
  }
  if (list.length > MAX_JWS_SIGNATURES) {
    const rest = list.length - MAX_JWS_SIGNATURES;
    errors.push({
      code: 'too-many-signatures',
      member: 'signatures',
      message: `"signatures" holds ${list.length.toLocaleString('en-US')} signatures: the first ${MAX_JWS_SIGNATURES} are shown and checked, and the other ${rest.toLocaleString('en-US')} are not read, to keep the page responsive.`,
    });
  }
  const signatures = list.slice(0, MAX_JWS_SIGNATURES).map((entry, i) => readSignature(entry, i, `signatures[${i}]`));
  return { form: 'general', signatures, count: list.length };
}

/** How the payload is read: as jose does, by the first signature that could be read, and all must agree. */
function payloadEncoding(signatures: readonly JwsJsonSignature[], errors: JwsJsonError[]): boolean {
  const readable = signatures.filter((s) => s.protectedHeader !== null || s.header !== null);
  const unencoded = readable[0]?.unencoded ?? false;
  const other = readable.find((s) => s.unencoded !== unencoded);
  if (other) {
    // One "payload" member cannot be both base64url and raw (RFC 7797 §3); jose refuses such a JWS.
    errors.push({
      code: 'b64-inconsistent',
      member: other.path,
      message: `${other.path} reads the payload ${other.unencoded ? 'as it stands ("b64": false)' : 'as base64url'}, but ${readable[0]!.path} reads it ${unencoded ? 'as it stands ("b64": false)' : 'as base64url'}: the signatures cannot all cover the one "payload" (RFC 7797 §3). It is shown as ${readable[0]!.path} reads it.`,
    });
  }
  return unencoded;
}

function readPayloadMember(object: JsonObject, unencoded: boolean, errors: JwsJsonError[]): { payloadMember: string | null; payload: Payload } {
  const member = object.payload;
  if (member === undefined) {
    errors.push({
      code: 'payload-missing',
      member: 'payload',
      message: '"payload" is missing: a JWS with detached content (RFC 7515 Appendix F) carries it elsewhere, so its signatures cannot be checked from this text alone.',
    });
    return { payloadMember: null, payload: { type: 'empty' } };
  }
  if (typeof member !== 'string') {
    errors.push({ code: 'payload-not-string', member: 'payload', message: `"payload" is ${jsonTypeName(member)}, but it must be a string: the payload base64url-encoded, or as it stands with "b64": false (RFC 7515 §7.2.1, RFC 7797 §3).` });
    return { payloadMember: null, payload: { type: 'unreadable' } };
  }
  // An empty string is an empty payload, signed as such; only a missing member is detached.
  if (member === '') return { payloadMember: member, payload: { type: 'empty' } };
  const decodeErrors: DecodeError[] = [];
  const notes: NonCanonicalNote[] = [];
  const jsonNotes: JsonNote[] = [];
  const { payload } = readPayload(member, unencoded ? { b64: false } : null, notes, jsonNotes, decodeErrors);
  for (const { code, message, line, column } of decodeErrors) {
    const error: JwsJsonError = { code, member: 'payload', message };
    if (line !== undefined && column !== undefined) Object.assign(error, { line, column });
    errors.push(error);
  }
  return { payloadMember: member, payload };
}

export function parseJwsJson(text: string): JwsJsonResult {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { problem, line, column } = parsed.error;
    return fail({ code: 'invalid-json', line, column, message: `JSON error at line ${line}, column ${column}: ${problem}. A JWS in the JSON serialization is one JSON object (RFC 7515 §7.2).` });
  }
  if (!isObject(parsed.value)) {
    return fail({ code: 'not-an-object', message: `The JSON is ${jsonTypeName(parsed.value)}, but a JWS in the JSON serialization is a JSON object (RFC 7515 §7.2).` });
  }
  const object = parsed.value;
  const errors: JwsJsonError[] = [];
  const read = readSignatures(object, errors);
  if ('code' in read) return fail(read);
  const unencoded = payloadEncoding(read.signatures, errors);
  const { payloadMember, payload } = readPayloadMember(object, unencoded, errors);
  const value: DecodedJwsJson = { form: read.form, payloadMember, payload, unencoded, signatures: read.signatures, signatureCount: read.count, errors };
  return { ok: true, value };
}
