import type { JsonObject } from '../core/json';
import { parseCertificate } from './certificate';
import { DerError } from './der';
import { derToPem } from './der-write';
import { describeJwkKey, readJwk } from './jwk';
import { describeShape } from './key-algorithms';
import { shapeFromSpki } from './key-info';
import { base64ToBytes } from './pem';
import { asRsaEncryptionSpki } from './pss-key';
import type { CertificateInfo, KeyError, KeyShape } from './types';
import type { KeyMaterial } from './verify-key';

/**
 * A key the token carries in its own header: "jwk" (RFC 7515 §4.1.3) or the first
 * certificate of "x5c" (§4.1.6). Used only when the user asks, because a signature made
 * with a key the signer chose proves nothing about who signed.
 */

interface EmbeddedKey {
  parameter: 'jwk' | 'x5c';
  shape: KeyShape;
  declaredAlg?: string;
  kid?: string;
  material: KeyMaterial;
  description: string;
  certificate?: CertificateInfo;
}

export const EMBEDDED_KEY_NOTE =
  'The key came from the token itself. A valid signature with it proves only that the token is intact, not who made it: ' +
  'anyone can create a key pair, sign a token and embed the public key. Verify with a key you obtained from the issuer.';

/** Names of the header parameters that carry or point to a key, present in this header. */
export function keyParameters(header: JsonObject): string[] {
  return ['jwk', 'x5c', 'jku', 'x5u'].filter((name) => header[name] !== undefined);
}

export function readEmbeddedKey(header: JsonObject): { ok: true; key: EmbeddedKey } | { ok: false; error: KeyError } | null {
  if (header.jwk !== undefined) {
    const read = readJwk(header.jwk, 'The token\'s "jwk" header');
    if (!read.ok) return read;
    const { key } = read;
    const embedded: EmbeddedKey = { parameter: 'jwk', shape: key.shape, material: { type: 'jwk', jwk: key.jwk }, description: describeJwkKey(key, 'from the token\'s "jwk" header') };
    if (key.alg !== undefined) embedded.declaredAlg = key.alg;
    if (key.kid !== undefined) embedded.kid = key.kid;
    return { ok: true, key: embedded };
  }
  const x5c = header.x5c;
  if (x5c === undefined) return null;
  const first = Array.isArray(x5c) ? x5c[0] : undefined;
  // RFC 7515 §4.1.6: each entry is base64 (not base64url) DER.
  if (typeof first !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(first) || first.length % 4 !== 0) {
    return { ok: false, error: { code: 'der-invalid', message: 'The token\'s "x5c" header must be an array of base64 DER certificates (RFC 7515 §4.1.6).' } };
  }
  try {
    const certificate = parseCertificate(base64ToBytes(first));
    const shape = shapeFromSpki(certificate.spki);
    if (!shape.ok) return shape;
    return {
      ok: true,
      key: {
        parameter: 'x5c',
        shape: shape.shape,
        material: { type: 'pem', pem: derToPem(asRsaEncryptionSpki(certificate.spki), 'PUBLIC KEY'), importAs: 'spki' },
        description: `${describeShape(shape.shape)} public key from the token's "x5c" certificate for ${certificate.info.subject}`,
        certificate: certificate.info,
      },
    };
  } catch (error) {
    if (!(error instanceof DerError)) throw error;
    return { ok: false, error: { code: 'der-invalid', message: `The token's "x5c" certificate is not a valid X.509 certificate (${error.message}).` } };
  }
}
