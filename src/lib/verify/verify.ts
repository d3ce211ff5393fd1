import type { JsonObject } from '../core/json';
import { encodeBase64url } from '../core/base64url';
import { strayTail, type StrayTail } from '../jwt/stray';
import { quoteStray } from '../jwt/stray-finding';
import { EMBEDDED_KEY_NOTE, keyParameters, readEmbeddedKey } from './embedded-key';
import { verifyWithJwks } from './verify-jwks';
import { keySetAmbiguity } from './jwks-ambiguity';
import { describeJwkKey, keyUseProblem } from './jwk';
import { attemptKey, refuseKey, type JwsInput, type KeyAttempt } from './verify-key';
import { checkToken, type VerifiableToken } from './token-checks';
import type { CertificateInfo, JwksEntry, ParsedKey, VerifyInput, VerifyKeyInfo, VerifyResult } from './types';

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

async function verifySingle(token: JwsInput, alg: string, single: SingleKey, privateKeyPasted: boolean): Promise<VerifyResult> {
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

/** One key of a JWK Set, chosen by the user, verifies alone; the verdict still says the set was ambiguous. */
async function verifyChosenKey(token: JwsInput, alg: string, kid: string | undefined, entries: readonly JwksEntry[], index: number, privateKeyPasted: boolean): Promise<VerifyResult> {
  const entry = entries.find((e) => e.index === index);
  if (!entry?.ok) {
    const message = entry ? `Key ${index} of the JWK Set cannot be used: ${entry.error.message}` : `The JWK Set has no key ${index}.`;
    return { status: 'error', code: 'no-matching-key', message, alg, skipped: [], privateKeyPasted };
  }
  const info: VerifyKeyInfo = { description: describeJwkKey(entry.key, `JWK Set key ${index}`), source: 'jwks', index };
  if (entry.kid !== undefined) info.kid = entry.kid;
  const single: SingleKey = { shape: entry.key.shape, material: { type: 'jwk', jwk: entry.key.jwk }, info };
  if (entry.key.alg !== undefined) single.declaredAlg = entry.key.alg;
  const result = await verifySingle(token, alg, single, privateKeyPasted);
  const ambiguous = keySetAmbiguity(entries, alg, kid);
  if (!ambiguous) return result;
  const why = ambiguous.ambiguity.code === 'duplicate-kid' ? 'it holds several keys with the token\'s kid' : 'it mixes HMAC secrets with public keys';
  return withNote({ ...result, ambiguity: ambiguous.ambiguity }, `You chose key ${index} alone. The JWK Set as a whole is ambiguous (${why}), and a verifier given the whole set should refuse it.`);
}

/** The JWS as it is checked: the token itself, or its parts with the detached content put back. */
function signingInput(checked: VerifiableToken, detached: string | undefined): JwsInput {
  const [protectedHeader, payload, signature] = checked.parts;
  if (payload !== '' || detached === undefined || detached === '') return checked.token;
  // RFC 7515 Appendix F: the content goes back base64url-encoded; RFC 7797 §3: as it is with "b64": false.
  return { protected: protectedHeader, payload: checked.b64 ? encodeBase64url(new TextEncoder().encode(detached)) : detached, signature };
}

function withNote(result: VerifyResult, note: string): VerifyResult {
  return { ...result, note: result.note === undefined ? note : `${result.note} ${note}` };
}

/** A token whose payload part is empty: verified over an empty payload, or over detached content (RFC 7515 Appendix F). */
function aboutEmptyPayload(result: VerifyResult, checked: VerifiableToken, detached: string | undefined): VerifyResult {
  const { alg } = checked;
  if (detached !== undefined && detached !== '') {
    const how = checked.b64 ? 'base64url-encoded, as RFC 7515 Appendix F puts it back' : 'as it is, since the header says "b64": false (RFC 7797)';
    if (result.status === 'verified') return withNote({ ...result, payload: 'detached' }, `The signature is over the detached content you pasted (${how}), which is not in the token.`);
    if (result.code === 'signature-mismatch') {
      return { ...result, payload: 'detached', message: `The ${alg} signature does not match the detached content you pasted (${how}): the content differs from what was signed, or it was signed with another key.` };
    }
    return result;
  }
  if (result.status === 'verified') {
    return withNote(
      { ...result, payload: 'empty' },
      'The payload is empty and the signature is over that empty payload, which RFC 7515 allows. JWT libraries refuse such a token: a JWT\'s claims are a JSON object (RFC 7519 §7.2).',
    );
  }
  if (result.code === 'signature-mismatch') {
    return {
      ...result,
      code: 'detached-payload',
      payload: 'empty',
      message:
        `The ${alg} signature does not match an empty payload. The payload may be detached (RFC 7515 Appendix F): signed, then sent apart from the token. ` +
        'Paste that content as the detached content to check the signature over it.',
    };
  }
  return result;
}

/** A token with stray characters at its end is never verified; the verdict says whether the rest would be. */
function malformedVerdict(tail: StrayTail, rest: VerifyResult): VerifyResult {
  const quoted = quoteStray(tail.stray);
  const jwe = tail.readable.split('.').length === 5;
  let message = `The token ends with ${quoted} at offset ${tail.offset}, after its last part: a ${jwe ? 'JWE has five parts' : 'JWS has three parts'} and nothing else (RFC ${jwe ? 7516 : 7515} §7.1), so this token is malformed and not verified.`;
  if (rest.status === 'verified') message += ` Without the trailing ${quoted}, the rest would verify.`;
  else if (rest.status === 'invalid') message += ` Without it, the rest would not verify either: ${rest.message}`;
  else if (rest.code === 'no-key') message += ' Paste a key to see whether the rest would verify.';
  else message += ` Nor can the rest be checked: ${rest.message}`;
  const result: VerifyResult = { ...rest, status: 'invalid', code: 'malformed-token', message };
  delete result.note;
  return result;
}

export async function verifyToken(input: VerifyInput): Promise<VerifyResult> {
  const tail = strayTail(input.token.trim());
  if (tail) return malformedVerdict(tail, await verifyWellFormed({ ...input, token: tail.readable }));
  return verifyWellFormed(input);
}

async function verifyWellFormed(input: VerifyInput): Promise<VerifyResult> {
  const { key } = input;
  const privateKeyPasted = isPrivate(key);
  const checked = checkToken(input.token);
  if (!checked.ok) return { ...checked.refusal, skipped: [], privateKeyPasted };
  const result = await verifyChecked(checked.value, input, privateKeyPasted);
  return checked.value.parts[1] === '' ? aboutEmptyPayload(result, checked.value, input.detachedPayload) : result;
}

function verifyChecked(checked: VerifiableToken, input: VerifyInput, privateKeyPasted: boolean): Promise<VerifyResult> {
  const token = signingInput(checked, input.detachedPayload);
  return verifyWithKey(token, checked, input.key, input.allowEmbeddedKey === true, input.onlyKey, privateKeyPasted);
}

/**
 * One signature whose header passed checkToken's refusals, with the pasted key: a compact
 * JWS, or a signature of the JSON serialization. `onlyKey` is a JWK Set's key chosen alone.
 */
export async function verifyWithKey(
  token: JwsInput,
  checked: { alg: string; header: JsonObject; kid?: string | undefined },
  key: ParsedKey,
  allowEmbeddedKey: boolean,
  onlyKey?: number,
  privateKeyPasted = isPrivate(key),
): Promise<VerifyResult> {
  const { alg, header, kid } = checked;
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
      const unfit = keyUseProblem(jwk);
      if (unfit) {
        return {
          status: 'error',
          code: unfit.code,
          message: `The JWK ${unfit.message}`,
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
    case 'jwks': {
      if (onlyKey !== undefined) return verifyChosenKey(token, alg, kid, key.entries, onlyKey, privateKeyPasted);
      const ambiguous = keySetAmbiguity(key.entries, alg, kid);
      if (ambiguous) return { status: 'error', code: ambiguous.ambiguity.code, message: ambiguous.message, alg, skipped: [], privateKeyPasted, ambiguity: ambiguous.ambiguity };
      return verifyWithJwks(token, alg, kid, key.entries, privateKeyPasted);
    }
  }
}
