import { decodeBase64url, type Base64urlError } from '../core/base64url';
import { isObject, type JsonObject, type JsonValue } from '../core/json';
import { parseJson } from '../core/json-parse';
import { jsonTypeName } from './decode';
import type { JwsJsonError, JwsJsonSignature } from './json-serialization-types';

/** One signature of a JWS in the JSON serialization: its two headers and its value, each read apart. */

const utf8 = new TextDecoder('utf-8', { fatal: true });

function base64Problem(member: string, error: Base64urlError): JwsJsonError {
  const problem =
    error.code === 'invalid-character'
      ? `invalid base64url character ${JSON.stringify(error.character)} at offset ${error.offset}`
      : error.code === 'misplaced-padding'
        ? `padding '=' at offset ${error.offset} is followed by more data`
        : `${error.length} base64url characters cannot be whole bytes (a character is missing or one too many)`;
  return { code: 'invalid-base64url', member, message: `${member}: ${problem}` };
}

/** The protected header: BASE64URL(UTF8(JSON object)), RFC 7515 §7.2.1. */
function readProtected(text: string, member: string, errors: JwsJsonError[]): { header: JsonObject | null; text: string } {
  if (text === '') {
    errors.push({ code: 'protected-empty', member, message: `${member}: an empty string; a signature without a protected header leaves the member out (RFC 7515 §7.2.1)` });
    return { header: null, text: '' };
  }
  const decoded = decodeBase64url(text);
  if (!decoded.ok) {
    errors.push(base64Problem(member, decoded.error));
    return { header: null, text: '' };
  }
  let json: string;
  try {
    json = utf8.decode(decoded.bytes);
  } catch {
    errors.push({ code: 'invalid-utf8', member, message: `${member}: the decoded bytes are not UTF-8 text, so they cannot be JSON` });
    return { header: null, text: '' };
  }
  const parsed = parseJson(json);
  if (!parsed.ok) {
    const { problem, line, column } = parsed.error;
    errors.push({ code: 'invalid-json', member, line, column, message: `${member}: the decoded header is not JSON, at line ${line} column ${column}: ${problem}` });
    return { header: null, text: json };
  }
  if (!isObject(parsed.value)) {
    errors.push({ code: 'not-an-object', member, message: `${member}: the decoded header is ${jsonTypeName(parsed.value)}, but a JOSE header must be a JSON object (RFC 7515 §4)` });
    return { header: null, text: json };
  }
  return { header: parsed.value, text: json };
}

function names(list: readonly string[]): string {
  return list.map((name) => JSON.stringify(name)).join(', ');
}

/** Where a header's parameters break the rules on which header may hold them. */
function placementProblems(signature: JwsJsonSignature, where: string, at: (member: string) => string, errors: JwsJsonError[]): void {
  const protectedHeader = signature.protectedHeader ?? {};
  const header = signature.header ?? {};
  const shared = Object.keys(header).filter((name) => Object.hasOwn(protectedHeader, name));
  if (shared.length > 0) {
    errors.push({
      code: 'headers-not-disjoint',
      member: at('header'),
      message: `${where}: ${names(shared)} ${shared.length === 1 ? 'is' : 'are'} in both "protected" and "header"; the names in the two must be disjoint (RFC 7515 §7.2.1), so the signature cannot be checked`,
    });
  }
  // RFC 7515 §4.1.11: "crit" MUST be integrity protected.
  if (header.crit !== undefined) {
    errors.push({ code: 'crit-not-protected', member: at('header'), message: `${at('header')}: "crit" must be in the protected header, where it is signed (RFC 7515 §4.1.11)` });
  }
  // RFC 7797 §3: "b64" MUST be integrity protected, or an attacker could flip how the payload is read.
  if (header.b64 !== undefined) {
    errors.push({ code: 'b64-not-protected', member: at('header'), message: `${at('header')}: "b64" must be in the protected header (RFC 7797 §3); here it is ignored` });
  }
  const crit = protectedHeader.crit;
  const critical = Array.isArray(crit) && crit.includes('b64');
  if (protectedHeader.b64 === false && !critical) {
    errors.push({
      code: 'b64-not-critical',
      member: at('protected'),
      message: `${at('protected')}: "b64" is false but "crit" does not name it, as RFC 7797 §6 requires; jose, and this page, then read the payload as base64url`,
    });
  }
}

