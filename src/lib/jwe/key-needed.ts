import type { JsonObject } from '../core/json';

/**
 * What key opens a JWE, read from its header's "alg" and "enc" alone (RFC 7518 §4, §5):
 * what the decryption field asks for before anything is pasted.
 */

export type KeyNeededKind = 'private' | 'symmetric' | 'password' | 'unknown';

export interface KeyNeeded {
  kind: KeyNeededKind;
  /** "the recipient's RSA private key", "the 16-byte shared key"… */
  text: string;
  /** A symmetric key's length, when the header fixes it. */
  bytes?: number;
}

// RFC 7518 §5.1: the content encryption key each "enc" needs, in bytes.
const CEK_BYTES: Readonly<Record<string, number>> = {
  A128GCM: 16,
  A192GCM: 24,
  A256GCM: 32,
  'A128CBC-HS256': 32,
  'A192CBC-HS384': 48,
  'A256CBC-HS512': 64,
};

/** The CEK length "enc" needs, in bytes, or undefined for a name RFC 7518 §5.1 does not list. */
export function contentKeyBytes(enc: unknown): number | undefined {
  return typeof enc === 'string' ? CEK_BYTES[enc] : undefined;
}

function symmetric(bytes: number | undefined, purpose: string): KeyNeeded {
  const size = bytes === undefined ? 'the' : `the ${bytes}-byte (${bytes * 8}-bit)`;
  return bytes === undefined ? { kind: 'symmetric', text: `${size} shared key ${purpose}` } : { kind: 'symmetric', text: `${size} shared key ${purpose}`, bytes };
}

export function keyNeeded(header: JsonObject): KeyNeeded {
  const alg = typeof header.alg === 'string' ? header.alg : '';
  if (alg.startsWith('RSA')) return { kind: 'private', text: 'the recipient’s RSA private key (PKCS#8 or PKCS#1 PEM, or a private JWK or JWK Set)' };
  if (alg.startsWith('ECDH-ES')) {
    const crv = header.epk !== null && typeof header.epk === 'object' && !Array.isArray(header.epk) && typeof header.epk.crv === 'string' ? header.epk.crv : undefined;
    const curve = crv ? `${crv} ` : 'EC or X25519 ';
    return { kind: 'private', text: `the recipient’s ${curve}private key (PKCS#8 or SEC1 PEM, or a private JWK or JWK Set)` };
  }
  if (alg.startsWith('PBES2')) return { kind: 'password', text: 'the password it was encrypted with' };
  const wrap = /^A(128|192|256)(?:GCM)?KW$/.exec(alg);
  if (wrap) return symmetric(Number(wrap[1]) / 8, 'that wraps the content key');
  if (alg === 'dir') return symmetric(contentKeyBytes(header.enc), `used directly for ${typeof header.enc === 'string' ? header.enc : 'the content'}`);
  return { kind: 'unknown', text: 'the recipient’s key' };
}
