import type { ChainCertificate } from './x5c-chain-types';
import { webCrypto, type X509Certificate } from './x509';

/** What a chain's certificate or a trust anchor shows of itself. */

// RFC 5480 §2.1.1.1 and RFC 8410 §3: the key sizes of the named curves.
const CURVE_BITS: Readonly<Record<string, number>> = { 'P-256': 256, 'P-384': 384, 'P-521': 521, Ed25519: 256, Ed448: 448, X25519: 256, X448: 448 };

interface KeyAlgorithmFields {
  name: string;
  modulusLength?: number;
  namedCurve?: string;
}

/** The subject's key in words, from the algorithm @peculiar/x509 reads out of its SPKI. */
export function describeKeyAlgorithm(algorithm: Algorithm): string {
  const { name, modulusLength, namedCurve } = algorithm as KeyAlgorithmFields;
  if (modulusLength !== undefined) return `RSA ${modulusLength}-bit${name === 'RSA-PSS' ? ' (RSASSA-PSS)' : ''}`;
  if (namedCurve !== undefined) return `EC ${namedCurve}${CURVE_BITS[namedCurve] ? ` (${CURVE_BITS[namedCurve]}-bit)` : ''}`;
  return CURVE_BITS[name] ? `${name} (${CURVE_BITS[name]}-bit)` : name;
}

function describeSignatureAlgorithm(algorithm: Algorithm & { hash?: Algorithm }): string {
  return algorithm.hash ? `${algorithm.name} with ${algorithm.hash.name}` : algorithm.name;
}

/** Colon-separated upper-case hex, as certificate viewers print fingerprints. */
function fingerprintText(digest: ArrayBuffer): string {
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join(':');
}

export async function sha256Fingerprint(der: Uint8Array<ArrayBuffer>): Promise<string> {
  return fingerprintText(await webCrypto().subtle.digest('SHA-256', der));
}

export async function describeCertificate(index: number, certificate: X509Certificate): Promise<ChainCertificate> {
  const der = new Uint8Array(certificate.rawData);
  return {
    index,
    subject: certificate.subject,
    issuer: certificate.issuer,
    serialNumber: certificate.serialNumber,
    notBefore: certificate.notBefore,
    notAfter: certificate.notAfter,
    key: describeKeyAlgorithm(certificate.publicKey.algorithm),
    signatureAlgorithm: describeSignatureAlgorithm(certificate.signatureAlgorithm),
    sha256: await sha256Fingerprint(der),
    selfIssued: certificate.subject === certificate.issuer,
    der,
  };
}

/** RFC 5280 §6.1.1 (d): a trust anchor is a name and a key; a certificate matches it when both are the same. */
export function sameNameAndKey(a: X509Certificate, b: X509Certificate): boolean {
  if (a.subject !== b.subject) return false;
  const x = new Uint8Array(a.publicKey.rawData);
  const y = new Uint8Array(b.publicKey.rawData);
  return x.length === y.length && x.every((byte, i) => byte === y[i]);
}

/** Whether `certificate` carries a signature that `issuer`'s key verifies; false when it cannot be checked. */
export async function signedBy(certificate: X509Certificate, issuer: X509Certificate): Promise<{ ok: boolean; reason?: string }> {
  try {
    return { ok: await certificate.verify({ publicKey: issuer.publicKey, signatureOnly: true }, webCrypto()) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
