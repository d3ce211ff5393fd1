import { decodeBase64url } from '../core/base64url';
import { parseJson } from '../core/json-parse';
import { isObject, type JsonValue } from '../core/json';
import { readJwk } from '../verify/jwk';
import { looksLikePem } from '../verify/pem';
import { readSecret } from '../verify/secret';
import { secretEncodingLabel } from '../verify/secret-encodings';
import type { SecretEncoding } from '../verify/types';
import { KEY_MANAGEMENT, symmetricKeyBytes } from './encryption-algorithms';
import type { ContentEncryption, KeyManagementAlgorithm } from './encryption-names';
import type { RecipientKey, RecipientKeyResult } from './encryption-types';
import { withArticle } from './key-fit';
import { readPublicKey } from './recipient-public-key';
import type { EncodeError } from './types';

/**
 * The shared key of "dir" (the CEK itself, RFC 7518 §4.5), A*KW (§4.4) and A*GCMKW (§4.7):
 * typed in the chosen encoding, or an "oct" JWK (RFC 7518 §6.4), whose length must be exact.
 */

function fail(error: EncodeError): RecipientKeyResult {
  return { ok: false, error };
}

function sizeRule(alg: KeyManagementAlgorithm, enc: ContentEncryption): string {
  return alg === 'dir' ? `for ${enc} (RFC 7518 §5.1)` : `(${KEY_MANAGEMENT[alg].rule})`;
}

function checkSize(key: RecipientKey & { bytes: Uint8Array }, alg: KeyManagementAlgorithm, enc: ContentEncryption, how: string): RecipientKeyResult {
  const need = symmetricKeyBytes(alg, enc)!;
  const found = key.bytes.length;
  if (found === need) return { ok: true, key };
  return fail({
    code: 'enc-key-wrong-size',
    message: `${alg} needs a key of exactly ${need} bytes (${need * 8} bits) ${sizeRule(alg, enc)}; this one is ${found} ${found === 1 ? 'byte' : 'bytes'} ${how}.`,
  });
}

type OctRead = { ok: true; bytes: Uint8Array; kid?: string; alg?: string; use?: string } | { ok: false; error: EncodeError } | { ok: 'not-oct' };

function readOct(value: JsonValue, where: string): OctRead {
  if (isObject(value) && value.kty !== 'oct') return { ok: 'not-oct' };
  const read = readJwk(value, where);
  if (!read.ok) return { ok: false, error: { code: 'enc-key-unreadable', message: read.error.message, keyError: read.error } };
  if (read.key.shape.kty !== 'oct') return { ok: 'not-oct' };
  const k = decodeBase64url(String(read.key.jwk.k));
  if (!k.ok) return { ok: false, error: { code: 'enc-key-unreadable', message: `${where}'s "k" is not base64url.` } };
  const out: OctRead = { ok: true, bytes: k.bytes };
  if (read.key.kid !== undefined) out.kid = read.key.kid;
  if (read.key.alg !== undefined) out.alg = read.key.alg;
  if (read.key.use !== undefined) out.use = read.key.use;
  return out;
}

/** RFC 7517 §4.2, §4.4: what an "oct" JWK says of itself must allow this algorithm. */
function octProblem(oct: OctRead & { ok: true }, alg: KeyManagementAlgorithm, enc: ContentEncryption): EncodeError | null {
  if (oct.use === 'sig') return { code: 'enc-key-use-sig', message: 'The JWK is marked for signatures ("use": "sig"), not for encryption (RFC 7517 §4.2).' };
  if (oct.alg !== undefined && oct.alg !== alg && !(alg === 'dir' && oct.alg === enc)) {
    return { code: 'enc-key-alg-mismatch', message: `The JWK says it is for ${JSON.stringify(oct.alg)} ("alg", RFC 7517 §4.4), not ${alg}.` };
  }
  return null;
}

