import type { JWK } from 'jose';
import { decodeBase64url } from '../core/base64url';
import type { JsonObject, JsonValue } from '../core/json';
import { isObject } from '../core/json';
import { readJwk } from '../verify/jwk';
import { asymmetricName, keyError, type AsymmetricType, type EcCurve, type KeyMeta, type KeyRead } from './key-types';

/**
 * Reads a JWK for decrypting. The verifier's reader checks the public members (lengths,
 * the point on its curve, the RSA modulus) and this one keeps the private members, which
 * jose's importJWK and WebCrypto then judge. X25519 (RFC 8037 §2) is read here.
 */

// RFC 7518 §6.3.2: WebCrypto imports an RSA private JWK only with its CRT members too.
const RSA_CRT = ['p', 'q', 'dp', 'dq', 'qi'];

function metaOf(value: JsonObject): KeyMeta {
  const meta: KeyMeta = {};
  if (typeof value.kid === 'string') meta.kid = value.kid;
  if (typeof value.alg === 'string') meta.alg = value.alg;
  if (typeof value.use === 'string') meta.use = value.use;
  if (Array.isArray(value.key_ops)) meta.keyOps = value.key_ops.filter((op): op is string => typeof op === 'string');
  return meta;
}

/** The key for jose: what the JWK says about its use is checked here, so WebCrypto is not told it. */
function importable(value: JsonObject): JWK {
  const rest: JsonObject = { ...value };
  for (const name of ['alg', 'use', 'key_ops', 'ext']) delete rest[name];
  return rest as JWK;
}

/** Where the key came from, in a description: "JWK, kid "a"", "Key 2 of the JWK Set". */
function container(meta: KeyMeta, where: string): string {
  return `${where === 'The JWK' ? 'JWK' : where}${meta.kid !== undefined ? `, kid ${JSON.stringify(meta.kid)}` : ''}`;
}

function asymmetric(value: JsonObject, type: AsymmetricType, where: string, shape: { crv?: EcCurve; bits?: number }): KeyRead {
  const meta = metaOf(value);
  const name = asymmetricName(type, shape.crv, shape.bits);
  const isPrivate = typeof value.d === 'string';
  const base = { type, ...shape, meta };
  if (!isPrivate) return { ok: true, key: { kind: 'public', ...base, description: `${name} public key (${container(meta, where)})` } };
  return { ok: true, key: { kind: 'private', ...base, material: { format: 'jwk', jwk: importable(value) }, description: `${name} private key (${container(meta, where)})` } };
}

function x25519(value: JsonObject, where: string): KeyRead {
  for (const name of ['x', 'd']) {
    const member = value[name];
    if (member === undefined) {
      if (name === 'd') break;
      return keyError('jwk-missing-member', `${where} is an X25519 key without "x", which RFC 8037 §2 requires.`);
    }
    const decoded = typeof member === 'string' ? decodeBase64url(member) : undefined;
    if (!decoded?.ok) return keyError('jwk-not-base64url', `${where}'s "${name}" must be a base64url string (RFC 8037 §2).`);
    if (decoded.bytes.length !== 32) return keyError('jwk-wrong-length', `${where}'s "${name}" is ${decoded.bytes.length} bytes; an X25519 ${name === 'd' ? 'private key' : 'public key'} is exactly 32 (RFC 8037 §2).`);
  }
  return asymmetric(value, 'X25519', where, {});
}

function okp(value: JsonObject, where: string): KeyRead {
  const crv = value.crv;
  if (crv === 'X25519') return x25519(value, where);
  if (crv === 'Ed25519') {
    const read = readJwk(value, where);
    return read.ok ? asymmetric(value, 'Ed25519', where, {}) : read;
  }
  if (crv === 'X448' || crv === 'Ed448') return keyError('unsupported-crv', `${where} is an ${crv} key, which neither Web Crypto in browsers nor jose offers.`);
  return keyError(crv === undefined ? 'jwk-missing-member' : 'unsupported-crv', `${where} has kty "OKP" and crv ${JSON.stringify(crv)}; decrypting uses X25519 (RFC 8037 §2).`);
}

/** Reads one JWK; `where` names it in messages ("The JWK", "Key 3 of the JWK Set"). */
export function readDecryptJwk(value: JsonValue, where = 'The JWK'): KeyRead {
  if (!isObject(value)) return keyError('jwk-not-object', `${where} must be a JSON object, not ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}.`);
  const kty = value.kty;
  if (kty === undefined) return keyError('jwk-missing-kty', `${where} has no "kty" member, so its key type is unknown (RFC 7517 §4.1 requires it).`);
  if (kty === 'OKP') return okp(value, where);
  if (kty !== 'RSA' && kty !== 'EC' && kty !== 'oct') {
    return keyError(typeof kty === 'string' ? 'unsupported-kty' : 'jwk-invalid-member', `${where} has kty ${JSON.stringify(kty)}; decrypting uses RSA, EC, OKP (X25519) and oct keys.`);
  }
  const read = readJwk(value, where);
  if (!read.ok) return read;
  const { shape, jwk } = read.key;
  if (kty === 'oct') {
    const decoded = decodeBase64url(jwk.k!);
    const bytes = decoded.ok ? decoded.bytes : new Uint8Array();
    const meta = metaOf(value);
    return { ok: true, key: { kind: 'secret', bytes, meta, description: `secret of ${bytes.length} bytes (${container(meta, where)})` } };
  }
  const missing = value.d !== undefined && kty === 'RSA' ? RSA_CRT.find((name) => value[name] === undefined) : undefined;
  if (missing !== undefined) {
    return keyError('jwk-missing-member', `${where} is an RSA private key without "${missing}": Web Crypto imports one only with all of p, q, dp, dq and qi (RFC 7518 §6.3.2).`);
  }
  return kty === 'RSA'
    ? asymmetric(value, 'RSA', where, shape.bits === undefined ? {} : { bits: shape.bits })
    : asymmetric(value, 'EC', where, { crv: shape.crv as EcCurve });
}
