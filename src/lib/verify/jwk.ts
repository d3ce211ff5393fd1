import type { JWK } from 'jose';
import { base64urlProblem, decodeBase64url, encodeBase64url } from '../core/base64url';
import type { JsonObject, JsonValue } from '../core/json';
import { COORDINATE_BYTES, isOnCurve } from './curve-points';
import { ktyMismatch } from './jwk-members';
import { describeShape, ED448_UNAVAILABLE } from './key-algorithms';
import { bitLength, rsaExponentProblem, rsaModulusProblem, rsaModulusWeaknesses } from './rsa-modulus';
import type { JwkKey, KeyError, KeyShape, KeyWeaknessCode, SupportedCurve } from './types';
import { isObject } from '../core/json';

/**
 * Reads one JWK (RFC 7517 §4) into the members verification needs. A private JWK is
 * accepted and reduced to its public part (RFC 7518 §6.2.2, §6.3.2; RFC 8037 §2).
 */

type JwkResult = { ok: true; key: JwkKey } | { ok: false; error: KeyError };

// RFC 7518 §6.3.2 and §6.2.2.1, RFC 8037 §2: the members only a private key has.
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'] as const;

const EC_CURVES: readonly SupportedCurve[] = ['P-256', 'P-384', 'P-521'];

function fail(code: KeyError['code'], message: string): JwkResult {
  return { ok: false, error: { code, message } };
}

type Member = { ok: true; value: string; bytes: Uint8Array } | { ok: false; result: JwkResult };


/** A required base64url member (RFC 7518 §6), rewritten canonically (no padding or whitespace). */
function member(jwk: JsonObject, name: string, where: string, kty: string): Member {
  const raw = jwk[name];
  if (raw === undefined) return { ok: false, result: fail('jwk-missing-member', `${where} has kty "${kty}" but no "${name}" member, which that key type requires (RFC 7518 §6).`) };
  if (typeof raw !== 'string') return { ok: false, result: fail('jwk-invalid-member', `${where}'s "${name}" must be a base64url string, not ${JSON.stringify(raw)}.`) };
  const decoded = decodeBase64url(raw);
  if (!decoded.ok) return { ok: false, result: fail('jwk-not-base64url', `${where}'s "${name}" ${base64urlProblem(decoded.error)} (RFC 7515 §2).`) };
  if (decoded.bytes.length === 0) return { ok: false, result: fail('jwk-invalid-member', `${where}'s "${name}" is empty.`) };
  return { ok: true, value: encodeBase64url(decoded.bytes), bytes: decoded.bytes };
}

/** Why a coordinate or private scalar of `size` bytes came out as `found`, as far as can be told. */
function lengthCause(found: number, size: number): string {
  if (found === size - 1) return 'One byte short usually means the program that wrote the key dropped a leading zero byte, which must be kept.';
  if (found < size) return 'It was most likely cut short when copied.';
  return 'It is too long: a value from another curve, or one with extra bytes in front.';
}

/**
 * A member of an EC or OKP key with a fixed length: RFC 7518 §6.2.1.2 "The length of this
 * octet string MUST be the full size of a coordinate for the curve", likewise §6.2.1.3 and
 * §6.2.2.1; RFC 8037 §2 for Ed25519.
 */
function fixedMember(jwk: JsonObject, name: string, where: string, kty: string, crv: SupportedCurve): Member {
  const read = member(jwk, name, where, kty);
  if (!read.ok) return read;
  const size = COORDINATE_BYTES[crv];
  if (read.bytes.length === size) return read;
  const rule = kty === 'OKP' ? 'RFC 8037 §2' : name === 'd' ? 'RFC 7518 §6.2.2.1' : 'RFC 7518 §6.2.1.2';
  const what = name === 'd' ? 'private key "d"' : `coordinate "${name}"`;
  return {
    ok: false,
    result: fail(
      'jwk-wrong-length',
      `${where}'s ${what} is ${read.bytes.length} bytes; on ${crv} it is exactly ${size} bytes (${rule}). ${lengthCause(read.bytes.length, size)}`,
    ),
  };
}

