import type { DecodedJwsJson } from '../jwt/json-serialization-types';
import type { ParsedKey, VerifyCode, VerifyResult, VerifyStatus } from './types';

/** The verdict on a JWS in the JSON serialization as a whole, from each signature's own. */

export interface SignatureVerdict extends VerifyResult {
  /** Position in "signatures", from 0. */
  index: number;
  /**
   * Whether the key was tried on it. False when it was refused before any key (alg none, a
   * broken header) or the key does not fit it (another kid, another type); `idle` then says so.
   */
  checked: boolean;
}

export type JsonVerifyCode = VerifyCode | 'no-signature-checked' | 'too-many-signatures' | 'b64-inconsistent';

export interface JsonVerifyResult {
  status: VerifyStatus;
  code: JsonVerifyCode;
  /** One or two sentences: what the verdict rests on, and which signatures were not checked. */
  message: string;
  signatures: SignatureVerdict[];
  privateKeyPasted: boolean;
}

function list(verdicts: readonly SignatureVerdict[]): string {
  const numbers = verdicts.map((v) => String(v.index));
  const joined = numbers.length > 1 ? `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)!}` : numbers[0]!;
  return `${numbers.length === 1 ? 'signature' : 'signatures'} ${joined}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type Verdict = Pick<JsonVerifyResult, 'status' | 'code' | 'message'>;

function uncheckedNote(verdicts: readonly SignatureVerdict[]): string {
  const unchecked = verdicts.filter((v) => !v.checked);
  if (unchecked.length === 0) return '';
  return ` Not checked: ${list(unchecked)}, ${unchecked.length === 1 ? 'for the reason' : 'each for the reason'} given below.`;
}

function verdictOf(jws: DecodedJwsJson, key: ParsedKey, verdicts: readonly SignatureVerdict[]): Verdict {
  const total = jws.signatureCount;
  if (key.kind === 'empty') {
    const what = total === 1 ? 'the signature' : `the ${total} signatures, each with the key that fits it`;
    return { status: 'idle', code: 'no-key', message: `Paste a secret, PEM public key, certificate, JWK or JWK Set to check ${what}.` };
  }
  if (key.kind === 'invalid') return { status: 'error', code: key.error.code, message: key.error.message };
  const invalid = verdicts.filter((v) => v.status === 'invalid');
  if (invalid.length > 0) {
    return {
      status: 'invalid',
      code: 'signature-mismatch',
      message: `${capitalised(list(invalid))} ${invalid.length === 1 ? 'does' : 'do'} not match: the payload or a protected header was changed after signing, or another key signed it.`,
    };
  }
  const checked = verdicts.filter((v) => v.checked);
  const failed = checked.find((v) => v.status === 'error');
  if (failed) return { status: 'error', code: failed.code, message: `Signature ${failed.index} could not be checked: ${failed.message}` };
  const inconsistent = jws.errors.find((e) => e.code === 'b64-inconsistent');
  // jose refuses such a general JWS outright: one "payload" cannot be read two ways (RFC 7797 §3).
  if (inconsistent) return { status: 'error', code: 'b64-inconsistent', message: inconsistent.message };
  if (checked.length > 0 && total > verdicts.length) {
    return {
      status: 'error',
      code: 'too-many-signatures',
      message: `The first ${verdicts.length} of ${total.toLocaleString('en-US')} signatures were read, and those the key fits verify; the rest were not read, so the JWS as a whole is not verified.`,
    };
  }
  if (checked.length > 0) {
    const all = checked.length === total;
    const head = all ? (total === 1 ? 'The signature verifies.' : `All ${total} signatures verify.`) : `${capitalised(list(checked))} ${checked.length === 1 ? 'verifies' : 'verify'}.`;
    return { status: 'verified', code: 'verified', message: `${head}${uncheckedNote(verdicts)}` };
  }
  // Nothing checked: with one reason for all (one signature, say), that reason is the verdict, as for a compact token.
  const first = verdicts[0]!;
  if (verdicts.every((v) => v.code === first.code)) return { status: first.status === 'idle' ? 'error' : first.status, code: first.code, message: first.message };
  return { status: 'error', code: 'no-signature-checked', message: `The key checks none of the ${total} signatures; each one's reason is below.` };
}

export function summarise(jws: DecodedJwsJson, key: ParsedKey, signatures: SignatureVerdict[]): JsonVerifyResult {
  const privateKeyPasted = key.kind === 'pem' || key.kind === 'jwk' || key.kind === 'jwks' ? key.privateKeyPasted : false;
  return { ...verdictOf(jws, key, signatures), signatures, privateKeyPasted };
}
