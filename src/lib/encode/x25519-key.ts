import { decodeBase64url, encodeBase64url } from '../core/base64url';
import type { JsonObject } from '../core/json';
import { readDer, readOid, sequenceOf, TAG } from '../verify/der';
import { derToPem, OID } from '../verify/der-write';
import type { PemBlock } from '../verify/pem';
import type { KeyError } from '../verify/types';
import type { RecipientKey } from './encryption-types';

/**
 * X25519 keys (RFC 7748), which ECDH-ES uses (RFC 8037 §3.2) and the signature verifier's
 * readers refuse, since they cannot verify anything.
 */

type Read = { ok: true; key: RecipientKey } | { ok: false; error: KeyError };

// RFC 8037 §2: "x" is the public key, "d" the private key, 32 bytes each for X25519.
const X25519_BYTES = 32;

function lengthOf(jwk: JsonObject, name: string): number | null {
  const value = jwk[name];
  if (typeof value !== 'string') return null;
  const decoded = decodeBase64url(value);
  return decoded.ok ? decoded.bytes.length : null;
}

export function isX25519Jwk(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && (value as JsonObject).kty === 'OKP' && (value as JsonObject).crv === 'X25519';
}

/** An OKP JWK on X25519, reduced to its public members. */
export function readX25519Jwk(jwk: JsonObject, where: string): Read {
  const x = lengthOf(jwk, 'x');
  if (x !== X25519_BYTES) {
    const found = x === null ? 'missing or not base64url' : `${x} bytes`;
    return { ok: false, error: { code: 'jwk-wrong-length', message: `${where}'s "x" is ${found}; an X25519 public key is exactly ${X25519_BYTES} bytes (RFC 8037 §2).` } };
  }
  if (jwk.d !== undefined && lengthOf(jwk, 'd') !== X25519_BYTES) {
    return { ok: false, error: { code: 'jwk-wrong-length', message: `${where}'s private key "d" is not ${X25519_BYTES} bytes of base64url (RFC 8037 §2).` } };
  }
  const decodedX = decodeBase64url(String(jwk.x));
  const publicJwk: JsonObject = { kty: 'OKP', crv: 'X25519', x: decodedX.ok ? encodeBase64url(decodedX.bytes) : String(jwk.x) };
  const privateKeyPasted = jwk.d !== undefined;
  const kid = typeof jwk.kid === 'string' ? jwk.kid : undefined;
  const key: RecipientKey = {
    kind: 'jwk',
    jwk: publicJwk,
    shape: { kty: 'OKP', crv: 'X25519' },
    description: `X25519 ${privateKeyPasted ? 'private key (JWK; only its public part is used)' : 'public key (JWK)'}${kid !== undefined ? `, kid ${JSON.stringify(kid)}` : ''}`,
    privateKeyPasted,
  };
  if (kid !== undefined) key.kid = kid;
  return { ok: true, key };
}

/** The algorithm OID of an SPKI (RFC 5280 §4.1.2.7) or a PKCS#8 key (RFC 5208 §5), or null when it is neither. */
function algorithmOid(der: Uint8Array, container: 'spki' | 'pkcs8'): string | null {
  try {
    const fields = sequenceOf(readDer(der), container === 'spki' ? 2 : 3, container);
    const algorithm = fields[container === 'spki' ? 0 : 1]!;
    if (algorithm.tag !== TAG.SEQUENCE) return null;
    return readOid(sequenceOf(algorithm, 1, 'AlgorithmIdentifier')[0]!);
  } catch {
    return null;
  }
}

/** A PEM block holding an X25519 (RFC 8410 §3) key, or null when it holds another kind; X448 is named and refused. */
export function readX25519Pem(block: PemBlock): Read | null {
  const container = block.label === 'PUBLIC KEY' ? 'spki' : block.label === 'PRIVATE KEY' ? 'pkcs8' : null;
  if (!container) return null;
  const oid = algorithmOid(block.der, container);
  if (oid === OID.x448) {
    return { ok: false, error: { code: 'unsupported-crv', message: 'This is an X448 key: browsers’ Web Crypto does not offer X448, so ECDH-ES here works with X25519, P-256, P-384 or P-521.' } };
  }
  if (oid !== OID.x25519) return null;
  const shape = { kty: 'OKP', crv: 'X25519' } as const;
  if (container === 'spki') return { ok: true, key: { kind: 'spki', pem: derToPem(block.der, 'PUBLIC KEY'), shape, description: 'X25519 public key (PEM, SPKI)' } };
  return {
    ok: true,
    key: { kind: 'pkcs8', pem: derToPem(block.der, 'PRIVATE KEY'), shape, description: 'X25519 private key (PKCS#8; only its public part is used)', privateKeyPasted: true },
  };
}
