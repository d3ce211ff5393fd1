import { keyUseProblem } from './jwk';
import { algorithmsForShape, describeShape, keyKindForAlgorithm } from './key-algorithms';
import type { JwkKey, JwksEntry, SkippedKey, SkipReason } from './types';

/**
 * Chooses the keys of a JWK Set that may verify a token: by "kid" first (RFC 7515 §4.1.4),
 * then by key type, curve, "alg" and "use" fitting the token's algorithm. Every key left
 * out gets its reason, so the user sees why a JWKS did not verify.
 */

export interface JwksCandidate {
  index: number;
  kid?: string;
  key: JwkKey;
}

interface JwksSelection {
  candidates: JwksCandidate[];
  skipped: SkippedKey[];
}

function skip(entry: { index: number; kid?: string }, reason: SkipReason, message: string): SkippedKey {
  return entry.kid === undefined ? { index: entry.index, reason, message } : { index: entry.index, kid: entry.kid, reason, message };
}

function reasonToSkip(entry: JwksEntry & { ok: true }, alg: string, kid: string | undefined): SkippedKey | null {
  const { key } = entry;
  const name = `Key ${entry.index}${entry.kid !== undefined ? ` (kid ${JSON.stringify(entry.kid)})` : ''}`;
  if (kid !== undefined && entry.kid !== kid) {
    return skip(entry, 'kid-mismatch', `${name}: the token asks for kid ${JSON.stringify(kid)}.`);
  }
  const unfit = keyUseProblem(key);
  if (unfit) return skip(entry, unfit.reason, `${name} ${unfit.message}`);
  if (!algorithmsForShape(key.shape).includes(alg)) {
    return skip(entry, 'wrong-type', `${name} is ${key.shape.kty === 'oct' ? 'an HMAC secret' : `an ${describeShape(key.shape)} key`}; ${alg} needs ${keyKindForAlgorithm(alg)}.`);
  }
  if (key.alg !== undefined && key.alg !== alg) {
    return skip(entry, 'alg-mismatch', `${name} is declared for "alg": ${JSON.stringify(key.alg)}, but the token uses ${alg} (RFC 7517 §4.4).`);
  }
  return null;
}

export function selectJwksKeys(entries: readonly JwksEntry[], alg: string, kid: string | undefined): JwksSelection {
  const candidates: JwksCandidate[] = [];
  const skipped: SkippedKey[] = [];
  for (const entry of entries) {
    if (!entry.ok) {
      skipped.push(skip(entry, 'unusable', entry.error.message));
      continue;
    }
    const reason = reasonToSkip(entry, alg, kid);
    if (reason) skipped.push(reason);
    else candidates.push(entry.kid === undefined ? { index: entry.index, key: entry.key } : { index: entry.index, kid: entry.kid, key: entry.key });
  }
  return { candidates, skipped };
}
