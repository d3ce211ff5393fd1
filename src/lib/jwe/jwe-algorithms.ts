/**
 * The JWE algorithms jose decrypts, as data: how each "alg" manages the content key
 * (RFC 7518 §4.1) and what each "enc" needs (RFC 7518 §5.1). jose 6 has no RSA1_5.
 */

export type KeyFamily = 'rsa' | 'ecdh' | 'aes-kw' | 'aes-gcm-kw' | 'dir' | 'pbes2';

export interface KeyManagement {
  family: KeyFamily;
  /** Bytes of the key that wraps the content key: the AES key of A*KW and A*GCMKW, or the KEK ECDH-ES and PBES2 derive. */
  wrapBytes?: number;
  /** RFC 7518 §4.5, §4.6: "dir" and "ECDH-ES" agree on the content key itself, so the JWE Encrypted Key is empty. */
  direct?: true;
}

export const KEY_MANAGEMENT: Readonly<Record<string, KeyManagement>> = {
  'RSA-OAEP': { family: 'rsa' },
  'RSA-OAEP-256': { family: 'rsa' },
  'RSA-OAEP-384': { family: 'rsa' },
  'RSA-OAEP-512': { family: 'rsa' },
  A128KW: { family: 'aes-kw', wrapBytes: 16 },
  A192KW: { family: 'aes-kw', wrapBytes: 24 },
  A256KW: { family: 'aes-kw', wrapBytes: 32 },
  dir: { family: 'dir', direct: true },
  'ECDH-ES': { family: 'ecdh', direct: true },
  'ECDH-ES+A128KW': { family: 'ecdh', wrapBytes: 16 },
  'ECDH-ES+A192KW': { family: 'ecdh', wrapBytes: 24 },
  'ECDH-ES+A256KW': { family: 'ecdh', wrapBytes: 32 },
  A128GCMKW: { family: 'aes-gcm-kw', wrapBytes: 16 },
  A192GCMKW: { family: 'aes-gcm-kw', wrapBytes: 24 },
  A256GCMKW: { family: 'aes-gcm-kw', wrapBytes: 32 },
  'PBES2-HS256+A128KW': { family: 'pbes2', wrapBytes: 16 },
  'PBES2-HS384+A192KW': { family: 'pbes2', wrapBytes: 24 },
  'PBES2-HS512+A256KW': { family: 'pbes2', wrapBytes: 32 },
};

export interface ContentEncryption {
  /** RFC 7518 §5.2.3–§5.2.5 (CBC: MAC key and AES key together), §5.3. */
  cekBytes: number;
  /** The AES key inside the content key, which is what a browser without 192-bit AES refuses. */
  aesBytes: number;
  ivBytes: number;
  tagBytes: number;
  mode: 'AES-GCM' | 'AES-CBC';
}

export const CONTENT_ENCRYPTION: Readonly<Record<string, ContentEncryption>> = {
  // RFC 7518 §5.3: a 96-bit IV and a 128-bit tag.
  A128GCM: { cekBytes: 16, aesBytes: 16, ivBytes: 12, tagBytes: 16, mode: 'AES-GCM' },
  A192GCM: { cekBytes: 24, aesBytes: 24, ivBytes: 12, tagBytes: 16, mode: 'AES-GCM' },
  A256GCM: { cekBytes: 32, aesBytes: 32, ivBytes: 12, tagBytes: 16, mode: 'AES-GCM' },
  // RFC 7518 §5.2.3–§5.2.5: a 128-bit IV, and the tag is the HMAC cut to half the key's length.
  'A128CBC-HS256': { cekBytes: 32, aesBytes: 16, ivBytes: 16, tagBytes: 16, mode: 'AES-CBC' },
  'A192CBC-HS384': { cekBytes: 48, aesBytes: 24, ivBytes: 16, tagBytes: 24, mode: 'AES-CBC' },
  'A256CBC-HS512': { cekBytes: 64, aesBytes: 32, ivBytes: 16, tagBytes: 32, mode: 'AES-CBC' },
};

export const ENC_NAMES: readonly string[] = Object.keys(CONTENT_ENCRYPTION);

/** The algorithms of a family, in the table's order. */
export function algorithmsOf(family: KeyFamily, wrapBytes?: number): string[] {
  return Object.entries(KEY_MANAGEMENT)
    .filter(([, entry]) => entry.family === family && (wrapBytes === undefined || entry.wrapBytes === wrapBytes))
    .map(([name]) => name);
}

/** "16 bytes (128 bits)". */
export function bytesText(bytes: number): string {
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'} (${bytes * 8} bits)`;
}
