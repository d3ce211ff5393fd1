import { TAG } from '../verify/der';
import { derOid, derSequence, derTlv, OID } from '../verify/der-write';
import { readSec1 } from '../verify/key-info';

/**
 * RFC 5208 §5 PrivateKeyInfo around an RFC 5915 §3 ECPrivateKey ("BEGIN EC PRIVATE KEY"),
 * with the curve taken from the key's own [0] parameters, so WebCrypto can import it
 * whole. Null when the SEC1 key does not name its curve.
 */
export function pkcs8FromSec1(sec1: Uint8Array): Uint8Array | null {
  const { curveOid } = readSec1(sec1);
  if (!curveOid) return null;
  return derSequence(Uint8Array.of(TAG.INTEGER, 1, 0), derSequence(derOid(OID.ecPublicKey), derOid(curveOid)), derTlv(TAG.OCTET_STRING, sec1));
}
