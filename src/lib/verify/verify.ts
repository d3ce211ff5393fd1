import type { JsonObject } from '../core/json';
import { EMBEDDED_KEY_NOTE, keyParameters, readEmbeddedKey } from './embedded-key';
import { encryptionOnlyMarker } from './jwk';
import { verifyWithJwks } from './verify-jwks';
import { attemptKey, refuseKey, type KeyAttempt, type SignedJws } from './verify-key';
import { checkToken } from './token-checks';
import type { CertificateInfo, ParsedKey, VerifyInput, VerifyKeyInfo, VerifyResult } from './types';

/**
 * Checks a token's signature, and only its signature, with what the user pasted.
 * jose does the cryptography (compactVerify); the algorithms it may accept come from the key.
 */

interface SingleKey extends KeyAttempt {
  info: VerifyKeyInfo;
  certificate?: CertificateInfo;
  note?: string;
}

function isPrivate(key: ParsedKey): boolean {
  return key.kind === 'pem' || key.kind === 'jwk' || key.kind === 'jwks' ? key.privateKeyPasted : false;
}

/** The key in a sentence: every description starts with RSA, EC, Ed25519 or HMAC, read with "an". */
function keyName(single: SingleKey): string {
  return `an ${single.info.description}`;
}

async function verifySingle(token: SignedJws, alg: string, single: SingleKey, privateKeyPasted: boolean): Promise<VerifyResult> {
  const base: VerifyResult = { status: 'error', code: 'unknown-error', message: '', alg, key: single.info, skipped: [], privateKeyPasted };
  if (single.certificate) base.certificate = single.certificate;
  if (single.note) base.note = single.note;
  const refusal = refuseKey(single.shape, single.declaredAlg, alg, keyName(single));
  if (refusal) return { ...base, ...refusal };
  const outcome = await attemptKey(token, alg, single);
  const key = outcome.thumbprint === undefined ? single.info : { ...single.info, thumbprint: outcome.thumbprint };
  if (outcome.ok) return { ...base, key, status: 'verified', code: 'verified', message: `Signature verified (${alg}) with ${keyName(single)}.` };
  if (outcome.error.code === 'signature-mismatch') {
    return {
      ...base,
      key,
      status: 'invalid',
      code: 'signature-mismatch',
      message: `The ${alg} signature does not match: the token was changed after it was signed, or it was signed with another key than ${keyName(single)}.`,
    };
  }
  const failed: VerifyResult = { ...base, key, code: outcome.error.code, message: outcome.error.message };
  if (outcome.error.detail !== undefined) failed.detail = outcome.error.detail;
  return failed;
}

function pastedInfo(description: string, kid?: string): VerifyKeyInfo {
  return kid === undefined ? { description, source: 'pasted' } : { description, kid, source: 'pasted' };
}

function noKey(alg: string, header: JsonObject, allowEmbeddedKey: boolean): VerifyResult | SingleKey {
  const carried = keyParameters(header);
  const embedded = allowEmbeddedKey ? readEmbeddedKey(header) : null;
  if (embedded?.ok) {
    const { key } = embedded;
    const info: VerifyKeyInfo = key.kid === undefined ? { description: key.description, source: 'token' } : { description: key.description, kid: key.kid, source: 'token' };
    const single: SingleKey = { shape: key.shape, material: key.material, info, note: EMBEDDED_KEY_NOTE };
    if (key.declaredAlg !== undefined) single.declaredAlg = key.declaredAlg;
    if (key.certificate) single.certificate = key.certificate;
    return single;
  }
  if (embedded && !embedded.ok) return { status: 'error', code: embedded.error.code, message: embedded.error.message, alg, skipped: [], privateKeyPasted: false };
  let message = 'Paste a secret, PEM public key, certificate, JWK or JWK Set to verify the signature.';
  if (carried.includes('jwk') || carried.includes('x5c')) {
    message += ' The token carries its own key, which is not used unless you allow it: a key chosen by whoever made the token proves nothing.';
  }
  if (carried.includes('jku') || carried.includes('x5u')) message += ' The token names a key URL ("jku"/"x5u"): it is never fetched by itself, only if you choose to fetch it.';
  return { status: 'idle', code: 'no-key', message, alg, skipped: [], privateKeyPasted: false };
}

export async function verifyToken(input: VerifyInput): Promise<VerifyResult> {
  const { key } = input;
  const privateKeyPasted = isPrivate(key);
  const checked = checkToken(input.token);
  if (!checked.ok) return { ...checked.refusal, skipped: [], privateKeyPasted };
  const { token, alg, header, kid } = checked.value;
  return verifyWithKey(token, { alg, header, kid }, key, input.allowEmbeddedKey === true);
}

/** One signature whose header passed checkToken's refusals, with the pasted key: a compact JWS, or a signature of the JSON serialization. */
export async function verifyWithKey(token: SignedJws, checked: { alg: string; header: JsonObject; kid?: string | undefined }, key: ParsedKey, allowEmbeddedKey: boolean): Promise<VerifyResult> {
  const { alg, header, kid } = checked;
  const privateKeyPasted = isPrivate(key);
  switch (key.kind) {
    case 'empty': {
      const found = noKey(alg, header, allowEmbeddedKey);
      return 'status' in found ? found : verifySingle(token, alg, found, false);
    }
    case 'invalid':
      return { status: 'error', code: key.error.code, message: key.error.message, alg, skipped: [], privateKeyPasted };
    case 'secret':
      return verifySingle(token, alg, { shape: { kty: 'oct', bits: key.bytes.length * 8 }, material: { type: 'secret', bytes: key.bytes }, info: pastedInfo(key.description) }, false);
    case 'pem': {
      const single: SingleKey = { shape: key.shape, material: { type: 'pem', pem: key.pem, importAs: key.importAs }, info: pastedInfo(key.description) };
      if (key.certificate) single.certificate = key.certificate;
      return verifySingle(token, alg, single, privateKeyPasted);
    }
    case 'jwk': {
      const { key: jwk } = key;
      const marker = encryptionOnlyMarker(jwk);
      if (marker) {
        return {
          status: 'error',
          code: 'key-use-enc',
          message: `The JWK is marked for encryption (${marker}), not for signatures (RFC 7517 §4.2, §4.3).`,
          alg,
          key: pastedInfo(key.description, jwk.kid),
          skipped: [],
          privateKeyPasted,
        };
      }
      const single: SingleKey = { shape: jwk.shape, material: { type: 'jwk', jwk: jwk.jwk }, info: pastedInfo(key.description, jwk.kid) };
      if (jwk.alg !== undefined) single.declaredAlg = jwk.alg;
      return verifySingle(token, alg, single, privateKeyPasted);
    }
    case 'jwks':
      return verifyWithJwks(token, alg, kid, key.entries, privateKeyPasted);
  }
}
