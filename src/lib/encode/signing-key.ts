import { decodeBase64url } from '../core/base64url';
import { parseJson } from '../core/json-parse';
import type { JsonObject } from '../core/json';
import { allowedAlgorithms, describeShape, isHmacAlgorithm } from '../verify/key-algorithms';
import { parseKey } from '../verify/parse-key';
import type { SecretEncoding } from '../verify/types';
import type { EncodeError, SigningKey, SigningKeyResult } from './types';
import { isObject } from '../core/json';

/**
 * Reads the key field for signing: an HMAC secret in the chosen encoding, a PKCS#8 (or
 * PKCS#1) PEM private key, or a private JWK. The verifier's readers recognise the text;
 * this adds what signing needs on top: the private part must be there.
 */

function fail(error: EncodeError): SigningKeyResult {
  return { ok: false, error };
}

const PUBLIC_ONLY = 'Signing needs the private key; a public key or certificate can only verify.';

export function readSigningKey(text: string, encoding: SecretEncoding): SigningKeyResult {
  const parsed = parseKey(text, encoding);
  switch (parsed.kind) {
    case 'empty':
      return { ok: 'empty' };
    case 'invalid': {
      const { error } = parsed;
      const at = error.line !== undefined && error.column !== undefined ? { line: error.line, column: error.column } : {};
      return fail({ code: 'key-unreadable', message: error.message, keyError: error, ...at });
    }
    case 'secret': {
      const key: SigningKey = { kind: 'secret', bytes: parsed.bytes, encoding: parsed.encoding, description: parsed.description };
      if (parsed.suggestion) key.suggestion = parsed.suggestion;
      return { ok: true, key };
    }
    case 'jwks':
      return fail({ code: 'key-set', message: 'This is a JWK Set: paste the one private JWK to sign with (an element of its "keys" array).' });
    case 'pem': {
      if (parsed.format === 'sec1') {
        return fail({
          code: 'key-unreadable',
          message: 'A SEC1 "EC PRIVATE KEY" is read for its public part only. Convert it to PKCS#8 to sign: openssl pkcs8 -topk8 -nocrypt -in key.pem.',
        });
      }
      if (parsed.importAs !== 'pkcs8') return fail({ code: 'key-public-only', message: `This is an ${describeShape(parsed.shape)} public key. ${PUBLIC_ONLY}` });
      const container = parsed.format === 'pkcs1-private' ? 'PEM, PKCS#1' : 'PEM, PKCS#8';
      return { ok: true, key: { kind: 'pkcs8', pem: parsed.pem, shape: parsed.shape, description: `${describeShape(parsed.shape)} private key (${container})` } };
    }
    case 'jwk': {
      const { key } = parsed;
      if (key.shape.kty === 'oct') {
        // RFC 7518 §6.4.1: "k" is the secret itself, base64url; the reader has checked it.
        const k = decodeBase64url(String(key.jwk.k));
        if (!k.ok) return fail({ code: 'key-unreadable', message: 'The JWK\'s "k" is not base64url.' });
        return { ok: true, key: { kind: 'secret', bytes: k.bytes, encoding: 'base64url', description: `HMAC secret, ${k.bytes.length} bytes (JWK "k")` } };
      }
      if (!key.privateKeyPasted) return fail({ code: 'key-public-only', message: `This JWK is an ${describeShape(key.shape)} public key (it has no "d"). ${PUBLIC_ONLY}` });
      // The reader keeps only the public members; signing needs the whole object as pasted.
      const whole = parseJson(text);
      if (!whole.ok || !isObject(whole.value)) {
        return fail({ code: 'key-unreadable', message: 'The JWK could not be read again.' });
      }
      const jwk: JsonObject = whole.value;
      const signing: SigningKey = { kind: 'jwk', jwk, shape: key.shape, description: `${describeShape(key.shape)} private key (JWK${key.kid !== undefined ? `, kid ${JSON.stringify(key.kid)}` : ''})` };
      if (key.kid !== undefined) signing.kid = key.kid;
      return { ok: true, key: signing };
    }
  }
}

/** The algorithms this key can sign with; a JWK's own "alg" narrows them (RFC 7517 §4.4). */
function signingAlgorithms(key: SigningKey): string[] {
  if (key.kind === 'secret') return ['HS256', 'HS384', 'HS512'];
  const declared = key.kind === 'jwk' && typeof key.jwk.alg === 'string' ? key.jwk.alg : undefined;
  return allowedAlgorithms(key.shape, declared);
}

// RFC 7518 §3.3: "A key of size 2048 bits or larger MUST be used with these algorithms."
const MIN_RSA_BITS = 2048;

/** Why this key cannot sign with `alg`, or null when it can. */
export function keyMismatch(key: SigningKey, alg: string): EncodeError | null {
  const allowed = signingAlgorithms(key);
  if (!allowed.includes(alg)) {
    const kind = key.kind === 'secret' ? 'an HMAC secret' : `an ${describeShape(key.shape)} key`;
    const hint = isHmacAlgorithm(alg) && key.kind !== 'secret' ? ' HMAC algorithms take a shared secret, not a private key.' : '';
    return {
      code: 'alg-key-mismatch',
      message: `${alg} cannot be made with ${kind}, which signs ${allowed.length > 0 ? allowed.join(', ') : 'no JWS algorithm'}.${hint}`,
    };
  }
  if (key.kind !== 'secret' && key.shape.kty === 'RSA' && key.shape.bits !== undefined && key.shape.bits < MIN_RSA_BITS) {
    return { code: 'key-too-small', message: `The key is ${describeShape(key.shape)}; RS* and PS* need at least ${MIN_RSA_BITS} bits (RFC 7518 §3.3).` };
  }
  return null;
}
