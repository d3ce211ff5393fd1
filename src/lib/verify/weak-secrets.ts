import { decodeBase64url } from '../core/base64url';
import { isWellKnownSecret } from './well-known-secrets';

/**
 * Why an HMAC secret is weak, and whether a token was signed with a well-known one.
 * Free of the DOM (WebCrypto and TextEncoder only) so it can run in a Web Worker.
 */

export type WeakSecretCode = 'short' | 'well-known';

export interface WeakSecretReason {
  code: WeakSecretCode;
  message: string;
  rule: string;
}

// RFC 7518 §3.2: "A key of the same size as the hash output … or larger MUST be used."
const MIN_SECRET_BYTES: Readonly<Record<string, number>> = { HS256: 32, HS384: 48, HS512: 64 };

const SECTION_3_2_MUST = 'A key of the same size as the hash output (for instance, 256 bits for "HS256") or larger MUST be used with this algorithm.';

function bytes(count: number): string {
  return `${count} ${count === 1 ? 'byte' : 'bytes'}`;
}

const HASHES: Readonly<Record<string, string>> = { HS256: 'SHA-256', HS384: 'SHA-384', HS512: 'SHA-512' };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function asText(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

export function weakSecretReasons(secretBytes: Uint8Array, alg: string): WeakSecretReason[] {
  const reasons: WeakSecretReason[] = [];
  const minimum = MIN_SECRET_BYTES[alg];
  if (minimum !== undefined && secretBytes.length < minimum) {
    reasons.push({
      code: 'short',
      message:
        `The secret is ${bytes(secretBytes.length)}, ${bytes(minimum - secretBytes.length)} short of the ${minimum} ${alg} needs: RFC 7518 §3.2 says "${SECTION_3_2_MUST}" ` +
        'A short secret can be found by trying guesses against any token it signed.',
      rule: 'RFC 7518 §3.2',
    });
  }
  const text = asText(secretBytes);
  if (text !== null && isWellKnownSecret(text)) {
    reasons.push({
      code: 'well-known',
      message: `"${text}" is a well-known secret from documentation, tutorials or password lists: attackers try it first, so anyone can forge tokens signed with it.`,
      rule: 'RFC 8725 §3.5',
    });
  }
  return reasons;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** How many guesses run at once: enough to keep WebCrypto busy, few enough to stay responsive. */
const BATCH = 64;

/**
 * The first candidate that reproduces an HS256/384/512 token's signature, or null.
 * RFC 7515 §5.2: the MAC is over ASCII(BASE64URL(header) '.' payload-segment).
 */
export async function findForgeableSecret(token: string, candidates: readonly string[]): Promise<string | null> {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return null;
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = decodeBase64url(headerPart);
  if (!header.ok) return null;
  let alg: unknown;
  try {
    alg = (JSON.parse(new TextDecoder().decode(header.bytes)) as { alg?: unknown }).alg;
  } catch {
    return null;
  }
  const hash = typeof alg === 'string' ? HASHES[alg] : undefined;
  const signature = decodeBase64url(signaturePart);
  if (!hash || !signature.ok || signature.bytes.length === 0) return null;
  const encoder = new TextEncoder();
  const signingInput = encoder.encode(`${headerPart}.${payloadPart}`);
  const matches = async (candidate: string): Promise<boolean> => {
    // WebCrypto refuses a zero-length HMAC key, and no token is signed with one.
    if (candidate === '') return false;
    const key = await crypto.subtle.importKey('raw', encoder.encode(candidate), { name: 'HMAC', hash }, false, ['sign']);
    return equalBytes(new Uint8Array(await crypto.subtle.sign('HMAC', key, signingInput)), signature.bytes);
  };
  for (let start = 0; start < candidates.length; start += BATCH) {
    const batch = candidates.slice(start, start + BATCH);
    const found = await Promise.all(batch.map(matches));
    const index = found.indexOf(true);
    if (index >= 0) return batch[index]!;
  }
  return null;
}
