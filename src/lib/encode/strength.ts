import type { SecretEncoding } from '../verify/types';
import { weakSecretReasons, type WeakSecretReason } from '../verify/weak-secrets';

/**
 * How strong an HMAC secret is. Bytes given as base64, base64url or hex are taken to be
 * random, so each carries 8 bits. Typed text carries far less: its strength is estimated
 * from its length and the kinds of character in it, an upper bound for a random string
 * and a generous one for a word or a phrase.
 */

export type StrengthLevel = 'weak' | 'fair' | 'strong';

export interface SecretStrength {
  bytes: number;
  /** Estimated bits of entropy, at most 8 a byte. */
  bits: number;
  /** What RFC 7518 §3.2 asks for `alg`: the hash output's size. */
  minimumBits: number;
  level: StrengthLevel;
  /** The verifier's findings for the same secret: too short, well known. */
  reasons: WeakSecretReason[];
}

const HASH_BITS: Readonly<Record<string, number>> = { HS256: 256, HS384: 384, HS512: 512 };

function alphabetSize(text: string): number {
  let size = 0;
  if (/[a-z]/.test(text)) size += 26;
  if (/[A-Z]/.test(text)) size += 26;
  if (/[0-9]/.test(text)) size += 10;
  if (/[ -/:-@[-`{-~]/.test(text)) size += 33;
  // Anything beyond ASCII: counted as a modest extra alphabet rather than all of Unicode.
  if (/[^\x20-\x7e]/.test(text)) size += 100;
  return size;
}

function textBits(text: string): number {
  const size = alphabetSize(text);
  return size <= 1 ? 0 : Math.floor([...text].length * Math.log2(size));
}

export function secretStrength(secretBytes: Uint8Array, encoding: SecretEncoding, alg: string): SecretStrength {
  const bytes = secretBytes.length;
  const rawBits = bytes * 8;
  const bits = encoding === 'utf8' ? Math.min(rawBits, textBits(new TextDecoder().decode(secretBytes))) : rawBits;
  const minimumBits = HASH_BITS[alg] ?? 256;
  const reasons = weakSecretReasons(secretBytes, alg);
  // A secret shorter than the hash, or one attackers try first, is weak whatever its characters.
  const level: StrengthLevel = reasons.length > 0 || bits < 128 ? 'weak' : bits < minimumBits ? 'fair' : 'strong';
  return { bytes, bits, minimumBits, level, reasons };
}
