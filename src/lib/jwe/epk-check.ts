import type { JsonValue } from '../core/json';
import { isObject } from '../core/json';
import { COORDINATE_BYTES, isOnCurve } from '../verify/curve-points';
import { decodeMember } from './base64url-member';
import type { JweProblem } from './jwe-parse';

/**
 * RFC 7518 §4.6.1.1: "epk", the sender's ephemeral public key, a JWK. A point off its
 * curve is refused before WebCrypto sees it: accepting one is the invalid-curve attack,
 * through which a sender learns the recipient's private key bit by bit.
 */

const NIST_CURVES = ['P-256', 'P-384', 'P-521'] as const;
type NistCurve = (typeof NIST_CURVES)[number];

// RFC 7518 §6.2.2, §6.3.2, §6.4.1; RFC 8037 §2: members only a private or secret key has.
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

const invalid = (message: string): JweProblem => ({ code: 'epk-invalid', message });

function coordinate(epk: Record<string, JsonValue>, name: 'x' | 'y', size: number): Uint8Array | string {
  const value = epk[name];
  if (typeof value !== 'string') return `"epk" has no "${name}" coordinate`;
  const decoded = decodeMember(value);
  if (!decoded.ok) return `"epk"'s "${name}" is not base64url: it ${decoded.problem}`;
  if (decoded.bytes.length !== size) return `"epk"'s "${name}" is ${decoded.bytes.length} bytes; on its curve it is exactly ${size} (RFC 7518 §6.2.1.2)`;
  return decoded.bytes;
}

export function epkProblem(epk: JsonValue | undefined): JweProblem | null {
  if (!isObject(epk)) return invalid('ECDH-ES needs the sender’s ephemeral public key, "epk", as a JWK object in the header (RFC 7518 §4.6.1.1), and it is missing.');
  const secret = PRIVATE_MEMBERS.find((name) => epk[name] !== undefined);
  if (secret !== undefined) return invalid(`"epk" carries the private member "${secret}": an ephemeral key in the header must be public only (RFC 7518 §4.6.1.1).`);
  const { kty, crv } = epk;
  if (kty === 'OKP') {
    if (crv === 'X448') return invalid('"epk" is an X448 key, which neither Web Crypto in browsers nor jose offers; only X25519 works for OKP key agreement here.');
    if (crv !== 'X25519') return invalid(`"epk" has kty "OKP" and crv ${JSON.stringify(crv)}; OKP key agreement uses X25519 (RFC 8037 §3.2).`);
    const x = coordinate(epk, 'x', 32);
    return typeof x === 'string' ? invalid(`${x.replace('RFC 7518 §6.2.1.2', 'RFC 8037 §2')}.`) : null;
  }
  if (kty !== 'EC') return invalid(`"epk" has kty ${JSON.stringify(kty)}; ECDH-ES uses an EC (P-256, P-384, P-521) or OKP (X25519) key (RFC 7518 §4.6.1.1).`);
  if (!NIST_CURVES.includes(crv as NistCurve)) return invalid(`"epk" is on curve ${JSON.stringify(crv)}; ECDH-ES works here on P-256, P-384 and P-521.`);
  const curve = crv as NistCurve;
  const x = coordinate(epk, 'x', COORDINATE_BYTES[curve]);
  if (typeof x === 'string') return invalid(`${x}.`);
  const y = coordinate(epk, 'y', COORDINATE_BYTES[curve]);
  if (typeof y === 'string') return invalid(`${y}.`);
  // SEC 1 §3.2.2.1: a public key must be a point on its curve.
  if (!isOnCurve(curve, x, y)) {
    return {
      code: 'epk-not-on-curve',
      message: `"epk"'s x and y are not a point on ${curve}. It is refused: decrypting with a point off the curve is the invalid-curve attack, which can leak the private key.`,
    };
  }
  return null;
}
