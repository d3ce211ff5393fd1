import { parseJson } from '../core/json-parse';
import type { JsonValue } from '../core/json';
import { isObject } from '../core/json';
import { looksLikePem } from '../verify/pem';
import { readSecret } from '../verify/secret';
import { secretEncodingLabel } from '../verify/secret-encodings';
import type { SecretEncoding } from '../verify/types';
import type { DecryptKey, KeyEntry } from './key-types';
import { readPemForDecrypt } from './private-pem';
import { readDecryptJwk } from './private-jwk';

/**
 * What was pasted into the key field, read for decrypting: a private PEM or JWK, a JWK Set,
 * or else a symmetric key or PBES2 password in the chosen encoding. No cryptography runs here.
 */

const invalid = (code: Extract<DecryptKey, { kind: 'invalid' }>['error']['code'], message: string): DecryptKey => ({ kind: 'invalid', error: { code, message } });

function entryOf(value: JsonValue, index: number): KeyEntry {
  const read = readDecryptJwk(value, `Key ${index} of the JWK Set`);
  const kid = isObject(value) && typeof value.kid === 'string' ? value.kid : undefined;
  const base = kid === undefined ? { index } : { index, kid };
  return read.ok ? { ...base, ok: true, key: read.key } : { ...base, ok: false, error: read.error };
}

function readJsonKey(text: string): DecryptKey {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { problem, line, column } = parsed.error;
    return { kind: 'invalid', error: { code: 'invalid-json', message: `The key looks like JSON but has an error at line ${line}, column ${column}: ${problem}.`, line, column } };
  }
  const value = parsed.value;
  if (Array.isArray(value)) return invalid('jwks-no-keys-array', 'This is a JSON array; a JWK Set is an object whose "keys" member holds the array: {"keys": [...]} (RFC 7517 §5).');
  if (isObject(value) && value.kty === undefined && value.keys !== undefined) {
    const keys = value.keys;
    if (!Array.isArray(keys)) return invalid('jwks-no-keys-array', 'The JWK Set\'s "keys" member must be an array of JWKs (RFC 7517 §5.1).');
    if (keys.length === 0) return invalid('jwks-empty', 'The JWK Set\'s "keys" array is empty: there is no key to decrypt with.');
    const entries = keys.map(entryOf);
    const unusable = entries.filter((e) => !e.ok).length;
    const description = `JWK Set of ${keys.length} ${keys.length === 1 ? 'key' : 'keys'}${unusable > 0 ? ` (${unusable} unusable)` : ''}`;
    return { kind: 'set', entries, description };
  }
  if (isObject(value) && value.kty === undefined) {
    return invalid('jwk-missing-kty', 'The JSON object has neither "kty" (a JWK, RFC 7517 §4.1) nor "keys" (a JWK Set, RFC 7517 §5), so it is not a key.');
  }
  const read = readDecryptJwk(value);
  return read.ok ? { kind: 'one', key: read.key } : { kind: 'invalid', error: read.error };
}

export function readDecryptKey(text: string, encoding: SecretEncoding): DecryptKey {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (looksLikePem(text)) {
    const read = readPemForDecrypt(text);
    return read.ok ? { kind: 'one', key: read.key } : { kind: 'invalid', error: read.error };
  }
  // RFC 4253 §6.6 public key lines, as found in authorized_keys.
  if (/^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+) AAAA/.test(trimmed)) {
    return { kind: 'one', key: { kind: 'public', description: 'OpenSSH public key line', meta: {} } };
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return readJsonKey(text);
  const secret = readSecret(text, encoding);
  if (secret.kind === 'invalid') return { kind: 'invalid', error: secret.error };
  if (secret.kind !== 'secret') return invalid('secret-empty', 'The key is empty.');
  const { bytes } = secret;
  const key: Extract<DecryptKey, { kind: 'one' }>['key'] = {
    kind: 'secret',
    bytes,
    description: `secret, ${bytes.length} ${bytes.length === 1 ? 'byte' : 'bytes'} (${secretEncodingLabel(encoding)})`,
    meta: {},
  };
  if (encoding === 'utf8') key.text = text;
  if (secret.suggestion) key.suggestion = secret.suggestion;
  return { kind: 'one', key };
}
