import { derChildren, derContent, readBitString, readDer, readOid, sequenceOf, TAG, type DerNode } from './der';
import { OID, pkcs8FromPkcs1, spkiFromPkcs1 } from './der-write';
import type { KeyError, PssHash } from './types';

/**
 * Keys marked id-RSASSA-PSS (RFC 4055 §3.1). Chromium's WebCrypto imports no key with that
 * OID, so the key itself, which is an ordinary RSA key, is rewrapped as rsaEncryption; the
 * restriction the OID carried is kept in the allow-list instead (PS* only, and the pinned hash).
 */

// RFC 4055 §2.1 hash OIDs and §2.2 id-mgf1.
const HASHES: Readonly<Record<string, PssHash | 'SHA-1'>> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
};
const MGF1 = '1.2.840.113549.1.1.8';
// RFC 4055 §3.1: hashAlgorithm and the MGF1 hash default to SHA-1 when left out.
const SHA1 = '1.3.14.3.2.26';

type PssParams = { ok: true; hash?: PssHash } | { ok: false; error: KeyError };

function unusable(message: string): PssParams {
  return { ok: false, error: { code: 'pss-params-unsupported', message } };
}

function hashName(oid: string): string {
  return HASHES[oid] ?? oid;
}

/** The AlgorithmIdentifier inside an explicit [n] tag of RSASSA-PSS-params. */
function tagged(fields: DerNode[], tag: number): DerNode | undefined {
  const field = fields.find((f) => f.tag === tag);
  return field ? derChildren(field)[0] : undefined;
}

/**
 * RFC 4055 §3.1 RSASSA-PSS-params. Absent parameters leave the key unrestricted; present
 * ones pin the hash, which must be one a JWS PS* algorithm uses with MGF1 over the same
 * hash (RFC 7518 §3.5).
 */
export function readPssParams(parameters: DerNode | undefined): PssParams {
  if (parameters === undefined || parameters.tag === TAG.NULL) return { ok: true };
  const fields = sequenceOf(parameters, 0, 'RSASSA-PSS-params');
  const hashId = tagged(fields, 0xa0);
  const hashOid = hashId ? readOid(sequenceOf(hashId, 1, 'HashAlgorithm')[0]!) : SHA1;
  const mgfId = tagged(fields, 0xa1);
  let mgfHashOid = SHA1;
  if (mgfId) {
    const [mgfOid, mgfHash] = sequenceOf(mgfId, 1, 'MaskGenAlgorithm');
    if (readOid(mgfOid!) !== MGF1) return unusable(`The RSASSA-PSS key names the mask generation function ${readOid(mgfOid!)}; JWS uses MGF1 (RFC 7518 §3.5).`);
    if (mgfHash) mgfHashOid = readOid(sequenceOf(mgfHash, 1, 'MGF1 hash')[0]!);
  }
  const hash = HASHES[hashOid];
  if (hash === undefined || hash === 'SHA-1') {
    const why = hashId ? '' : ' (its parameters name no hash, and RFC 4055 §3.1 makes SHA-1 the default)';
    return unusable(
      `The RSASSA-PSS key is restricted to ${hashName(hashOid)}${why}; JWS PS256, PS384 and PS512 use SHA-256, SHA-384 and SHA-512 (RFC 7518 §3.5), so it verifies none of them.`,
    );
  }
  if (mgfHashOid !== hashOid) {
    return unusable(`The RSASSA-PSS key pairs ${hash} with MGF1 over ${hashName(mgfHashOid)}; JWS PS* algorithms use MGF1 over the same hash (RFC 7518 §3.5).`);
  }
  return { ok: true, hash };
}

/** The same RSA public key in an rsaEncryption SubjectPublicKeyInfo (RFC 3279 §2.3.1), or the SPKI as it was. */
export function asRsaEncryptionSpki(spki: Uint8Array): Uint8Array {
  const [algorithm, publicKey] = sequenceOf(readDer(spki), 2, 'SubjectPublicKeyInfo');
  if (readOid(sequenceOf(algorithm!, 1, 'AlgorithmIdentifier')[0]!) !== OID.rsassaPss) return spki;
  return spkiFromPkcs1(readBitString(publicKey!));
}

/** The same RSA private key in an rsaEncryption PKCS#8 PrivateKeyInfo, or the PKCS#8 as it was. */
export function asRsaEncryptionPkcs8(pkcs8: Uint8Array): Uint8Array {
  const [, algorithm, privateKey] = sequenceOf(readDer(pkcs8), 3, 'PrivateKeyInfo');
  if (readOid(sequenceOf(algorithm!, 1, 'AlgorithmIdentifier')[0]!) !== OID.rsassaPss) return pkcs8;
  return pkcs8FromPkcs1(derContent(privateKey!));
}
