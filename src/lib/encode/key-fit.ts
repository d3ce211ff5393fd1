import { describeShape } from '../verify/key-algorithms';
import { KEY_MANAGEMENT } from './encryption-algorithms';
import { isKeyManagementAlgorithm, type KeyManagementAlgorithm } from './encryption-names';
import type { RecipientShape } from './encryption-types';
import type { Candidate } from './recipient-public-key';
import type { EncodeError } from './types';

/** Whether a public key can receive a JWE made with `alg`, and why not. */

// RFC 7518 §4.3: "A key of size 2048 bits or larger MUST be used with these algorithms."
const MIN_RSA_BITS = 2048;

const ECDH_CURVES = ['P-256', 'P-384', 'P-521', 'X25519'];

export function describeRecipientShape(shape: RecipientShape): string {
  return shape.crv === 'X25519' ? 'X25519' : describeShape(shape);
}

/** "an RSA 2048-bit key", "a symmetric key". */
export function withArticle(words: string): string {
  return `${/^[AEIOU]|^RSA|^X25519|^HMAC/.test(words) ? 'an' : 'a'} ${words}`;
}

function wrongType(code: EncodeError['code'], message: string): EncodeError {
  return { code, message };
}

/** Why this key's type does not fit `alg`, or null when it does. */
function shapeProblem(shape: RecipientShape, alg: KeyManagementAlgorithm): EncodeError | null {
  const family = KEY_MANAGEMENT[alg].family;
  const what = `${withArticle(describeRecipientShape(shape))} key`;
  if (family === 'rsa') {
    if (shape.kty !== 'RSA') return wrongType('enc-key-wrong-type', `${alg} encrypts to an RSA public key, and this is ${what}. For an EC or X25519 key choose ECDH-ES.`);
    if (shape.pssOnly) return wrongType('enc-key-wrong-type', `This RSA key is marked for RSASSA-PSS signatures only (RFC 4055 §3.1), so it cannot receive ${alg}.`);
    if (shape.bits !== undefined && shape.bits < MIN_RSA_BITS) {
      return wrongType('enc-key-too-small', `The key is ${describeShape(shape)}; ${alg} needs at least ${MIN_RSA_BITS} bits (RFC 7518 §4.3).`);
    }
    return null;
  }
  // family === 'ecdh'
  if (shape.kty === 'RSA') return wrongType('enc-key-wrong-type', `${alg} agrees a key with an EC or X25519 public key, and this is ${what}. For an RSA key choose RSA-OAEP-256.`);
  if (shape.crv === 'Ed25519') {
    return wrongType('enc-key-wrong-type', `${alg} needs a key-agreement key; Ed25519 keys only sign. Its sibling for ECDH-ES is X25519 (RFC 8037 §3.2), or use an EC P-256 key.`);
  }
  if (!shape.crv || !ECDH_CURVES.includes(shape.crv)) return wrongType('enc-key-wrong-type', `${alg} works with P-256, P-384, P-521 or X25519 keys, and this is ${what}.`);
  return null;
}

/** RFC 7517 §4.2 and §4.4: a JWK's own "use" and "alg" say what it may do. */
export function keyFitProblem(candidate: Candidate, alg: KeyManagementAlgorithm): EncodeError | null {
  const shape = shapeProblem(candidate.key.shape, alg);
  if (shape) return shape;
  if (candidate.use === 'sig') {
    return { code: 'enc-key-use-sig', message: 'The JWK is marked for signatures ("use": "sig"), not for encryption (RFC 7517 §4.2). Use the recipient’s encryption key.' };
  }
  if (candidate.jwkAlg !== undefined && candidate.jwkAlg !== alg) {
    const advice = isKeyManagementAlgorithm(candidate.jwkAlg) ? `Choose ${candidate.jwkAlg} if the recipient expects it.` : 'That is not an encryption algorithm: use the recipient’s encryption key.';
    return { code: 'enc-key-alg-mismatch', message: `The JWK says it is for ${JSON.stringify(candidate.jwkAlg)} ("alg", RFC 7517 §4.4), not ${alg}. ${advice}` };
  }
  return null;
}
