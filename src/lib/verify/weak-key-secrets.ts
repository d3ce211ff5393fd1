import { decodeBase64url } from '../core/base64url';
import type { JwkKey, ParsedKey } from './types';
import { weakSecretReasons, type WeakSecretReason } from './weak-secrets';

/**
 * The weak-secret checks (RFC 7518 §3.2 length, RFC 8725 §3.5 well-known) for every HMAC
 * secret the key field holds: a plain secret, or the "k" of an oct JWK (RFC 7518 §6.4.1)
 * alone or in a JWK Set. A weak secret is as weak in JSON as it is typed out.
 */

export interface WeakKeySecret {
  /** Which key of a JWK Set, "Key 2 (kid "a")"; absent for a lone secret or JWK. */
  label?: string;
  reasons: WeakSecretReason[];
}

function secretOf(key: JwkKey): Uint8Array | null {
  if (key.shape.kty !== 'oct' || typeof key.jwk.k !== 'string') return null;
  const decoded = decodeBase64url(key.jwk.k);
  return decoded.ok ? decoded.bytes : null;
}

export function weakKeySecrets(parsed: ParsedKey, alg: string): WeakKeySecret[] {
  switch (parsed.kind) {
    case 'secret': {
      const reasons = weakSecretReasons(parsed.bytes, alg);
      return reasons.length > 0 ? [{ reasons }] : [];
    }
    case 'jwk': {
      const bytes = secretOf(parsed.key);
      const reasons = bytes ? weakSecretReasons(bytes, alg) : [];
      return reasons.length > 0 ? [{ reasons }] : [];
    }
    case 'jwks': {
      const found: WeakKeySecret[] = [];
      for (const entry of parsed.entries) {
        if (!entry.ok) continue;
        const bytes = secretOf(entry.key);
        const reasons = bytes ? weakSecretReasons(bytes, alg) : [];
        if (reasons.length > 0) found.push({ label: `Key ${entry.index}${entry.kid !== undefined ? ` (kid ${JSON.stringify(entry.kid)})` : ''}`, reasons });
      }
      return found;
    }
    default:
      return [];
  }
}
