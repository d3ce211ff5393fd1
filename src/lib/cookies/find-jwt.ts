import { decodeToken } from '../jwt/decode';

/** A JWT found inside a cookie value. */
interface FoundJwt {
  /** The compact token, percent-decoded when it was encoded: ready for the decoder. */
  token: string;
  /** `plain`: the token's text stands in the value as it is; `percent-encoded`: only once the value is percent-decoded. */
  encoding: 'plain' | 'percent-encoded';
  type: 'JWS' | 'JWE' | 'Unsecured';
  alg: string;
}

/** Runs of base64url characters joined by dots: three parts (JWS) or five (JWE). */
const CANDIDATE = /[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)?/g;

/** Decodes each run of %XX escapes that is valid UTF-8, leaving anything else as it is. */
export function percentDecode(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

function asJwt(candidate: string): Omit<FoundJwt, 'encoding'> | null {
  const decoded = decodeToken(candidate);
  if (!decoded.ok) return null;
  const alg = decoded.value.header['alg'];
  return typeof alg === 'string' ? { token: candidate, type: decoded.value.type, alg } : null;
}

function search(text: string): Omit<FoundJwt, 'encoding'> | null {
  for (const match of text.matchAll(CANDIDATE)) {
    // A token may be glued to base64url characters before it (`s:eyJ…` became `s%3AeyJ…`): a JSON header starts "eyJ".
    const start = match[0].indexOf('eyJ');
    const candidates = start > 0 && start < match[0].indexOf('.') ? [match[0], match[0].slice(start)] : [match[0]];
    for (const candidate of candidates) {
      const parts = candidate.split('.');
      // Five parts may be a JWE, or a JWS followed by dots of something else.
      const found = asJwt(candidate) ?? (parts.length === 5 ? asJwt(parts.slice(0, 3).join('.')) : null);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The first JWT in a cookie value: three (or five) base64url parts whose header decodes to a
 * JSON object with an `alg`. The value is percent-decoded first, so that a token whose
 * characters were escaped is found whole.
 */
export function findJwt(value: string): FoundJwt | null {
  const found = search(value.includes('%') ? percentDecode(value) : value);
  if (!found) return null;
  return { ...found, encoding: value.includes(found.token) ? 'plain' : 'percent-encoded' };
}
