export { rfc } from '../core/source';

export type AlgorithmFamily =
  | 'HMAC'
  | 'RSA'
  | 'RSA-PSS'
  | 'ECDSA'
  | 'EdDSA'
  | 'none'
  | 'key-management'
  | 'content-encryption';

/** An algorithm of the IANA "JSON Web Signature and Encryption Algorithms" registry. */
export interface AlgorithmInfo {
  name: string;
  /** The registry's description. */
  description: string;
  /** JWS algorithms for "alg"; JWE "alg" values are key-management, JWE "enc" values content-encryption. */
  family: AlgorithmFamily;
  hash?: 'SHA-256' | 'SHA-384' | 'SHA-512';
  /** Length of the decoded JWS signature; 'modulus' when it equals the RSA modulus length of the key. */
  signatureBytes?: number | 'modulus';
  /** What a developer should know before accepting it. */
  note?: string;
  source: string;
  sourceUrl: string;
}


export const webCrypto = { source: 'W3C Web Cryptography API', sourceUrl: 'https://www.w3.org/TR/WebCryptoAPI/' };
