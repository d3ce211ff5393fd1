import { parseJson } from '../core/json-parse';
import type { JsonValue } from '../core/json';
import { parseCertificate } from './certificate';
import { readDerWhole } from './der';
import { describeJwkKey, readJwk } from './jwk';
import { shapeFromPkcs8, shapeFromSpki } from './key-info';
import { decodeBareBase64, looksLikePem } from './pem';
import { parsePemKey } from './pem-key';
import { readSecret } from './secret';
import { runSteps, type Steps } from '../core/steps';
import type { JwksEntry, KeyError, ParsedKey, SecretEncoding } from './types';
import { isObject } from '../core/json';

/**
 * Recognises what was pasted into the one key field: a PEM key or certificate, a JWK,
 * a JWK Set, or else an HMAC secret in the chosen encoding. Pure and synchronous:
 * no cryptography runs until a token is verified.
 */

function invalid(code: KeyError['code'], message: string): ParsedKey {
  return { kind: 'invalid', error: { code, message } };
}

/** Keys of a JWK Set read between two pauses: a few milliseconds' work. */
export const JWKS_KEYS_PER_STEP = 100;

function readEntry(value: JsonValue, index: number): JwksEntry {
  const read = readJwk(value, `Key ${index} of the JWK Set`);
  const kid = isObject(value) && typeof value.kid === 'string' ? value.kid : undefined;
  const base = kid === undefined ? { index } : { index, kid };
  return read.ok ? { ...base, ok: true, key: read.key } : { ...base, ok: false, error: read.error };
}

function* parseJwks(keys: JsonValue): Steps<ParsedKey> {
  if (!Array.isArray(keys)) return invalid('jwks-no-keys-array', 'The JWK Set\'s "keys" member must be an array of JWKs (RFC 7517 §5.1).');
  if (keys.length === 0) return invalid('jwks-empty', 'The JWK Set\'s "keys" array is empty: there is no key to verify with.');
  const entries: JwksEntry[] = [];
  for (let index = 0; index < keys.length; index++) {
    if (index > 0 && index % JWKS_KEYS_PER_STEP === 0) yield;
    entries.push(readEntry(keys[index]!, index));
  }
  const usable = entries.filter((e) => e.ok).length;
  const privateKeyPasted = entries.some((e) => e.ok && e.key.privateKeyPasted);
  return {
    kind: 'jwks',
    entries,
    description: `JWK Set of ${keys.length} ${keys.length === 1 ? 'key' : 'keys'}${usable < keys.length ? ` (${keys.length - usable} unusable)` : ''}`,
    privateKeyPasted,
  };
}

function* parseJsonKey(text: string): Steps<ParsedKey> {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { problem, line, column } = parsed.error;
    return { kind: 'invalid', error: { code: 'invalid-json', message: `The key looks like JSON but has an error at line ${line}, column ${column}: ${problem}.`, line, column } };
  }
  const value = parsed.value;
  if (Array.isArray(value)) {
    return invalid('jwks-no-keys-array', 'This is a JSON array; a JWK Set is an object whose "keys" member holds the array: {"keys": [...]} (RFC 7517 §5).');
  }
  if (isObject(value) && value.kty === undefined) {
    if (value.keys !== undefined) {
      yield;
      return yield* parseJwks(value.keys);
    }
    return invalid('jwk-missing-kty', 'The JSON object has neither "kty" (a JWK, RFC 7517 §4.1) nor "keys" (a JWK Set, RFC 7517 §5), so it is not a key.');
  }
  const read = readJwk(value);
  if (!read.ok) return { kind: 'invalid', error: read.error };
  return { kind: 'jwk', key: read.key, description: describeJwkKey(read.key, 'JWK'), privateKeyPasted: read.key.privateKeyPasted };
}

/** What a bare base64 body is, when it is a DER key or certificate that lost its armor lines. */
function bareDerKind(text: string): string | null {
  const der = decodeBareBase64(text);
  if (!der || der[0] !== 0x30) return null;
  const attempts: [string, () => unknown][] = [
    ['PUBLIC KEY', () => shapeFromSpki(der)],
    ['CERTIFICATE', () => parseCertificate(der)],
    ['PRIVATE KEY', () => shapeFromPkcs8(der)],
  ];
  for (const [label, attempt] of attempts) {
    try {
      readDerWhole(der);
      const result = attempt() as { ok?: boolean };
      if (result.ok !== false) return label;
    } catch {
      // Not this structure; try the next.
    }
  }
  return null;
}

export function parseKey(text: string, secretEncoding: SecretEncoding): ParsedKey {
  return runSteps(parseKeySteps(text, secretEncoding));
}

/** Whether the pasted text is read as JSON (a JWK or a JWK Set), whose result is plain data. */
export function looksLikeJsonKey(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

/**
 * `parseKey` one step at a time: a JWK Set pauses after its JSON is parsed and then after
 * every few hundred keys, so the page's thread can read thousands of keys and stay responsive.
 */
export function* parseKeySteps(text: string, secretEncoding: SecretEncoding): Steps<ParsedKey> {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (looksLikePem(text)) return parsePemKey(text);
  // RFC 4253 §6.6 public key lines ("ssh-rsa AAAA… comment") as found in authorized_keys.
  if (/^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+) AAAA/.test(trimmed)) {
    return invalid('ssh-key-format', 'This is an OpenSSH public key line. Convert it to PEM first: ssh-keygen -e -m PKCS8 -f key.pub.');
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return yield* parseJsonKey(text);
  const bare = bareDerKind(trimmed);
  if (bare) {
    return invalid(
      'pem-missing-armor',
      `This is the base64 body of a ${bare.toLowerCase()} without its "-----BEGIN ${bare}-----" and "-----END ${bare}-----" lines. Add them back, each on its own line.`,
    );
  }
  return readSecret(text, secretEncoding);
}