function readValue(value: JsonValue | undefined, member: string, signature: JwsJsonSignature, errors: JwsJsonError[]): void {
  if (value === undefined) {
    errors.push({ code: 'signature-missing', member, message: `${member} is missing: every signature carries its value as a base64url string (RFC 7515 §7.2.1)` });
    return;
  }
  if (typeof value !== 'string') {
    errors.push({ code: 'signature-not-string', member, message: `${member}: ${jsonTypeName(value)}, but it must be the signature as a base64url string (RFC 7515 §7.2.1)` });
    return;
  }
  signature.signature = value;
  const decoded = decodeBase64url(value);
  if (decoded.ok) signature.signatureBytes = decoded.bytes.length;
  else errors.push(base64Problem(member, decoded.error));
}

/**
 * Reads one signature: an entry of "signatures" (`path` "signatures[1]") or, for the
 * flattened form, the object itself (`path` ""). Never throws; what is wrong is in `errors`.
 */
export function readSignature(entry: JsonValue | undefined, index: number, path: string): JwsJsonSignature {
  const errors: JwsJsonError[] = [];
  const signature: JwsJsonSignature = { index, path, protectedHeader: null, protectedText: '', header: null, joseHeader: {}, signature: null, signatureBytes: null, unencoded: false, errors };
  if (!isObject(entry)) {
    errors.push({
      code: 'entry-not-object',
      member: path,
      message: `${path}: ${jsonTypeName(entry ?? null)}, but each entry of "signatures" must be an object with "protected", "header" and "signature" members (RFC 7515 §7.2.1)`,
    });
    return signature;
  }
  const at = (member: string) => (path === '' ? member : `${path}.${member}`);
  const where = path === '' ? 'The JWS' : path;
  const { protected: encoded, header } = entry;
  if (typeof encoded === 'string') {
    signature.protected = encoded;
    const read = readProtected(encoded, at('protected'), errors);
    signature.protectedHeader = read.header;
    signature.protectedText = read.text;
  } else if (encoded !== undefined) {
    errors.push({ code: 'protected-not-string', member: at('protected'), message: `${at('protected')}: ${jsonTypeName(encoded)}, but it must be the protected header as a base64url string (RFC 7515 §7.2.1)` });
  }
  if (isObject(header)) signature.header = header;
  else if (header !== undefined) {
    errors.push({ code: 'header-not-object', member: at('header'), message: `${at('header')}: ${jsonTypeName(header)}, but the unprotected header must be a JSON object (RFC 7515 §7.2.1)` });
  }
  if (encoded === undefined && header === undefined) {
    errors.push({ code: 'header-missing', message: `${where} has neither "protected" nor "header", so no "alg" says how it was signed (RFC 7515 §7.2.1, §4.1.1)` });
  }
  readValue(entry.signature, at('signature'), signature, errors);
  placementProblems(signature, where, at, errors);
  // The JOSE Header is the union of the two (RFC 7515 §7.2.1).
  signature.joseHeader = { ...signature.header, ...signature.protectedHeader };
  const { alg, kid } = signature.joseHeader;
  if (typeof alg === 'string') signature.alg = alg;
  if (typeof kid === 'string') signature.kid = kid;
  const headerUnread = encoded !== undefined && signature.protectedHeader === null;
  if (alg === undefined && !headerUnread && (encoded !== undefined || header !== undefined)) {
    errors.push({ code: 'alg-missing', member: at('protected'), message: `${where}: no "alg" in either header, which every JWS must have (RFC 7515 §4.1.1)` });
  }
  // As jose reads RFC 7797: the payload is unencoded only with "b64": false protected and named in "crit".
  const crit = signature.protectedHeader?.crit;
  signature.unencoded = signature.protectedHeader?.b64 === false && Array.isArray(crit) && crit.includes('b64');
  return signature;
}
