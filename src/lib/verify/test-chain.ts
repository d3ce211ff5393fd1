import 'reflect-metadata';
import { BasicConstraintsExtension, KeyUsageFlags, KeyUsagesExtension, X509CertificateGenerator, type Extension, type X509Certificate } from '@peculiar/x509';
import { CompactSign } from 'jose';

/**
 * Certificate chains made at test time, for the verifier's unit tests and the end-to-end
 * spec: a root, an intermediate and a leaf, with EC P-256 keys (quick to generate). Not
 * part of the app.
 */

const EC_P256 = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };

export function ecKeys(): Promise<CryptoKeyPair> {
  return globalThis.crypto.subtle.generateKey(EC_P256, true, ['sign', 'verify']);
}

export interface CertificateOptions {
  subject: string;
  keys: CryptoKeyPair;
  /** Who signs it: its name and keys. Without one the certificate signs itself. */
  issuer?: { subject: string; keys: CryptoKeyPair };
  notBefore: Date;
  notAfter: Date;
  /** A basicConstraints extension with this cA value; none when undefined. */
  ca?: boolean;
  pathLength?: number;
  /** A keyUsage extension with these flags; none when undefined. */
  keyUsage?: KeyUsageFlags;
}

let serial = 0x1000;

export function makeCertificate(options: CertificateOptions): Promise<X509Certificate> {
  const extensions: Extension[] = [];
  if (options.ca !== undefined) extensions.push(new BasicConstraintsExtension(options.ca, options.pathLength, true));
  if (options.keyUsage !== undefined) extensions.push(new KeyUsagesExtension(options.keyUsage, true));
  const issuer = options.issuer ?? { subject: options.subject, keys: options.keys };
  serial += 1;
  return X509CertificateGenerator.create({
    serialNumber: serial.toString(16),
    subject: options.subject,
    issuer: issuer.subject,
    notBefore: options.notBefore,
    notAfter: options.notAfter,
    signingAlgorithm: EC_P256,
    publicKey: options.keys.publicKey,
    signingKey: issuer.keys.privateKey,
    extensions,
  });
}

export interface TestChain {
  root: X509Certificate;
  intermediate: X509Certificate;
  leaf: X509Certificate;
  rootKeys: CryptoKeyPair;
  intermediateKeys: CryptoKeyPair;
  leafKeys: CryptoKeyPair;
}

export const CA_USAGE = KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign;

/** A CA certificate named `subject` with new keys, issued by `issuer` (or by itself). */
export async function makeCa(subject: string, validity: { notBefore: Date; notAfter: Date }, issuer?: { subject: string; keys: CryptoKeyPair }) {
  const keys = await ecKeys();
  const certificate = await makeCertificate({ subject, keys, ...validity, ca: true, keyUsage: CA_USAGE, ...(issuer ? { issuer } : {}) });
  return { certificate, keys };
}

/** Root → intermediate → leaf, all valid from `notBefore` to `notAfter`; the leaf's key signs tokens. */
export async function makeChain(validity: { notBefore: Date; notAfter: Date }, names = { root: 'CN=Test Root CA', intermediate: 'CN=Test Intermediate CA' }): Promise<TestChain> {
  const root = await makeCa(names.root, validity);
  const intermediate = await makeCa(names.intermediate, validity, { subject: names.root, keys: root.keys });
  const leafKeys = await ecKeys();
  const leaf = await makeCertificate({
    subject: 'CN=token-signer.example, O=Token Lens Tests',
    keys: leafKeys,
    issuer: { subject: names.intermediate, keys: intermediate.keys },
    ...validity,
    keyUsage: KeyUsageFlags.digitalSignature,
  });
  return { root: root.certificate, intermediate: intermediate.certificate, leaf, rootKeys: root.keys, intermediateKeys: intermediate.keys, leafKeys };
}

/** RFC 7515 §4.1.6: each entry the base64 (not base64url) DER of one certificate. */
export function x5cOf(...certificates: X509Certificate[]): string[] {
  return certificates.map((certificate) => certificate.toString('base64'));
}

export function pemOf(certificate: X509Certificate): string {
  return certificate.toString('pem');
}

/** An ES256 token signed with `key`, with `x5c` and any other header parameters. */
export function signedWithChain(key: CryptoKey, x5c: string[], payload: object = { sub: 'chain-test' }, header: Record<string, unknown> = {}): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: 'ES256', ...header, x5c }).sign(key);
}
