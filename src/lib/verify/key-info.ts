import { OID } from './der-write';
import { derChildren, derContent, expectTag, readBitString, readDer, readOid, sequenceOf, TAG, type DerNode } from './der';
import { ED448_UNAVAILABLE } from './key-algorithms';
import { readPssParams } from './pss-key';
import { bitLength, rsaExponentProblem, rsaModulusWeaknesses } from './rsa-modulus';
import type { KeyError, KeyShape, KeyWeaknessCode, SupportedCurve } from './types';

/**
 * Reads which algorithm and curve a DER key is for, without importing it, so the
 * allow-list is known before any cryptography runs.
 */

/** `weaknesses` is absent when none was found. */
export type ShapeResult = { ok: true; shape: KeyShape; weaknesses?: KeyWeaknessCode[] } | { ok: false; error: KeyError };

// RFC 5480 §2.1.1.1 named curves; RFC 8410 §3 curve-specific algorithm identifiers.
const CURVES: Readonly<Record<string, SupportedCurve>> = {
  [OID.p256]: 'P-256',
  [OID.p384]: 'P-384',
  [OID.p521]: 'P-521',
};

const UNSUPPORTED_CURVES: Readonly<Record<string, string>> = {
  [OID.secp256k1]: 'secp256k1 (ES256K) is not available in Web Crypto',
  [OID.ed448]: `Ed448 keys cannot verify here: ${ED448_UNAVAILABLE}`,
};

const KEY_AGREEMENT: Readonly<Record<string, string>> = {
  [OID.x25519]: 'X25519',
  [OID.x448]: 'X448',
};

function fail(code: KeyError['code'], message: string): ShapeResult {
  return { ok: false, error: { code, message } };
}

/** n and e of an RFC 8017 §A.1.1 RSAPublicKey, or of an §A.1.2 RSAPrivateKey (after its version). */
function rsaNumbers(rsaKey: Uint8Array, isPrivate: boolean): { n: Uint8Array; e: Uint8Array } {
  const fields = sequenceOf(readDer(rsaKey), isPrivate ? 3 : 2, isPrivate ? 'RSAPrivateKey' : 'RSAPublicKey');
  const [n, e] = isPrivate ? fields.slice(1, 3) : fields.slice(0, 2);
  return { n: derContent(expectTag(n!, TAG.INTEGER, 'the modulus')), e: derContent(expectTag(e!, TAG.INTEGER, 'the public exponent')) };
}

/**
 * An RSA key's shape, once its exponent is known to be one: WebCrypto imports an even
 * exponent or 1 without a word, and the signature then simply never matches.
 */
function rsaShape(rsaKey: { bytes: Uint8Array; isPrivate: boolean }, extra: Omit<KeyShape, 'kty' | 'bits'> = {}): ShapeResult {
  const { n, e } = rsaNumbers(rsaKey.bytes, rsaKey.isPrivate);
  const badExponent = rsaExponentProblem(e);
  if (badExponent) return fail('rsa-exponent-invalid', `The RSA key's public exponent ${badExponent}`);
  const shape: KeyShape = { kty: 'RSA', bits: bitLength(n), ...extra };
  const weaknesses = rsaModulusWeaknesses(n);
  return weaknesses.length > 0 ? { ok: true, shape, weaknesses } : { ok: true, shape };
}

/**
 * The shape from an RFC 5280 §4.1.1.2 AlgorithmIdentifier; `rsaKey` holds the PKCS#1
 * structure to measure the modulus of.
 */
function shapeFromAlgorithm(algorithm: DerNode, rsaKey: () => { bytes: Uint8Array; isPrivate: boolean }): ShapeResult {
  const [oidNode, parameters] = sequenceOf(algorithm, 1, 'AlgorithmIdentifier');
  const oid = readOid(oidNode!);
  if (oid === OID.rsaEncryption) return rsaShape(rsaKey());
  if (oid === OID.rsassaPss) {
    const params = readPssParams(parameters);
    if (!params.ok) return params;
    return rsaShape(rsaKey(), params.hash ? { pssOnly: true, pssHash: params.hash } : { pssOnly: true });
  }
  if (oid === OID.ecPublicKey) {
    if (!parameters || parameters.tag !== TAG.OID) {
      return fail('unsupported-crv', 'The EC key spells out its curve parameters instead of naming a curve; only the named curves P-256, P-384 and P-521 are supported (RFC 5480 §2.1.1).');
    }
    const curveOid = readOid(parameters);
    const crv = CURVES[curveOid];
    if (crv) return { ok: true, shape: { kty: 'EC', crv } };
    const why = UNSUPPORTED_CURVES[curveOid];
    return fail('unsupported-crv', `The EC key is on curve ${curveOid}${why ? `: ${why}` : ''}; JWS uses P-256 (ES256), P-384 (ES384) or P-521 (ES512).`);
  }
  if (oid === OID.ed25519) return { ok: true, shape: { kty: 'OKP', crv: 'Ed25519' } };
  if (oid === OID.ed448) return fail('unsupported-crv', `The key is an Ed448 key: ${UNSUPPORTED_CURVES[OID.ed448]}.`);
  const agreement = KEY_AGREEMENT[oid];
  if (agreement) return fail('unsupported-key-algorithm', `The key is an ${agreement} key, which is for key agreement (ECDH) and cannot verify signatures.`);
  return fail('unsupported-key-algorithm', `The key's algorithm ${oid} is not one JWS signatures use (RSA, EC P-256/P-384/P-521, Ed25519).`);
}

/** RFC 5280 §4.1.2.7 SubjectPublicKeyInfo. */
export function shapeFromSpki(der: Uint8Array): ShapeResult {
  const [algorithm, publicKey] = sequenceOf(readDer(der), 2, 'SubjectPublicKeyInfo');
  return shapeFromAlgorithm(algorithm!, () => ({ bytes: readBitString(publicKey!), isPrivate: false }));
}

/** RFC 5208 §5 PrivateKeyInfo / RFC 5958 §2 OneAsymmetricKey. */
export function shapeFromPkcs8(der: Uint8Array): ShapeResult {
  const [, algorithm, privateKey] = sequenceOf(readDer(der), 3, 'PrivateKeyInfo');
  if (privateKey!.tag !== TAG.OCTET_STRING) return fail('der-invalid', 'The PKCS#8 structure has no private key octet string where RFC 5208 §5 puts it.');
  return shapeFromAlgorithm(algorithm!, () => ({ bytes: derContent(privateKey!), isPrivate: true }));
}

/** RFC 5915 §3 ECPrivateKey: the named curve [0] and the public point [1], when present. */
export function readSec1(der: Uint8Array): { curveOid?: string; publicPoint?: Uint8Array } {
  const fields = sequenceOf(readDer(der), 2, 'ECPrivateKey');
  const out: { curveOid?: string; publicPoint?: Uint8Array } = {};
  for (const field of fields.slice(2)) {
    const inner = derChildren(field)[0];
    if (!inner) continue;
    // Context-specific, constructed: [0] = 0xa0, [1] = 0xa1.
    if (field.tag === 0xa0 && inner.tag === TAG.OID) out.curveOid = readOid(inner);
    if (field.tag === 0xa1 && inner.tag === TAG.BIT_STRING) out.publicPoint = readBitString(inner);
  }
  return out;
}
