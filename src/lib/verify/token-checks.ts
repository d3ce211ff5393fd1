import { decodeToken } from '../jwt/decode';
import type { JsonObject } from '../core/json';
import { unsupportedAlgorithmMessage, VERIFIABLE_ALGORITHMS } from './key-algorithms';
import type { VerifyCode, VerifyStatus } from './types';

/**
 * What can be refused from the token alone, before any key is looked at:
 * it must be a compact JWS with a real algorithm, content and only understood extensions.
 */

interface TokenRefusal {
  status: VerifyStatus;
  code: VerifyCode;
  message: string;
  alg?: string;
}

export interface VerifiableToken {
  token: string;
  alg: string;
  header: JsonObject;
  kid?: string;
  /** The three parts as they stand: protected header, payload (perhaps empty), signature. */
  parts: [string, string, string];
  /** RFC 7797 §3: false when the payload is carried as it is, not base64url-encoded. */
  b64: boolean;
}

// RFC 7797 §6: "b64" is the one extension jose implements; anything else in "crit" is not understood.
const UNDERSTOOD_EXTENSIONS = ['b64'];

function refuse(status: VerifyStatus, code: VerifyCode, message: string, alg?: string): { ok: false; refusal: TokenRefusal } {
  return { ok: false, refusal: alg === undefined ? { status, code, message } : { status, code, message, alg } };
}

/** RFC 7515 §4.1.11: a recipient must reject a JWS whose "crit" names what it does not understand. */
function critProblem(header: JsonObject): string | null {
  const crit = header.crit;
  if (crit === undefined) return null;
  if (!Array.isArray(crit) || crit.length === 0 || crit.some((name) => typeof name !== 'string')) {
    return '"crit" must be a non-empty array of header parameter names (RFC 7515 §4.1.11).';
  }
  const unknown = (crit as string[]).filter((name) => !UNDERSTOOD_EXTENSIONS.includes(name));
  if (unknown.length === 0) return null;
  return (
    `The token marks ${unknown.map((n) => JSON.stringify(n)).join(', ')} as critical ("crit"), an extension this verifier does not understand. ` +
    'RFC 7515 §4.1.11 says such a JWS must be rejected, whatever its signature.'
  );
}

/** RFC 7515 §7.1: whitespace is never part of a compact token, only of an unencoded payload (RFC 7797 §5.2). */
function whitespaceProblem(token: string, b64: boolean): string | null {
  const parts = token.split('.');
  const outside = b64 ? token : `${parts[0]}.${'x'.repeat(parts[1]?.length ?? 0)}.${parts.slice(2).join('.')}`;
  const at = outside.search(/\s/);
  if (at < 0) return null;
  const what = outside[at] === '\n' || outside[at] === '\r' ? 'a line break' : outside[at] === ' ' ? 'a space' : 'whitespace';
  return `The token has ${what} at offset ${at}, which no compact token holds (RFC 7515 §7.1): a signature over it would be over other text than the token. Remove the whitespace and verify the token without it.`;
}

export function checkToken(input: string): { ok: true; value: VerifiableToken } | { ok: false; refusal: TokenRefusal } {
  const token = input.trim();
  if (token === '') return refuse('idle', 'no-token', 'Paste a token to verify its signature.');
  const decoded = decodeToken(token);
  if (!decoded.ok) return refuse('error', 'token-malformed', decoded.errors[0]?.message ?? 'The token cannot be decoded.');
  const value = decoded.value;
  if (value.type === 'JWE') {
    return refuse('error', 'jwe-not-verifiable', 'This is an encrypted token (JWE): it has no signature to check, and its content stays unreadable without the decryption key.');
  }
  const alg = value.header.alg;
  if (typeof alg !== 'string' || alg === '') return refuse('error', 'token-malformed', 'The header has no "alg", which every JWS must have (RFC 7515 §4.1.1).');
  // RFC 8725 §3.1: an Unsecured JWS is never accepted as verified, whatever key is given.
  if (value.type === 'Unsecured') {
    return refuse('error', 'alg-none', `alg is ${JSON.stringify(alg)}: the token is unsigned (RFC 7519 §6), so there is nothing to verify and it must never be trusted.`, alg);
  }
  const crit = critProblem(value.header);
  if (crit) return refuse('error', 'crit-unsupported', crit, alg);
  if (!VERIFIABLE_ALGORITHMS.includes(alg)) {
    return refuse('error', 'unsupported-alg', unsupportedAlgorithmMessage(alg), alg);
  }
  const b64 = value.header.b64 !== false;
  const whitespace = whitespaceProblem(token, b64);
  if (whitespace) return refuse('error', 'token-whitespace', whitespace, alg);
  const fatal = value.errors.find((e) => (e.segment === 'signature' || e.segment === 'header'));
  if (fatal) return refuse('error', 'token-malformed', fatal.message, alg);
  const [protectedHeader = '', payload = '', signature = ''] = token.split('.');
  const checked: VerifiableToken = { token, alg, header: value.header, parts: [protectedHeader, payload, signature], b64 };
  if (typeof value.header.kid === 'string') checked.kid = value.header.kid;
  return { ok: true, value: checked };
}