function fromOct(oct: OctRead & { ok: true }, alg: KeyManagementAlgorithm, enc: ContentEncryption, where: string): RecipientKeyResult {
  const problem = octProblem(oct, alg, enc);
  if (problem) return fail(problem);
  const kid = oct.kid !== undefined ? `, kid ${JSON.stringify(oct.kid)}` : '';
  const key: RecipientKey & { bytes: Uint8Array } = { kind: 'secret', bytes: oct.bytes, description: `Symmetric key, ${oct.bytes.length} bytes (${where}${kid})` };
  if (oct.kid !== undefined) key.kid = oct.kid;
  return checkSize(key, alg, enc, `(JWK "k")`);
}

function notSymmetric(alg: KeyManagementAlgorithm, enc: ContentEncryption, what: string): RecipientKeyResult {
  return fail({
    code: 'enc-key-wrong-type',
    message: `${alg} takes a shared symmetric key of ${symmetricKeyBytes(alg, enc)} bytes, and this is ${what}. For a public key choose RSA-OAEP-256 or ECDH-ES.`,
  });
}

function fromJson(text: string, alg: KeyManagementAlgorithm, enc: ContentEncryption): RecipientKeyResult | null {
  const parsed = parseJson(text);
  if (!parsed.ok || !isObject(parsed.value)) return null;
  const value = parsed.value;
  if (Array.isArray(value.keys)) {
    const fitting = value.keys.flatMap((entry, index) => {
      const oct = readOct(entry, `key ${index} of the JWK Set`);
      return oct.ok === true && !octProblem(oct, alg, enc) && oct.bytes.length === symmetricKeyBytes(alg, enc) ? [{ oct, index }] : [];
    });
    if (fitting.length === 1) return fromOct(fitting[0]!.oct, alg, enc, `key ${fitting[0]!.index} of the JWK Set`);
    const need = `an "oct" key of ${symmetricKeyBytes(alg, enc)} bytes for ${alg}`;
    if (fitting.length === 0) return fail({ code: 'enc-key-set-no-match', message: `No key of the JWK Set is ${need}.` });
    return fail({ code: 'enc-key-set-ambiguous', message: `${fitting.length} keys of the JWK Set are ${need}: paste the one the recipient holds.` });
  }
  if (value.kty === undefined) return null;
  const oct = readOct(value, 'The JWK');
  if (oct.ok === 'not-oct') return null;
  return oct.ok ? fromOct(oct, alg, enc, 'JWK') : fail(oct.error);
}

export function readSymmetricKey(text: string, encoding: SecretEncoding, alg: KeyManagementAlgorithm, enc: ContentEncryption): RecipientKeyResult {
  const structured = looksLikePem(text) || /^\s*\{/.test(text);
  if (structured) {
    const json = looksLikePem(text) ? null : fromJson(text, alg, enc);
    if (json) return json;
    const other = readPublicKey(text);
    if (other.kind === 'one') return notSymmetric(alg, enc, withArticle(other.candidate.key.description));
    if (other.kind === 'set') return notSymmetric(alg, enc, 'a JWK Set of public keys');
    if (other.kind === 'invalid') return fail({ code: 'enc-key-unreadable', message: other.error.message, keyError: other.error });
  }
  const read = readSecret(text, encoding);
  if (read.kind === 'invalid') {
    const { error } = read;
    const at = error.line !== undefined && error.column !== undefined ? { line: error.line, column: error.column } : {};
    return fail({ code: 'enc-key-unreadable', message: error.message, keyError: error, ...at });
  }
  if (read.kind !== 'secret') return notSymmetric(alg, enc, 'not a symmetric key');
  const label = secretEncodingLabel(encoding);
  const key: RecipientKey & { bytes: Uint8Array } = { kind: 'secret', bytes: read.bytes, description: `Symmetric key, ${read.bytes.length} bytes (${label})` };
  const checked = checkSize(key, alg, enc, `as ${label}`);
  if (checked.ok === true && read.suggestion) return { ...checked, suggestion: read.suggestion };
  if (checked.ok === false && read.suggestion) return fail({ ...checked.error, message: `${checked.error.message} ${read.suggestion.message}` });
  return checked;
}
