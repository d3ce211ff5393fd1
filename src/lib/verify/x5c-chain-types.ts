import type { KeyErrorCode } from './types';

/**
 * The certificate chain a token carries in "x5c" (RFC 7515 §4.1.6), as read and checked.
 * Types only: the checks that need an X.509 library live in modules loaded on demand.
 */

/** What was found wrong with one certificate of the chain, or with its link to the next. */
export type ChainProblemCode =
  | 'x5c-not-array'
  | 'x5c-entry-not-base64'
  | 'certificate-malformed'
  | 'chain-too-long'
  | 'issuer-mismatch'
  | 'signature-invalid'
  | 'expired'
  | 'not-yet-valid'
  | 'not-ca'
  | 'no-key-cert-sign'
  | 'path-length-exceeded'
  | 'token-signature-invalid'
  | 'x5t-mismatch'
  | 'x5t-s256-mismatch';

export interface ChainProblem {
  code: ChainProblemCode;
  /** The position in "x5c" of the certificate it concerns, from 0 (the leaf). */
  index: number;
  message: string;
}

/** One certificate of the chain, as shown. */
export interface ChainCertificate {
  index: number;
  /** RFC 4514 string forms. */
  subject: string;
  issuer: string;
  /** Hexadecimal, as certificate viewers show it. */
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** The subject's key in words: "RSA 2048-bit", "EC P-256 (256-bit)". */
  key: string;
  signatureAlgorithm: string;
  /** SHA-256 of the DER, as colon-separated hex pairs. */
  sha256: string;
  /** Issuer and subject names are the same (RFC 5280 §6.1: a self-issued certificate). */
  selfIssued: boolean;
  /** The whole certificate, DER. */
  der: Uint8Array<ArrayBuffer>;
}

/** An "x5c" entry: read as a certificate, or not readable at all. */
export type ChainEntry = { index: number; certificate: ChainCertificate } | { index: number; certificate: null };

/**
 * Everything about the chain that does not depend on the time or on a trust anchor: the
 * certificates, the links between them, the leaf's key against the token and the x5t headers.
 */
export interface ChainFacts {
  entries: ChainEntry[];
  problems: ChainProblem[];
}

export type AnchorErrorCode = 'anchor-not-pem' | 'anchor-not-certificate' | 'anchor-private-key' | 'anchor-malformed' | KeyErrorCode;

export interface AnchorError {
  code: AnchorErrorCode;
  message: string;
}

/** A trusted certificate the user pasted. */
export interface AnchorCertificate {
  subject: string;
  sha256: string;
  notBefore: Date;
  notAfter: Date;
}

/** How the chain relates to the pasted trust anchors. */
export type AnchorLink =
  | { kind: 'none' }
  | { kind: 'invalid'; error: AnchorError }
  /** The certificate at `index` is an anchor: same name and key (RFC 5280 §6.1.1 (d)). */
  | { kind: 'in-chain'; index: number; anchors: AnchorCertificate[] }
  /** The last certificate is signed by an anchor's key, under the anchor's name. */
  | { kind: 'issued-last'; anchors: AnchorCertificate[] }
  | { kind: 'not-reached'; code: 'anchor-not-reached' | 'anchor-signature-mismatch'; anchors: AnchorCertificate[] };

export type ChainStatus = 'none' | 'trusted' | 'untrusted' | 'broken';

export type ChainVerdictCode = 'no-anchor' | 'anchor-invalid' | 'trusted' | 'anchor-not-reached' | 'anchor-signature-mismatch' | ChainProblemCode;

export interface ChainVerdict {
  status: ChainStatus;
  code: ChainVerdictCode;
  message: string;
  /** Every problem, the time-dependent ones included, in chain order. */
  problems: ChainProblem[];
}
