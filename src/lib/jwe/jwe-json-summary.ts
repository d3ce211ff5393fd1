import { parseJson } from '../core/json-parse';
import type { Result } from '../core/result';
import { decodeMember, utf8Text } from './base64url-member';
import { readJweJsonValue, type RawJweJson } from './jwe-json';
import type { JweJsonError, JweJsonSummary } from './types';

/** A JSON-serialized JWE as the decoder shows it: its headers, recipients and the sizes of its parts. */

/** Reads the text of a JSON-serialized JWE, general or flattened, for display. */
export function readJweJson(text: string): Result<JweJsonSummary, JweJsonError> {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { problem, line, column } = parsed.error;
    return { ok: false, error: { code: 'json-invalid', message: `The JWE is not valid JSON: ${problem} at line ${line}, column ${column}.`, line, column } };
  }
  const read = readJweJsonValue(parsed.value);
  return read.ok ? { ok: true, value: summarise(read.value) } : read;
}

const size = (member: string | undefined): number => {
  const decoded = member === undefined ? undefined : decodeMember(member);
  return decoded?.ok ? decoded.bytes.length : 0;
};

function summarise(raw: RawJweJson): JweJsonSummary {
  const summary: JweJsonSummary = {
    form: raw.form,
    recipients: raw.recipients.map((r) => (r.header ? { header: r.header, encryptedKeyBytes: size(r.encrypted_key) } : { encryptedKeyBytes: size(r.encrypted_key) })),
    ivBytes: size(raw.iv),
    ciphertextBytes: size(raw.ciphertext),
    tagBytes: size(raw.tag),
  };
  if (raw.protectedHeader) summary.protectedHeader = raw.protectedHeader;
  if (raw.protectedText !== undefined) summary.protectedText = raw.protectedText;
  if (raw.unprotected) summary.unprotected = raw.unprotected;
  if (raw.aad !== undefined) {
    const decoded = decodeMember(raw.aad);
    const bytes = decoded.ok ? decoded.bytes : new Uint8Array();
    summary.aad = { text: utf8Text(bytes) ?? raw.aad, bytes: bytes.length };
  }
  return summary;
}
