import { parseJson } from '../core/json-parse';
import type { JsonObject } from '../core/json';
import type { Result } from '../core/result';
import { decodeMember, readProtectedHeader } from './base64url-member';
import { readJweJsonValue, type RawJweJson } from './jwe-json';
import type { DecryptCode } from './types';

/** The JWE to open, compact (RFC 7516 §7.1) or JSON (§7.2), as recipients with their whole JOSE Header each. */

export interface JweRecipient {
  /** Counted from 0, in the order of "recipients". */
  index: number;
  /** RFC 7516 §5.2 step 4: the protected, shared and per-recipient headers together. */
  header: JsonObject;
  /** The JWE Encrypted Key as written; absent or empty when there is none. */
  encryptedKey?: string;
}

export interface ParsedJwe {
  form: 'compact' | 'general' | 'flattened';
  /** The compact text with any whitespace taken out. */
  compact?: string;
  json?: RawJweJson;
  protectedHeader?: JsonObject;
  iv?: string;
  ciphertext: string;
  tag?: string;
  recipients: JweRecipient[];
}

export interface JweProblem {
  code: DecryptCode;
  message: string;
}

const PARTS = ['protected header', 'encrypted key', 'initialization vector', 'ciphertext', 'authentication tag'] as const;

function problem(code: DecryptCode, message: string): { ok: false; error: JweProblem } {
  return { ok: false, error: { code, message } };
}

function parseCompact(text: string): Result<ParsedJwe, JweProblem> {
  const compact = text.replace(/\s+/g, '');
  const parts = compact.split('.');
  if (parts.length === 3) return problem('not-a-jwe', 'This is a JWS (three parts): it is signed, not encrypted, so there is nothing to decrypt. A compact JWE has five parts (RFC 7516 §7.1).');
  if (parts.length !== 5) return problem('not-a-jwe', `This has ${parts.length} ${parts.length === 1 ? 'part' : 'parts'} separated by dots; a compact JWE has five (RFC 7516 §7.1).`);
  const header = readProtectedHeader(parts[0]!);
  if (!header.ok) return problem('header-invalid', `The protected header (first part) ${header.problem} (RFC 7516 §7.1).`);
  for (let i = 1; i < 5; i++) {
    const decoded = decodeMember(parts[i]!);
    if (!decoded.ok) return problem('member-invalid', `The ${PARTS[i]} (part ${i + 1}) is not base64url: it ${decoded.problem}.`);
  }
  const [, encryptedKey, iv, ciphertext, tag] = parts as [string, string, string, string, string];
  const recipient: JweRecipient = encryptedKey === '' ? { index: 0, header: header.header } : { index: 0, header: header.header, encryptedKey };
  const parsed: ParsedJwe = { form: 'compact', compact, protectedHeader: header.header, ciphertext, recipients: [recipient] };
  if (iv !== '') parsed.iv = iv;
  if (tag !== '') parsed.tag = tag;
  return { ok: true, value: parsed };
}

function fromJson(json: RawJweJson): ParsedJwe {
  const recipients = json.recipients.map((r, index): JweRecipient => {
    // Names are disjoint (checked when read), so the order of the spread does not matter.
    const header = { ...json.protectedHeader, ...json.unprotected, ...r.header };
    return r.encrypted_key === undefined ? { index, header } : { index, header, encryptedKey: r.encrypted_key };
  });
  const parsed: ParsedJwe = { form: json.form, json, ciphertext: json.ciphertext, recipients };
  if (json.protectedHeader) parsed.protectedHeader = json.protectedHeader;
  if (json.iv !== undefined) parsed.iv = json.iv;
  if (json.tag !== undefined) parsed.tag = json.tag;
  return parsed;
}

/** Reads a compact JWE, or the text of a JSON-serialized one (general or flattened). */
export function parseJwe(text: string): Result<ParsedJwe, JweProblem> {
  const trimmed = text.trim();
  if (trimmed === '') return problem('not-a-jwe', 'There is no JWE to decrypt: paste a compact JWE (five parts) or one in the JSON serialization.');
  if (!trimmed.startsWith('{')) return parseCompact(trimmed);
  // The text as pasted, so that line and column point into it.
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { problem: what, line, column } = parsed.error;
    return problem('json-invalid', `The JWE is not valid JSON: ${what} at line ${line}, column ${column}.`);
  }
  const json = readJweJsonValue(parsed.value);
  return json.ok ? { ok: true, value: fromJson(json.value) } : problem(json.error.code, json.error.message);
}
