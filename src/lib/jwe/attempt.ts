import { compactDecrypt, flattenedDecrypt, importJWK, importPKCS8, type CryptoKey, type FlattenedJWE } from 'jose';
import { MAX_PBES2_COUNT } from '../core/limits';
import { mapDecryptError, MAX_INFLATED_BYTES, NO_AES_192, type MappedError } from './decrypt-errors';
import { CONTENT_ENCRYPTION, KEY_MANAGEMENT } from './jwe-algorithms';
import type { JweRecipient, ParsedJwe } from './jwe-parse';
import { allowedAlgorithms, allowedEncryptions } from './key-fit';
import type { UsableKey } from './key-types';

/** One try of one key on one recipient, with jose doing all of the cryptography. */

export type Attempt = { ok: true; plaintext: Uint8Array } | ({ ok: false } & MappedError);

type Usage = 'decrypt' | 'unwrapKey';

/** The AES operations a JWE needs with a 192-bit key: those are what Chromium does not offer. */
function aes192Uses(alg: string, enc: string): [string, Usage][] {
  const uses: [string, Usage][] = [];
  if (KEY_MANAGEMENT[alg]!.wrapBytes === 24) uses.push(alg.includes('GCM') ? ['AES-GCM', 'decrypt'] : ['AES-KW', 'unwrapKey']);
  const content = CONTENT_ENCRYPTION[enc]!;
  if (content.aesBytes === 24) uses.push([content.mode, 'decrypt']);
  return uses;
}

/**
 * Whether this browser has the 192-bit AES the token needs. jose would take a refused key
 * unwrap for a wrong key (RFC 7516 §11.5: a random content key instead, so that errors
 * leak nothing) and report a mismatch, so the question is put to WebCrypto first.
 */
async function aes192Problem(alg: string, enc: string): Promise<MappedError | null> {
  for (const [name, usage] of aes192Uses(alg, enc)) {
    try {
      await crypto.subtle.importKey('raw', new Uint8Array(24), { name }, false, [usage]);
    } catch (error) {
      const mapped = mapDecryptError(error);
      return mapped.code === 'key-invalid' ? { ...mapped, code: 'unsupported-in-browser', message: NO_AES_192 } : mapped;
    }
  }
  return null;
}

async function joseKey(key: UsableKey, alg: string): Promise<CryptoKey | Uint8Array> {
  if (key.kind === 'secret') return key.bytes;
  if (key.kind !== 'private') throw new TypeError('a public key cannot decrypt');
  return key.material.format === 'pkcs8' ? importPKCS8(key.material.pem, alg) : importJWK(key.material.jwk, alg) as Promise<CryptoKey>;
}

/** RFC 7516 §7.2.2: one recipient of the general syntax, as the flattened JWE jose decrypts. */
function flattenedOf(jwe: ParsedJwe, index: number): FlattenedJWE {
  const json = jwe.json!;
  const recipient = json.recipients[index]!;
  const flat: FlattenedJWE = { ciphertext: json.ciphertext };
  if (json.protected !== undefined) flat.protected = json.protected;
  if (json.unprotected !== undefined) flat.unprotected = json.unprotected;
  if (recipient.header !== undefined) flat.header = recipient.header;
  if (recipient.encrypted_key !== undefined) flat.encrypted_key = recipient.encrypted_key;
  if (json.iv !== undefined) flat.iv = json.iv;
  if (json.tag !== undefined) flat.tag = json.tag;
  if (json.aad !== undefined) flat.aad = json.aad;
  return flat;
}

export async function attemptDecrypt(jwe: ParsedJwe, recipient: JweRecipient, key: UsableKey): Promise<Attempt> {
  const alg = recipient.header.alg as string;
  const enc = recipient.header.enc as string;
  const missing = await aes192Problem(alg, enc);
  if (missing) return { ok: false, ...missing };
  const options = {
    keyManagementAlgorithms: allowedAlgorithms(key),
    contentEncryptionAlgorithms: allowedEncryptions(key, alg),
    maxPBES2Count: MAX_PBES2_COUNT,
    maxDecompressedLength: MAX_INFLATED_BYTES,
  };
  try {
    const cryptoKey = await joseKey(key, alg);
    const result = jwe.form === 'compact' ? await compactDecrypt(jwe.compact!, cryptoKey, options) : await flattenedDecrypt(flattenedOf(jwe, recipient.index), cryptoKey, options);
    return { ok: true, plaintext: result.plaintext };
  } catch (error) {
    return { ok: false, ...mapDecryptError(error) };
  }
}
