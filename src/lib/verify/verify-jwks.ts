import { describeJwkKey } from './jwk';
import { isHmacAlgorithm } from './key-algorithms';
import { selectJwksKeys, type JwksCandidate } from './jwks-select';
import { attemptKey, refuseKey, type SignedJws } from './verify-key';
import type { JwksEntry, SkippedKey, VerifyCode, VerifyKeyInfo, VerifyResult } from './types';

/**
 * Verifies with a JWK Set: the candidates chosen by kid, type, alg and use are tried in
 * order until one verifies; every other key is listed with the reason it was not used.
 */

/**
 * How many keys are tried at most. Each try imports a key on the page's thread; a set of
 * thousands of keys and a token without a "kid" must not freeze it.
 */
export const MAX_JWKS_ATTEMPTS = 32;

/** What the verdict says when keys were left untried because of the limit. */
function limitSentence(alg: string, kid: string | undefined, fitting: number): string {
  const untried = fitting - MAX_JWKS_ATTEMPTS;
  const which = kid === undefined ? `keys that fit ${alg}` : `keys with kid ${JSON.stringify(kid)}`;
  const advice =
    kid === undefined
      ? 'A token whose header names its key ("kid", RFC 7515 §4.1.4) is checked against that key alone.'
      : 'Give each key of the set its own kid, so that the token names one.';
  const count = (n: number) => n.toLocaleString('en-US');
  return ` Only the first ${MAX_JWKS_ATTEMPTS} of the ${count(fitting)} ${which} were tried; ${count(untried)} ${untried === 1 ? 'was' : 'were'} not, to keep the page responsive. ${advice}`;
}

function info(candidate: JwksCandidate, thumbprint?: string): VerifyKeyInfo {
  const out: VerifyKeyInfo = { description: describeJwkKey(candidate.key, `JWK Set key ${candidate.index}`), source: 'jwks', index: candidate.index };
  if (candidate.kid !== undefined) out.kid = candidate.kid;
  if (thumbprint !== undefined) out.thumbprint = thumbprint;
  return out;
}

function skippedFor(candidate: JwksCandidate, reason: SkippedKey['reason'], message: string): SkippedKey {
  const out: SkippedKey = { index: candidate.index, reason, message };
  if (candidate.kid !== undefined) out.kid = candidate.kid;
  return out;
}

interface Tried {
  candidate: JwksCandidate;
  error: { code: VerifyCode; message: string; detail?: string };
  thumbprint?: string;
}

function asSkipped({ candidate, error }: Tried): SkippedKey {
  return error.code === 'signature-mismatch'
    ? skippedFor(candidate, 'signature-mismatch', `Key ${candidate.index} was tried: the signature does not match it.`)
    : skippedFor(candidate, 'unusable', `Key ${candidate.index} could not be used: ${error.message}`);
}

function noCandidate(alg: string, kid: string | undefined, entries: readonly JwksEntry[], skipped: SkippedKey[]): Pick<VerifyResult, 'code' | 'message'> {
  const hasSecret = entries.some((e) => e.ok && e.key.shape.kty === 'oct');
  if (isHmacAlgorithm(alg) && !hasSecret && entries.some((e) => e.ok)) {
    return {
      code: 'key-as-secret',
      message:
        `The token says ${alg}, an HMAC algorithm, but the JWK Set holds only public keys. Refused: using a public key as the HMAC secret ` +
        'is the algorithm-confusion attack, with which anyone who has the public key could forge tokens (RFC 8725 §3.1).',
    };
  }
  if (kid !== undefined && skipped.every((s) => s.reason === 'kid-mismatch' || s.reason === 'unusable')) {
    const kids = entries.map((e) => e.kid).filter((k): k is string => k !== undefined);
    return {
      code: 'no-matching-key',
      message: `No key in the JWK Set has kid ${JSON.stringify(kid)}${kids.length > 0 ? `; its kids are ${kids.slice(0, 5).map((k) => JSON.stringify(k)).join(', ')}${kids.length > 5 ? ', …' : ''}` : ''}.`,
    };
  }
  return { code: 'no-matching-key', message: `No key in the JWK Set can verify ${alg}${kid !== undefined ? ` with kid ${JSON.stringify(kid)}` : ''}; each key's reason is listed.` };
}

export async function verifyWithJwks(
  token: SignedJws,
  alg: string,
  kid: string | undefined,
  entries: readonly JwksEntry[],
  privateKeyPasted: boolean,
): Promise<VerifyResult> {
  const { candidates, skipped } = selectJwksKeys(entries, alg, kid);
  const done = (result: Omit<VerifyResult, 'skipped' | 'privateKeyPasted' | 'alg'>): VerifyResult => ({
    ...result,
    alg,
    skipped: skipped.sort((a, b) => a.index - b.index),
    privateKeyPasted,
  });
  if (candidates.length === 0) return done({ status: 'error', ...noCandidate(alg, kid, entries, skipped) });

  const limited = candidates.length > MAX_JWKS_ATTEMPTS;
  const attempted = limited ? candidates.slice(0, MAX_JWKS_ATTEMPTS) : candidates;
  const tried: Tried[] = [];
  for (const [position, candidate] of attempted.entries()) {
    const refusal = refuseKey(candidate.key.shape, candidate.key.alg, alg, describeJwkKey(candidate.key, 'JWK'));
    const outcome = refusal ? ({ ok: false, error: refusal } as const) : await attemptKey(token, alg, { shape: candidate.key.shape, material: { type: 'jwk', jwk: candidate.key.jwk } });
    const thumbprint = 'thumbprint' in outcome ? outcome.thumbprint : undefined;
    if (outcome.ok) {
      skipped.push(...tried.map(asSkipped));
      for (const rest of candidates.slice(position + 1)) skipped.push(skippedFor(rest, 'not-tried', `Key ${rest.index} was not tried: key ${candidate.index} verified the token first.`));
      return done({ status: 'verified', code: 'verified', message: `Signature verified (${alg}) with key ${candidate.index} of the JWK Set.`, key: info(candidate, thumbprint) });
    }
    tried.push(thumbprint === undefined ? { candidate, error: outcome.error } : { candidate, error: outcome.error, thumbprint });
  }
  // The key reported is the first whose signature check ran, else the first that failed to import.
  const reported = tried.find((t) => t.error.code === 'signature-mismatch') ?? tried[0]!;
  skipped.push(...tried.filter((t) => t !== reported).map(asSkipped));
  const limit = limited ? limitSentence(alg, kid, candidates.length) : '';
  for (const rest of candidates.slice(attempted.length)) {
    skipped.push(skippedFor(rest, 'attempt-limit', `Key ${rest.index} was not tried: at most ${MAX_JWKS_ATTEMPTS} keys are tried for one token.`));
  }
  if (reported.error.code === 'signature-mismatch') {
    const none = attempted.length > 1 ? ` None of the ${attempted.length} keys tried that fit ${alg} matched.` : '';
    return done({
      status: 'invalid',
      code: 'signature-mismatch',
      message: `The ${alg} signature does not match key ${reported.candidate.index} of the JWK Set: the token was changed after it was signed, or it was signed with another key.${none}${limit}`,
      key: info(reported.candidate, reported.thumbprint),
    });
  }
  const { code, message, detail } = reported.error;
  const failed = done({ status: 'error', code, message: `${message}${limit}`, key: info(reported.candidate, reported.thumbprint) });
  return detail === undefined ? failed : { ...failed, detail };
}
