import { calculateJwkThumbprint, compactVerify, exportJWK, flattenedVerify, importPKCS8, importSPKI, type FlattenedJWSInput, type JWK } from 'jose';
import { encodeBase64url } from '../core/base64url';
import { mapCryptoError, type MappedCryptoError } from '../core/crypto-errors';
import { allowedAlgorithms, describeShape, isHmacAlgorithm, keyKindForAlgorithm } from './key-algorithms';
import type { KeyShape, VerifyCode } from './types';

/** One key tried against one token: the checks that need no cryptography, then jose. */

export type KeyMaterial =
  | { type: 'secret'; bytes: Uint8Array }
  | { type: 'jwk'; jwk: JWK }
  | { type: 'pem'; pem: string; importAs: 'spki' | 'pkcs8' };

/**
 * What is verified: a compact token as shown; its parts with the payload put back (detached
 * content, RFC 7515 Appendix F); or one signature of the JSON serialization (RFC 7515
 * §7.2.2). jose checks the last two as a flattened JWS.
 */
export type JwsInput = string | FlattenedJWSInput;

export interface KeyAttempt {
  shape: KeyShape;
  /** The `alg` the key declares for itself (RFC 7517 §4.4), which narrows the allow-list. */
  declaredAlg?: string;
  material: KeyMaterial;
}

interface Refusal {
  code: VerifyCode;
  message: string;
}

type AttemptOutcome =
  | { ok: true; thumbprint?: string }
  | { ok: false; error: MappedCryptoError; thumbprint?: string };

// RFC 7518 §3.3: "A key of size 2048 bits or larger MUST be used with these algorithms."
const MIN_RSA_BITS = 2048;

/**
 * Why this key must not be used for a token signed with `alg`, or null when it may.
 * The allow-list comes from the key (RFC 8725 §3.1), never from the token.
 */
export function refuseKey(shape: KeyShape, declaredAlg: string | undefined, alg: string, keyName: string): Refusal | null {
  const allowed = allowedAlgorithms(shape, declaredAlg);
  if (isHmacAlgorithm(alg) && shape.kty !== 'oct') {
    return {
      code: 'key-as-secret',
      message:
        `The token says ${alg}, an HMAC algorithm that takes a shared secret, but the key is ${keyName}. Refused: ` +
        'this is the algorithm-confusion attack. If a verifier used the public key (or its PEM text) as the HMAC secret, anyone who has the public key, which is public, ' +
        'could forge tokens. A public key only verifies RS*, PS*, ES* or EdDSA signatures (RFC 8725 §3.1).',
    };
  }
  if (!allowed.includes(alg)) {
    const all = allowedAlgorithms(shape);
    const narrowed = declaredAlg !== undefined && all.includes(alg) ? ` It declares "alg": ${JSON.stringify(declaredAlg)}, so only that is allowed (RFC 7517 §4.4).` : '';
    const allowedText = allowed.length > 0 ? allowed.join(', ') : 'no JWS algorithm';
    return {
      code: 'alg-not-allowed-for-key',
      message: `The token says alg ${JSON.stringify(alg)}, which needs ${keyKindForAlgorithm(alg)}, but the key is ${keyName}, which verifies ${allowedText}.${narrowed}`,
    };
  }
  if (shape.kty === 'RSA' && shape.bits !== undefined && shape.bits < MIN_RSA_BITS) {
    return { code: 'key-too-small', message: `The key is ${describeShape(shape)}; RS* and PS* need at least ${MIN_RSA_BITS} bits (RFC 7518 §3.3), so it is refused.` };
  }
  return null;
}

// RFC 7518 §6.3.2, §6.2.2; RFC 8037 §2: the members a private JWK adds to the public one.
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'] as const;

function publicOnly(jwk: JWK): JWK {
  const copy: JWK = { ...jwk };
  for (const name of PRIVATE_MEMBERS) delete copy[name];
  return copy;
}

/** The key as jose verifies with it, plus the public JWK its thumbprint is taken from. */
async function prepare(material: KeyMaterial, alg: string): Promise<{ key: JWK | Uint8Array; jwk: JWK }> {
  switch (material.type) {
    case 'secret':
      return { key: material.bytes, jwk: { kty: 'oct', k: encodeBase64url(material.bytes) } };
    case 'jwk':
      // A copy: jose freezes and caches the JWK objects it is given.
      return { key: { ...material.jwk }, jwk: material.jwk };
    case 'pem': {
      const imported =
        material.importAs === 'spki'
          ? await importSPKI(material.pem, alg, { extractable: true })
          : await importPKCS8(material.pem, alg, { extractable: true });
      const jwk = publicOnly(await exportJWK(imported));
      return { key: jwk, jwk };
    }
  }
}

/** Verifies the signature only (claims are checked apart), with the key's allow-list. */
export async function attemptKey(jws: JwsInput, alg: string, attempt: KeyAttempt): Promise<AttemptOutcome> {
  let thumbprint: string | undefined;
  try {
    const { key, jwk } = await prepare(attempt.material, alg);
    // RFC 7638 §3: SHA-256 over the required members, in lexicographic order.
    thumbprint = await calculateJwkThumbprint(jwk, 'sha256');
    const options = { algorithms: allowedAlgorithms(attempt.shape, attempt.declaredAlg) };
    await (typeof jws === 'string' ? compactVerify(jws, key, options) : flattenedVerify(jws, key, options));
    return { ok: true, thumbprint };
  } catch (error) {
    const mapped = mapCryptoError(error);
    return thumbprint === undefined ? { ok: false, error: mapped } : { ok: false, error: mapped, thumbprint };
  }
}
