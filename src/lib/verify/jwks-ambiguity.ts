import { describeJwkKey, keyUseProblem } from './jwk';
import { selectJwksKeys } from './jwks-select';
import type { JwksEntry, KeySetAmbiguity } from './types';

/**
 * A JWK Set a careful verifier refuses as a whole: it mixes HMAC secrets with public keys,
 * so which kind of key a token gets depends on the token's own "alg" (RFC 8725 §3.1), or
 * it holds several keys that fit the token under the "kid" it names (RFC 7517 §4.5: kids are
 * meant to tell keys apart). The user may still choose one key and verify with it alone.
 */

type UsableEntry = JwksEntry & { ok: true };

function listIndexes(entries: readonly { index: number }[]): string {
  const indexes = entries.map((e) => e.index);
  const shown = indexes.slice(0, 6).join(', ') + (indexes.length > 6 ? ', …' : '');
  return `${indexes.length === 1 ? 'key' : 'keys'} ${shown}`;
}

function choices(entries: readonly JwksEntry[], alg: string, kid: string | undefined): KeySetAmbiguity['keys'] {
  return selectJwksKeys(entries, alg, kid).candidates.map((c) => {
    const choice: KeySetAmbiguity['keys'][number] = { index: c.index, description: describeJwkKey(c.key, `JWK Set key ${c.index}`) };
    if (c.kid !== undefined) choice.kid = c.kid;
    return choice;
  });
}

export interface AmbiguousSet {
  ambiguity: KeySetAmbiguity;
  message: string;
}

/** Why this set is ambiguous for a token with this alg and kid, or null when it is not (or when no key of it could verify anyway). */
export function keySetAmbiguity(entries: readonly JwksEntry[], alg: string, kid: string | undefined): AmbiguousSet | null {
  const signing = entries.filter((e): e is UsableEntry => e.ok && keyUseProblem(e.key) === null);
  if (kid !== undefined) {
    // RFC 7517 §4.5 lets keys of different types share a kid as alternatives: only keys that
    // could all verify this token make it ambiguous.
    const keys = choices(signing.filter((e) => e.kid === kid), alg, kid);
    if (keys.length >= 2) {
      return {
        ambiguity: { code: 'duplicate-kid', keys },
        message:
          `The JWK Set holds ${keys.length} keys with the token's kid ${JSON.stringify(kid)} that could verify ${alg} (${listIndexes(keys)}), so it does not say which key signed the token ` +
          '(RFC 7517 §4.5: a kid tells keys apart). Refused as ambiguous; choose one key to verify with it alone.',
      };
    }
  }
  const secrets = signing.filter((e) => e.key.shape.kty === 'oct');
  if (secrets.length === 0 || secrets.length === signing.length) return null;
  const publicKeys = signing.filter((e) => e.key.shape.kty !== 'oct');
  const keys = choices(entries, alg, kid);
  if (keys.length > 0) {
    return {
      ambiguity: { code: 'mixed-key-set', keys },
      message:
        `The JWK Set mixes HMAC secrets (${listIndexes(secrets)}) with public keys (${listIndexes(publicKeys)}): whether a token is checked with a secret or a public key ` +
        'would then depend on the "alg" in the token, which its maker chooses (RFC 8725 §3.1). Refused as ambiguous; choose one key to verify with it alone.',
    };
  }
  return null;
}