/** A private "d" is not used, but a wrong one says the key was damaged: named rather than dropped. */
function privateScalar(jwk: JsonObject, where: string, kty: string, crv: SupportedCurve): { ok: false; result: JwkResult } | null {
  if (jwk.d === undefined) return null;
  const d = fixedMember(jwk, 'd', where, kty, crv);
  return d.ok ? null : d;
}

function curveProblem(crv: string, where: string): JwkResult {
  if (crv === 'X25519' || crv === 'X448') return fail('unsupported-crv', `${where} is an ${crv} key, which is for key agreement (ECDH-ES) and cannot verify signatures.`);
  if (crv === 'secp256k1') return fail('unsupported-crv', `${where} is on secp256k1 (ES256K), which Web Crypto does not offer.`);
  if (crv === 'Ed448') return fail('unsupported-crv', `${where} is an Ed448 key, which cannot verify here: ${ED448_UNAVAILABLE}.`);
  return fail('unsupported-crv', `${where} has crv ${JSON.stringify(crv)}; supported are P-256, P-384, P-521 (EC) and Ed25519 (OKP).`);
}

type PublicPart = { ok: true; jwk: JWK; shape: KeyShape; weaknesses?: KeyWeaknessCode[] } | { ok: false; result: JwkResult };

function publicPart(jwk: JsonObject, kty: string, where: string): PublicPart {
  const crv = typeof jwk.crv === 'string' ? jwk.crv : undefined;
  const need = (name: string) => member(jwk, name, where, kty);
  switch (kty) {
    case 'RSA': {
      const n = need('n');
      if (!n.ok) return n;
      const broken = rsaModulusProblem(n.bytes);
      if (broken) return { ok: false, result: fail('jwk-rsa-modulus-malformed', `${where}'s modulus "n" ${broken}`) };
      const e = need('e');
      if (!e.ok) return e;
      const badExponent = rsaExponentProblem(e.bytes);
      if (badExponent) return { ok: false, result: fail('jwk-rsa-exponent-invalid', `${where}'s exponent "e" ${badExponent}`) };
      const part: PublicPart = { ok: true, jwk: { kty, n: n.value, e: e.value }, shape: { kty: 'RSA', bits: bitLength(n.bytes) } };
      const weaknesses = rsaModulusWeaknesses(n.bytes);
      return weaknesses.length > 0 ? { ...part, weaknesses } : part;
    }
    case 'EC': {
      if (crv === undefined) return { ok: false, result: fail('jwk-missing-member', `${where} has kty "EC" but no "crv" member naming its curve (RFC 7518 §6.2.1.1).`) };
      if (!(EC_CURVES as readonly string[]).includes(crv)) return { ok: false, result: curveProblem(crv, where) };
      const curve = crv as Exclude<SupportedCurve, 'Ed25519'>;
      const x = fixedMember(jwk, 'x', where, kty, curve);
      if (!x.ok) return x;
      const y = fixedMember(jwk, 'y', where, kty, curve);
      if (!y.ok) return y;
      const d = privateScalar(jwk, where, kty, curve);
      if (d) return d;
      // SEC 1 §3.2.2.1: a public key must be a point on its curve; a changed character moves it off.
      if (!isOnCurve(curve, x.bytes, y.bytes)) {
        return {
          ok: false,
          result: fail('jwk-point-not-on-curve', `${where}'s "x" and "y" have the right length but are not a point on ${curve}: one of them was altered, or belongs to another key.`),
        };
      }
      return { ok: true, jwk: { kty, crv, x: x.value, y: y.value }, shape: { kty: 'EC', crv: curve } };
    }
    case 'OKP': {
      if (crv === undefined) return { ok: false, result: fail('jwk-missing-member', `${where} has kty "OKP" but no "crv" member naming its curve (RFC 8037 §2).`) };
      if (crv !== 'Ed25519') return { ok: false, result: curveProblem(crv, where) };
      const x = fixedMember(jwk, 'x', where, kty, 'Ed25519');
      if (!x.ok) return x;
      const d = privateScalar(jwk, where, kty, 'Ed25519');
      if (d) return d;
      return { ok: true, jwk: { kty, crv, x: x.value }, shape: { kty: 'OKP', crv: 'Ed25519' } };
    }
    case 'oct': {
      const k = need('k');
      if (!k.ok) return k;
      return { ok: true, jwk: { kty, k: k.value }, shape: { kty: 'oct', bits: k.bytes.length * 8 } };
    }
  }
  return { ok: false, result: fail('unsupported-kty', `${where} has kty ${JSON.stringify(kty)}; this verifier supports RSA, EC, OKP (Ed25519) and oct (HMAC) keys.`) };
}

