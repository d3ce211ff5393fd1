import type { JsonObject, JsonValue } from '../core/json';
import { isObject } from '../core/json';
import type { Result } from '../core/result';
import { decodeMember, readProtectedHeader } from './base64url-member';
import type { JweJsonError } from './types';

/** The JSON serialization of a JWE (RFC 7516 §7.2): read member by member, each fault named. */

export interface RawRecipient {
  header?: JsonObject;
  encrypted_key?: string;
}

/** The members as written, checked for type and base64url, ready for jose's flattenedDecrypt. */
export interface RawJweJson {
  form: 'general' | 'flattened';
  protected?: string;
  protectedHeader?: JsonObject;
  protectedText?: string;
  unprotected?: JsonObject;
  recipients: RawRecipient[];
  iv?: string;
  ciphertext: string;
  tag?: string;
  aad?: string;
}

class Fault {
  constructor(readonly error: JweJsonError) {}
}

function fail(code: JweJsonError['code'], member: string | undefined, message: string): never {
  throw new Fault(member === undefined ? { code, message } : { code, message, member });
}

/** An optional base64url member; RFC 7516 §7.2.1 leaves iv, tag and aad out when they are empty. */
function binary(object: JsonObject, name: string, path: string, mayBeEmpty: boolean): string | undefined {
  const value = object[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') fail('member-invalid', path, `"${path}" must be a base64url string, not ${JSON.stringify(value)} (RFC 7516 §7.2.1).`);
  if (value === '' && !mayBeEmpty) fail('member-invalid', path, `"${path}" is empty: RFC 7516 §7.2.1 leaves the member out when its value is empty.`);
  const decoded = decodeMember(value);
  if (!decoded.ok) fail('member-invalid', path, `"${path}" is not base64url: it ${decoded.problem}.`);
  return value;
}

function headerObject(object: JsonObject, name: string, path: string): JsonObject | undefined {
  const value = object[name];
  if (value === undefined) return undefined;
  if (!isObject(value)) fail('member-invalid', path, `"${path}" must be a JSON object of header parameters (RFC 7516 §7.2.1).`);
  return value;
}

function recipientOf(object: JsonObject, prefix: string): RawRecipient {
  const out: RawRecipient = {};
  const header = headerObject(object, 'header', `${prefix}header`);
  const key = binary(object, 'encrypted_key', `${prefix}encrypted_key`, true);
  if (header !== undefined) out.header = header;
  if (key !== undefined) out.encrypted_key = key;
  return out;
}

function recipientsOf(value: JsonObject): { form: RawJweJson['form']; recipients: RawRecipient[] } {
  const list = value.recipients;
  if (list === undefined) return { form: 'flattened', recipients: [recipientOf(value, '')] };
  // RFC 7516 §7.2.2: the flattened syntax has no "recipients"; the general one no top-level recipient members.
  for (const name of ['header', 'encrypted_key']) {
    if (value[name] !== undefined) fail('member-invalid', name, `The JWE has both "recipients" and a top-level "${name}": the general syntax puts "${name}" in each recipient, the flattened one has no "recipients" (RFC 7516 §7.2.2).`);
  }
  if (!Array.isArray(list)) fail('member-invalid', 'recipients', '"recipients" must be an array of recipient objects (RFC 7516 §7.2.1).');
  if (list.length === 0) fail('member-invalid', 'recipients', '"recipients" is empty: a JWE has at least one recipient (RFC 7516 §7.2.1).');
  const recipients = list.map((item: JsonValue, index) => {
    if (!isObject(item)) fail('member-invalid', `recipients[${index}]`, `"recipients[${index}]" must be a JSON object.`);
    return recipientOf(item, `recipients[${index}].`);
  });
  return { form: 'general', recipients };
}

/** RFC 7516 §7.2.1: the protected, shared and per-recipient header names must be disjoint. */
function checkDisjoint(raw: RawJweJson): void {
  for (const [index, recipient] of raw.recipients.entries()) {
    const sources: [string, JsonObject | undefined][] = [
      ['protected', raw.protectedHeader],
      ['unprotected', raw.unprotected],
      [raw.form === 'general' ? `recipients[${index}].header` : 'header', recipient.header],
    ];
    const seen = new Map<string, string>();
    for (const [where, header] of sources) {
      for (const name of Object.keys(header ?? {})) {
        const before = seen.get(name);
        if (before) fail('header-invalid', where, `"${name}" is in both "${before}" and "${where}": a JWE's header parameter names must be disjoint (RFC 7516 §7.2.1).`);
        seen.set(name, where);
      }
    }
  }
}

function read(value: JsonValue): RawJweJson {
  if (!isObject(value)) fail('not-a-jwe', undefined, 'A JWE in the JSON serialization is a JSON object (RFC 7516 §7.2).');
  const ciphertext = value.ciphertext;
  if (ciphertext === undefined) fail('not-a-jwe', 'ciphertext', 'The JSON object has no "ciphertext" member, so it is not a JWE (RFC 7516 §7.2.1).');
  binary(value, 'ciphertext', 'ciphertext', true);
  const { form, recipients } = recipientsOf(value);
  const raw: RawJweJson = { form, recipients, ciphertext: ciphertext as string };
  const encoded = binary(value, 'protected', 'protected', false);
  if (encoded !== undefined) {
    const header = readProtectedHeader(encoded);
    if (!header.ok) fail('header-invalid', 'protected', `"protected" ${header.problem} (RFC 7516 §7.2.1).`);
    Object.assign(raw, { protected: encoded, protectedHeader: header.header, protectedText: header.text });
  }
  const unprotected = headerObject(value, 'unprotected', 'unprotected');
  if (unprotected !== undefined) raw.unprotected = unprotected;
  for (const name of ['iv', 'tag', 'aad'] as const) {
    const member = binary(value, name, name, false);
    if (member !== undefined) raw[name] = member;
  }
  checkDisjoint(raw);
  return raw;
}

/** Reads a parsed JSON value as a JWE in the JSON serialization. */
export function readJweJsonValue(value: JsonValue): Result<RawJweJson, JweJsonError> {
  try {
    return { ok: true, value: read(value) };
  } catch (error) {
    if (error instanceof Fault) return { ok: false, error: error.error };
    throw error;
  }
}
