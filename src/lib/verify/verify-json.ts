import type { FlattenedJWSInput } from 'jose';
import { encodeBase64urlText } from '../core/base64url';
import type { DecodedJwsJson, JwsJsonErrorCode, JwsJsonSignature } from '../jwt/json-serialization-types';
import { keyKindForAlgorithm } from './key-algorithms';
import { checkToken } from './token-checks';
import type { ParsedKey, VerifyResult } from './types';
import { verifyWithKey } from './verify';
import { summarise, type JsonVerifyResult, type SignatureVerdict } from './verify-json-summary';

export type { JsonVerifyCode, JsonVerifyResult, SignatureVerdict } from './verify-json-summary';

/**
 * Checks each signature of a JWS in the JSON serialization (RFC 7515 §7.2) in turn, each
 * as a flattened JWS with jose's flattenedVerify, with the key that fits it: a pasted key
 * when its type (and kid, if it has one) fits, or the JWK Set's key chosen by kid and type.
 */

// Problems the parser found that jose would trip over too; the two about "b64" are left to
// jose, which decides from the protected header alone how the payload is read (RFC 7797 §3).
const LEFT_TO_JOSE: ReadonlySet<JwsJsonErrorCode> = new Set(['b64-not-critical', 'b64-not-protected']);

function verdict(signature: JwsJsonSignature, result: Omit<VerifyResult, 'skipped' | 'privateKeyPasted'> & Partial<VerifyResult>, checked: boolean): SignatureVerdict {
  const out: SignatureVerdict = { skipped: [], privateKeyPasted: false, ...result, index: signature.index, checked };
  if (signature.alg !== undefined && out.alg === undefined) out.alg = signature.alg;
  return out;
}

/** The flattened JWS jose verifies: this signature's members with the one payload (RFC 7515 §7.2.2). */
function flattened(payload: string, signature: JwsJsonSignature & { signature: string }): FlattenedJWSInput {
  const jws: FlattenedJWSInput = { payload, signature: signature.signature };
  if (signature.protected !== undefined) jws.protected = signature.protected;
  if (signature.header !== null) jws.header = signature.header;
  return jws;
}

/**
 * The refusals the compact verifier makes from a header alone (alg none, an algorithm it
 * does not check, "crit" it does not understand) are its own: they run on a compact stand-in
 * carrying this signature's JOSE Header, so both serializations refuse alike.
 */
function headerRefusal(signature: JwsJsonSignature & { signature: string }) {
  const standIn = `${encodeBase64urlText(JSON.stringify(signature.joseHeader))}.e30.${signature.signature}`;
  const checked = checkToken(standIn);
  return checked.ok ? null : checked.refusal;
}

/** The pasted key in words; every description starts with RSA, EC, Ed25519 or HMAC, read with "an". */
function keyPhrase(result: VerifyResult): string {
  return result.key ? `an ${result.key.description}` : 'another kind of key';
}

/** A signature the key does not fit is not checked, rather than failed: another party's key signed it. */
function notFitting(result: VerifyResult, key: ParsedKey): boolean {
  if (result.status !== 'error') return false;
  // verifyWithJwks reports no key when none of the set was tried (by kid, type or alg).
  if (key.kind === 'jwks') return result.key === undefined && (result.code === 'no-matching-key' || result.code === 'key-as-secret');
  return result.code === 'key-as-secret' || result.code === 'alg-not-allowed-for-key';
}

function notFittingMessage(result: VerifyResult, key: ParsedKey, alg: string): string {
  if (key.kind === 'jwks') {
    if (result.code !== 'key-as-secret') return `Not checked: ${result.message}`;
    return `Not checked: ${alg} takes a shared secret, and the pasted JWK Set holds only public keys, which are never used as one (RFC 8725 §3.1).`;
  }
  if (result.code === 'key-as-secret') return `Not checked: ${alg} takes a shared secret; the pasted key is ${keyPhrase(result)}, which is never used as one (RFC 8725 §3.1).`;
  return `Not checked: ${alg} needs ${keyKindForAlgorithm(alg)}; the pasted key is ${keyPhrase(result)}.`;
}

async function verifySignature(jws: DecodedJwsJson, signature: JwsJsonSignature, key: ParsedKey): Promise<SignatureVerdict> {
  const problem = signature.errors.find((error) => !LEFT_TO_JOSE.has(error.code));
  if (problem || signature.signature === null) {
    return verdict(signature, { status: 'error', code: 'token-malformed', message: problem?.message ?? 'The signature is missing.' }, false);
  }
  const readable = { ...signature, signature: signature.signature };
  if (jws.payloadMember === null) {
    return verdict(
      signature,
      { status: 'error', code: 'detached-payload', message: 'There is no "payload": the content is detached (RFC 7515 Appendix F), so no signature can be checked from this text alone.' },
      false,
    );
  }
  const refusal = headerRefusal(readable);
  if (refusal) return verdict(signature, refusal, false);
  const alg = signature.alg!;
  // A JWK with a kid is the key of that kid alone (RFC 7515 §4.1.4): a signature naming another was made by another key.
  if (key.kind === 'jwk' && key.key.kid !== undefined && signature.kid !== undefined && key.key.kid !== signature.kid) {
    const message = `Not checked: the signature names kid ${JSON.stringify(signature.kid)}, and the pasted JWK is kid ${JSON.stringify(key.key.kid)}.`;
    return verdict(signature, { status: 'idle', code: 'no-matching-key', message }, false);
  }
  const checked = signature.kid === undefined ? { alg, header: signature.joseHeader } : { alg, header: signature.joseHeader, kid: signature.kid };
  const result = await verifyWithKey(flattened(jws.payloadMember, readable), checked, key, false);
  if (notFitting(result, key)) return verdict(signature, { ...result, status: 'idle', message: notFittingMessage(result, key, alg) }, false);
  return verdict(signature, result, result.status !== 'idle' && key.kind !== 'invalid');
}

/** Every signature's verdict, then the JWS's: verified when every signature the key checks verifies and it checks at least one. */
export async function verifyJwsJson(jws: DecodedJwsJson, key: ParsedKey): Promise<JsonVerifyResult> {
  const verdicts: SignatureVerdict[] = [];
  for (const signature of jws.signatures) verdicts.push(await verifySignature(jws, signature, key));
  return summarise(jws, key, verdicts);
}