/** Reads a JWK; `where` names it in messages ("The JWK", "Key 3 of the JWKS"). */
export function readJwk(value: JsonValue, where = 'The JWK'): JwkResult {
  if (!isObject(value)) return fail('jwk-not-object', `${where} must be a JSON object, not ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}.`);
  const kty = value.kty;
  if (kty === undefined) return fail('jwk-missing-kty', `${where} has no "kty" member, so its key type is unknown (RFC 7517 §4.1 requires it).`);
  if (typeof kty !== 'string') return fail('jwk-invalid-member', `${where}'s "kty" must be a string such as "RSA", "EC", "OKP" or "oct".`);
  const mismatch = ktyMismatch(value, kty, where);
  if (mismatch) return fail('jwk-kty-mismatch', mismatch);
  const part = publicPart(value, kty, where);
  if (!part.ok) return part.result;
  const key: JwkKey = {
    jwk: part.jwk,
    shape: part.shape,
    // For "oct", "k" is the shared secret itself, which verifying needs; it is not a private key.
    privateKeyPasted: kty !== 'oct' && PRIVATE_MEMBERS.some((name) => value[name] !== undefined),
  };
  if (part.weaknesses) key.weaknesses = part.weaknesses;
  if (typeof value.kid === 'string') key.kid = value.kid;
  if (typeof value.alg === 'string') key.alg = value.alg;
  if (typeof value.use === 'string') key.use = value.use;
  if (Array.isArray(value.key_ops)) key.keyOps = value.key_ops.filter((op): op is string => typeof op === 'string');
  return { ok: true, key };
}

/** "EC P-256 public key (JWK, kid "abc")". */
export function describeJwkKey(key: JwkKey, container: string): string {
  const what = key.shape.kty === 'oct' ? 'secret' : key.privateKeyPasted ? 'private key (its public part is used)' : 'public key';
  const kid = key.kid !== undefined ? `, kid ${JSON.stringify(key.kid)}` : '';
  return `${describeShape(key.shape)} ${what} (${container}${kid})`;
}

// RFC 7517 §4.3: the "key_ops" values for encryption and key agreement, as against "sign" and "verify".
const ENCRYPTION_OPS = ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey', 'deriveKey', 'deriveBits'];

/** Why a JWK's own "use" or "key_ops" rules out verifying with it, said after "The JWK …". */
export interface KeyUseProblem {
  code: 'key-use-enc' | 'key-ops-no-verify';
  reason: 'use-enc' | 'key-ops-no-verify';
  message: string;
}

/** RFC 7517 §4.2, §4.3: whether the JWK's "use" or "key_ops" allows verifying, or why not. */
export function keyUseProblem(key: JwkKey): KeyUseProblem | null {
  if (key.use === 'enc') {
    return { code: 'key-use-enc', reason: 'use-enc', message: 'is marked for encryption ("use": "enc"), not for signatures (RFC 7517 §4.2).' };
  }
  const ops = key.keyOps;
  if (!ops || ops.includes('verify')) return null;
  // A private key marked "sign" is reduced to its public part, which is what verifies its signatures.
  if (key.privateKeyPasted && ops.includes('sign')) return null;
  const listed = `"key_ops": ${JSON.stringify(ops)}`;
  if (ops.length > 0 && ops.every((op) => ENCRYPTION_OPS.includes(op))) {
    return { code: 'key-use-enc', reason: 'use-enc', message: `is marked for encryption (${listed}), not for signatures (RFC 7517 §4.3).` };
  }
  return { code: 'key-ops-no-verify', reason: 'key-ops-no-verify', message: `lists the operations it may be used for (${listed}), and "verify" is not one of them (RFC 7517 §4.3).` };
}
