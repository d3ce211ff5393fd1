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

function rfc(number: number, section: string): Pick<AlgorithmInfo, 'source' | 'sourceUrl'> {
  return {
    source: `RFC ${number} §${section}`,
    sourceUrl: `https://www.rfc-editor.org/rfc/rfc${number}#section-${section}`,
  };
}

const webCrypto = { source: 'W3C Web Cryptography API', sourceUrl: 'https://www.w3.org/TR/WebCryptoAPI/' };

const HMAC_NOTE =
  'A shared secret: whoever can verify can also forge. The key must be at least as long as the hash output (RFC 7518 §3.2).';

export const ALGORITHMS: readonly AlgorithmInfo[] = [
  {
    name: 'HS256',
    description: 'HMAC using SHA-256',
    family: 'HMAC',
    hash: 'SHA-256',
    signatureBytes: 32,
    note: HMAC_NOTE,
    ...rfc(7518, '3.2'),
  },
  {
    name: 'HS384',
    description: 'HMAC using SHA-384',
    family: 'HMAC',
    hash: 'SHA-384',
    signatureBytes: 48,
    note: HMAC_NOTE,
    ...rfc(7518, '3.2'),
  },
  {
    name: 'HS512',
    description: 'HMAC using SHA-512',
    family: 'HMAC',
    hash: 'SHA-512',
    signatureBytes: 64,
    note: HMAC_NOTE,
    ...rfc(7518, '3.2'),
  },
  {
    name: 'RS256',
    description: 'RSASSA-PKCS1-v1_5 using SHA-256',
    family: 'RSA',
    hash: 'SHA-256',
    signatureBytes: 'modulus',
    ...rfc(7518, '3.3'),
  },
  {
    name: 'RS384',
    description: 'RSASSA-PKCS1-v1_5 using SHA-384',
    family: 'RSA',
    hash: 'SHA-384',
    signatureBytes: 'modulus',
    ...rfc(7518, '3.3'),
  },
  {
    name: 'RS512',
    description: 'RSASSA-PKCS1-v1_5 using SHA-512',
    family: 'RSA',
    hash: 'SHA-512',
    signatureBytes: 'modulus',
    ...rfc(7518, '3.3'),
  },
  // JWS carries ECDSA signatures as the fixed-length R || S, not DER (RFC 7518 §3.4).
  {
    name: 'ES256',
    description: 'ECDSA using P-256 and SHA-256',
    family: 'ECDSA',
    hash: 'SHA-256',
    signatureBytes: 64,
    ...rfc(7518, '3.4'),
  },
  {
    name: 'ES384',
    description: 'ECDSA using P-384 and SHA-384',
    family: 'ECDSA',
    hash: 'SHA-384',
    signatureBytes: 96,
    ...rfc(7518, '3.4'),
  },
  {
    name: 'ES512',
    description: 'ECDSA using P-521 and SHA-512',
    family: 'ECDSA',
    hash: 'SHA-512',
    signatureBytes: 132,
    ...rfc(7518, '3.4'),
  },
  {
    name: 'PS256',
    description: 'RSASSA-PSS using SHA-256 and MGF1 with SHA-256',
    family: 'RSA-PSS',
    hash: 'SHA-256',
    signatureBytes: 'modulus',
    ...rfc(7518, '3.5'),
  },
  {
    name: 'PS384',
    description: 'RSASSA-PSS using SHA-384 and MGF1 with SHA-384',
    family: 'RSA-PSS',
    hash: 'SHA-384',
    signatureBytes: 'modulus',
    ...rfc(7518, '3.5'),
  },
  {
    name: 'PS512',
    description: 'RSASSA-PSS using SHA-512 and MGF1 with SHA-512',
    family: 'RSA-PSS',
    hash: 'SHA-512',
    signatureBytes: 'modulus',
    ...rfc(7518, '3.5'),
  },
  {
    name: 'none',
    description: 'No digital signature or MAC performed',
    family: 'none',
    signatureBytes: 0,
    note: 'An unsecured JWS: anyone can write one. It must be refused unless the application explicitly expects an unprotected token (RFC 7518 §3.6).',
    ...rfc(7518, '3.6'),
  },
  {
    name: 'EdDSA',
    description: 'EdDSA signature algorithms',
    family: 'EdDSA',
    // No signatureBytes: the curve comes from the key, Ed25519 signing 64 bytes and Ed448 114.
    note: 'Deprecated by RFC 9864 §2.2 because the key, not the name, decides between Ed25519 and Ed448; prefer those names.',
    ...rfc(8037, '3.1'),
  },
  {
    name: 'Ed25519',
    description: 'EdDSA using the Ed25519 parameter set',
    family: 'EdDSA',
    signatureBytes: 64,
    ...rfc(9864, '2.2'),
  },
  {
    name: 'Ed448',
    description: 'EdDSA using the Ed448 parameter set',
    family: 'EdDSA',
    signatureBytes: 114,
    ...rfc(9864, '2.2'),
  },
  {
    name: 'ES256K',
    description: 'ECDSA using secp256k1 curve and SHA-256',
    family: 'ECDSA',
    hash: 'SHA-256',
    signatureBytes: 64,
    ...rfc(8812, '3.2'),
  },
  {
    name: 'RSA1_5',
    description: 'RSAES-PKCS1-v1_5',
    family: 'key-management',
    note: 'Being phased out: careless decryption is open to padding oracle (Bleichenbacher) attacks; prefer RSA-OAEP.',
    ...rfc(7518, '4.2'),
  },
  {
    name: 'RSA-OAEP',
    description: 'RSAES OAEP using default parameters',
    family: 'key-management',
    ...rfc(7518, '4.3'),
  },
  {
    name: 'RSA-OAEP-256',
    description: 'RSAES OAEP using SHA-256 and MGF1 with SHA-256',
    family: 'key-management',
    hash: 'SHA-256',
    ...rfc(7518, '4.3'),
  },
  {
    name: 'RSA-OAEP-384',
    description: 'RSA-OAEP using SHA-384 and MGF1 with SHA-384',
    family: 'key-management',
    hash: 'SHA-384',
    ...webCrypto,
  },
  {
    name: 'RSA-OAEP-512',
    description: 'RSA-OAEP using SHA-512 and MGF1 with SHA-512',
    family: 'key-management',
    hash: 'SHA-512',
    ...webCrypto,
  },
  { name: 'A128KW', description: 'AES Key Wrap using 128-bit key', family: 'key-management', ...rfc(7518, '4.4') },
  { name: 'A192KW', description: 'AES Key Wrap using 192-bit key', family: 'key-management', ...rfc(7518, '4.4') },
  { name: 'A256KW', description: 'AES Key Wrap using 256-bit key', family: 'key-management', ...rfc(7518, '4.4') },
  { name: 'dir', description: 'Direct use of a shared symmetric key', family: 'key-management', ...rfc(7518, '4.5') },
  { name: 'ECDH-ES', description: 'ECDH-ES using Concat KDF', family: 'key-management', ...rfc(7518, '4.6') },
  {
    name: 'ECDH-ES+A128KW',
    description: 'ECDH-ES using Concat KDF and "A128KW" wrapping',
    family: 'key-management',
    ...rfc(7518, '4.6'),
  },
  {
    name: 'ECDH-ES+A192KW',
    description: 'ECDH-ES using Concat KDF and "A192KW" wrapping',
    family: 'key-management',
    ...rfc(7518, '4.6'),
  },
  {
    name: 'ECDH-ES+A256KW',
    description: 'ECDH-ES using Concat KDF and "A256KW" wrapping',
    family: 'key-management',
    ...rfc(7518, '4.6'),
  },
  {
    name: 'A128GCMKW',
    description: 'Key wrapping with AES GCM using 128-bit key',
    family: 'key-management',
    ...rfc(7518, '4.7'),
  },
  {
    name: 'A192GCMKW',
    description: 'Key wrapping with AES GCM using 192-bit key',
    family: 'key-management',
    ...rfc(7518, '4.7'),
  },
  {
    name: 'A256GCMKW',
    description: 'Key wrapping with AES GCM using 256-bit key',
    family: 'key-management',
    ...rfc(7518, '4.7'),
  },
  {
    name: 'PBES2-HS256+A128KW',
    description: 'PBES2 with HMAC SHA-256 and "A128KW" wrapping',
    family: 'key-management',
    hash: 'SHA-256',
    ...rfc(7518, '4.8'),
  },
  {
    name: 'PBES2-HS384+A192KW',
    description: 'PBES2 with HMAC SHA-384 and "A192KW" wrapping',
    family: 'key-management',
    hash: 'SHA-384',
    ...rfc(7518, '4.8'),
  },
  {
    name: 'PBES2-HS512+A256KW',
    description: 'PBES2 with HMAC SHA-512 and "A256KW" wrapping',
    family: 'key-management',
    hash: 'SHA-512',
    ...rfc(7518, '4.8'),
  },
  {
    name: 'A128CBC-HS256',
    description: 'AES_128_CBC_HMAC_SHA_256 authenticated encryption algorithm',
    family: 'content-encryption',
    hash: 'SHA-256',
    ...rfc(7518, '5.2.3'),
  },
  {
    name: 'A192CBC-HS384',
    description: 'AES_192_CBC_HMAC_SHA_384 authenticated encryption algorithm',
    family: 'content-encryption',
    hash: 'SHA-384',
    ...rfc(7518, '5.2.4'),
  },
  {
    name: 'A256CBC-HS512',
    description: 'AES_256_CBC_HMAC_SHA_512 authenticated encryption algorithm',
    family: 'content-encryption',
    hash: 'SHA-512',
    ...rfc(7518, '5.2.5'),
  },
  { name: 'A128GCM', description: 'AES GCM using 128-bit key', family: 'content-encryption', ...rfc(7518, '5.3') },
  { name: 'A192GCM', description: 'AES GCM using 192-bit key', family: 'content-encryption', ...rfc(7518, '5.3') },
  { name: 'A256GCM', description: 'AES GCM using 256-bit key', family: 'content-encryption', ...rfc(7518, '5.3') },
];

// Exact lookup: "alg" values are case-sensitive (RFC 7515 §4.1.1), so "None" is not "none".
const BY_NAME: ReadonlyMap<string, AlgorithmInfo> = new Map(ALGORITHMS.map((alg) => [alg.name, alg]));

export function algorithmInfo(name: string): AlgorithmInfo | undefined {
  return BY_NAME.get(name);
}

/** "RS256 — RSASSA-PKCS1-v1_5 using SHA-256"; "XYZ — not a registered JWS algorithm" for unknown names. */
export function describeAlgorithm(name: string): string {
  const info = BY_NAME.get(name);
  return `${name} — ${info === undefined ? 'not a registered JWS algorithm' : info.description}`;
}

/** The decoded signature length `alg` produces; undefined when unknown or when the key decides it (EdDSA). */
export function expectedSignatureLength(alg: string): number | 'modulus' | undefined {
  return BY_NAME.get(alg)?.signatureBytes;
}
