import { CompactSign, importJWK, importPKCS8, type JWK } from 'jose';
import { encodeBase64urlText } from '../core/base64url';
import { mapCryptoError } from '../core/crypto-errors';
import type { JsonObject } from '../core/json';
import { VERIFIABLE_ALGORITHMS } from '../verify/key-algorithms';
import { keyMismatch } from './signing-key';
import type { SigningKey, SignResult } from './types';

/** What the encoder can make: every algorithm the verifier checks, and the unsecured `none`. */
export const SIGNING_ALGORITHMS: readonly string[] = [...VERIFIABLE_ALGORITHMS, 'none'];

const encoder = new TextEncoder();

async function importKey(key: SigningKey, alg: string) {
  switch (key.kind) {
    case 'secret':
      return key.bytes;
    case 'pkcs8':
      return importPKCS8(key.pem, alg);
    case 'jwk':
      return importJWK(key.jwk as JWK, alg);
  }
}

/**
 * Signs the header and payload with the algorithm the header names (RFC 7515 §5.1), or
 * makes an unsecured token for `none` (RFC 7519 §6.1), where any key is left unused.
 */
export async function sign(header: JsonObject, payload: JsonObject, key: SigningKey | null): Promise<SignResult> {
  const alg = header.alg;
  if (alg === undefined) return { ok: false, error: { code: 'alg-missing', message: 'The header has no "alg": choose an algorithm (RFC 7515 §4.1.1).' } };
  if (typeof alg !== 'string' || !SIGNING_ALGORITHMS.includes(alg)) {
    return {
      ok: false,
      error: { code: 'alg-unsupported', message: `${JSON.stringify(alg)} is not an algorithm this encoder signs with; choose one of ${SIGNING_ALGORITHMS.join(', ')}.` },
    };
  }
  const payloadText = JSON.stringify(payload);
  // RFC 7519 §6.1: the unsecured JWS has an empty signature. jose's UnsecuredJWT writes a
  // header of {"alg":"none"} alone, so the header as edited is encoded here.
  if (alg === 'none') return { ok: true, token: `${encodeBase64urlText(JSON.stringify(header))}.${encodeBase64urlText(payloadText)}.` };
  if (!key) return { ok: false, error: { code: 'key-missing', message: `${alg} needs a ${alg.startsWith('HS') ? 'secret' : 'private key'} to sign with.` } };
  const mismatch = keyMismatch(key, alg);
  if (mismatch) return { ok: false, error: mismatch };
  try {
    const signingKey = await importKey(key, alg);
    const token = await new CompactSign(encoder.encode(payloadText)).setProtectedHeader(header as { alg: string }).sign(signingKey);
    return { ok: true, token };
  } catch (error) {
    const mapped = mapCryptoError(error);
    if (mapped.code === 'key-too-small') return { ok: false, error: { code: 'key-too-small', message: mapped.message } };
    const detail = mapped.detail ? ` (${mapped.detail})` : '';
    return { ok: false, error: { code: 'sign-failed', message: `The token could not be signed: ${mapped.message.replace(/verify(ing)? this token/, 'sign')}${detail}` } };
  }
}
