import type { JsonObject } from '../core/json';
import type { Result } from '../core/result';
import { KEY_MANAGEMENT } from './encryption-algorithms';
import { saysNestedJwt } from './encoder-modes';
import { CONTENT_ENCRYPTION_ALGORITHMS, isContentEncryption, isKeyManagementAlgorithm, type ContentEncryption, type KeyManagementAlgorithm } from './encryption-names';
import type { RecipientKey } from './encryption-types';
import type { EncodeError } from './types';
import { MAX_PBES2_COUNT } from '../core/limits';

/** The JWE Protected Header (RFC 7516 §4) made from the header as edited and the choices beside it. */

export interface JweHeaderPlan {
  header: JsonObject;
  alg: KeyManagementAlgorithm;
  enc: ContentEncryption;
  /** The PBKDF2 count for PBES2 (RFC 7518 §4.8.1.2). */
  p2c?: number;
}

/**
 * jose refuses more than 10,000 PBES2 iterations when it decrypts, unless told otherwise
 * (its maxPBES2Count), and so do other libraries: a higher default would make tokens their
 * recipients reject. It is ten times RFC 7518 §4.8.1.2's recommended minimum of 1,000; a
 * "p2c" typed in the header asks for more.
 */
export const DEFAULT_PBES2_COUNT = 10_000;

// The count this app's own decryption refuses past (draft-ietf-oauth-rfc8725bis §3.13 asks
// recipients to refuse large ones): a token made here always opens here.
export { MAX_PBES2_COUNT };

// Made anew by each encryption (RFC 7518 §4.6.1.1 epk, §4.7.1 iv and tag, §4.8.1 p2s): an old value is dropped.
const PER_ENCRYPTION = ['epk', 'iv', 'tag', 'p2s'];

function fail(code: EncodeError['code'], message: string): Result<JweHeaderPlan, EncodeError> {
  return { ok: false, error: { code, message } };
}

function readP2c(value: unknown): Result<number, EncodeError> {
  if (value === undefined) return { ok: true, value: DEFAULT_PBES2_COUNT };
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    return { ok: false, error: { code: 'p2c-invalid', message: `"p2c" is the PBKDF2 iteration count, a positive whole number (RFC 7518 §4.8.1.2), not ${JSON.stringify(value)}.` } };
  }
  if (value > MAX_PBES2_COUNT) {
    return { ok: false, error: { code: 'p2c-too-large', message: `"p2c" of ${value.toLocaleString('en-US')} is more than the ${MAX_PBES2_COUNT.toLocaleString('en-US')} iterations recipients should accept (draft-ietf-oauth-rfc8725bis §3.13), and more than this page decrypts.` } };
  }
  return { ok: true, value };
}

/**
 * The header's "alg" and "enc" when it names them, else the chosen ones; "cty" as the mode
 * asks (RFC 7519 §5.2); the key's "kid" (RFC 7516 §4.1.6), which names the key it was made for.
 */
export function planJweHeader(edited: JsonObject, chosen: { alg: KeyManagementAlgorithm; enc: ContentEncryption }, mode: 'jwe' | 'nested', key: RecipientKey | null): Result<JweHeaderPlan, EncodeError> {
  const alg = edited.alg ?? chosen.alg;
  if (!isKeyManagementAlgorithm(alg)) {
    const hint = typeof alg === 'string' && /^(?:HS|RS|PS|ES|Ed)/.test(alg) ? ` ${alg} is a signature algorithm; a JWE's "alg" says how the content key reaches the recipient.` : '';
    return fail('enc-alg-unsupported', `The header's "alg" ${JSON.stringify(alg)} is not one the encoder encrypts with (RFC 7516 §4.1.1).${hint} Choose one in the list.`);
  }
  const enc = edited.enc ?? chosen.enc;
  if (!isContentEncryption(enc)) {
    return fail('enc-unsupported', `The header's "enc" ${JSON.stringify(enc)} is not a content encryption algorithm (RFC 7516 §4.1.2): use one of ${CONTENT_ENCRYPTION_ALGORITHMS.join(', ')}.`);
  }
  const header: JsonObject = { ...edited, alg, enc };
  for (const name of PER_ENCRYPTION) delete header[name];
  if (mode === 'nested') {
    if (header.cty !== undefined && !saysNestedJwt(header.cty)) {
      return fail('cty-not-jwt', `A nested JWT says so with "cty": "JWT" (RFC 7519 §5.2), and the header has "cty": ${JSON.stringify(header.cty)}. Remove it or write "JWT".`);
    }
    header.cty = 'JWT';
  } else if (saysNestedJwt(header.cty)) {
    return fail('cty-jwt-not-nested', '"cty": "JWT" says the content is a signed token (RFC 7519 §5.2), but here it is the payload’s claims. Remove "cty", or make a nested token (sign, then encrypt).');
  }
  if (key?.kid !== undefined) header.kid = key.kid;
  if (KEY_MANAGEMENT[alg].family !== 'pbes2') {
    delete header.p2c;
    return { ok: true, value: { header, alg, enc } };
  }
  const p2c = readP2c(header.p2c);
  if (!p2c.ok) return p2c;
  // jose writes "p2c" and "p2s" itself, from the key management parameters.
  delete header.p2c;
  return { ok: true, value: { header, alg, enc, p2c: p2c.value } };
}
