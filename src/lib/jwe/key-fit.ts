import type { JsonObject } from '../core/json';
import { isObject } from '../core/json';
import { algorithmsOf, bytesText, CONTENT_ENCRYPTION, ENC_NAMES, KEY_MANAGEMENT } from './jwe-algorithms';
import type { UsableKey } from './key-types';
import type { DecryptCode, DecryptSkipReason } from './types';

/**
 * Whether a key can open a recipient's JWE, and the allow-list handed to jose. The list is
 * derived from the key (RFC 8725 §3.1), never from the token's "alg" alone.
 */

export interface Unfit {
  code: DecryptCode;
  reason: DecryptSkipReason;
  message: string;
}

// RFC 7517 §4.3: the operations that use a private or secret key to recover a content key.
const DECRYPT_OPS = ['decrypt', 'unwrapKey', 'deriveKey', 'deriveBits'];

const unfit = (code: DecryptCode, reason: DecryptSkipReason, message: string): Unfit => ({ code, reason, message });

function what(key: UsableKey): string {
  if (key.kind === 'secret') return `a secret of ${bytesText(key.bytes.length)}`;
  return `${key.kind === 'private' ? 'an' : 'a'} ${key.description.replace(/ \(.*$/, '')}`;
}

/** The key's name inside a sentence: "the key", "Key 2 (kid "a")". */
const inner = (name: string): string => (name.startsWith('The ') ? `the ${name.slice(4)}` : name);

function publicKeyUnfit(name: string): Unfit {
  return unfit('public-key', 'public-only', `${name} is a public key. Decrypting needs the private key: the public key is what the sender encrypts to, and it cannot undo that.`);
}

function asymmetricUnfit(key: UsableKey, alg: string, header: JsonObject, name: string): Unfit | null {
  const rsa = KEY_MANAGEMENT[alg]!.family === 'rsa';
  const wanted = rsa ? 'an RSA private key' : 'an EC (P-256, P-384, P-521) or X25519 private key';
  const fits = (type: string | undefined) => (rsa ? type === 'RSA' : type === 'EC' || type === 'X25519');
  if (key.kind === 'public' && (key.type === undefined || fits(key.type))) return publicKeyUnfit(name);
  if (key.kind !== 'private' || !fits(key.type)) return unfit('wrong-key-type', 'wrong-type', `alg "${alg}" needs ${wanted}; ${inner(name)} is ${what(key)}.`);
  if (rsa && key.bits !== undefined && key.bits < 2048) {
    return unfit('wrong-key-size', 'wrong-type', `${name} is ${key.bits} bits; RSA-OAEP keys must be 2048 bits or larger (RFC 7518 §4.3), and jose refuses smaller ones.`);
  }
  if (rsa) return null;
  const epk = isObject(header.epk) ? header.epk : {};
  const theirs = epk.kty === 'OKP' ? 'X25519' : String(epk.crv);
  const ours = key.type === 'X25519' ? 'X25519' : key.crv;
  if (theirs !== ours) {
    return unfit('wrong-curve', 'wrong-type', `The token's ephemeral key ("epk") is on ${theirs} and ${inner(name)} is on ${ours}: ECDH needs both on the same curve, so the token was encrypted to another key.`);
  }
  return null;
}

function secretUnfit(key: UsableKey, alg: string, enc: string, name: string): Unfit | null {
  const { family, wrapBytes } = KEY_MANAGEMENT[alg]!;
  const wanted = family === 'pbes2' ? 'a password' : 'a shared secret key';
  if (key.kind !== 'secret') return unfit('wrong-key-type', 'wrong-type', `alg "${alg}" needs ${wanted}; ${inner(name)} is ${what(key)}.`);
  const hint = key.suggestion ? ` ${key.suggestion.message}` : '';
  if (family === 'dir') {
    const need = CONTENT_ENCRYPTION[enc]!.cekBytes;
    if (key.bytes.length === need) return null;
    return unfit('wrong-key-size', 'wrong-type', `With alg "dir" the key is the content key itself, and enc "${enc}" needs ${bytesText(need)}; ${inner(name)} is ${bytesText(key.bytes.length)}.${hint}`);
  }
  if (family === 'pbes2' || key.bytes.length === wrapBytes) return null;
  return unfit('wrong-key-size', 'wrong-type', `alg "${alg}" wraps the content key with an AES key of ${bytesText(wrapBytes!)}; ${inner(name)} is ${bytesText(key.bytes.length)}.${hint}`);
}

/** Why `key` cannot open a recipient whose header passed the header checks, or null when it can be tried. */
export function keyUnfit(key: UsableKey, header: JsonObject, name: string): Unfit | null {
  const alg = header.alg as string;
  const { meta } = key;
  if (meta.use === 'sig') return unfit('key-use-sig', 'use-sig', `${name} is marked for signatures ("use": "sig"), not for encryption (RFC 7517 §4.2).`);
  if (meta.keyOps && !meta.keyOps.some((op) => DECRYPT_OPS.includes(op))) {
    return unfit('key-use-sig', 'key-ops', `${name} lists the operations it may be used for ("key_ops": ${JSON.stringify(meta.keyOps)}), and none of them decrypts (RFC 7517 §4.3).`);
  }
  // A "dir" key is the content key, so its JWK may name the "enc" it serves (RFC 7520 §5.6 does).
  if (meta.alg !== undefined && meta.alg !== alg && !(alg === 'dir' && meta.alg === header.enc)) {
    return unfit('wrong-key-type', 'alg-mismatch', `${name} is declared for "alg": ${JSON.stringify(meta.alg)}, but the token uses "${alg}" (RFC 7517 §4.4).`);
  }
  const family = KEY_MANAGEMENT[alg]!.family;
  return family === 'rsa' || family === 'ecdh' ? asymmetricUnfit(key, alg, header, name) : secretUnfit(key, alg, header.enc as string, name);
}

const WRAP_SIZES = [16, 24, 32];

/** RFC 8725 §3.1: the algorithms this key may be used with, whatever the token says. */
export function allowedAlgorithms(key: UsableKey): string[] {
  let list: string[] = [];
  if (key.kind === 'private' && key.type === 'RSA') list = algorithmsOf('rsa');
  if (key.kind === 'private' && (key.type === 'EC' || key.type === 'X25519')) list = algorithmsOf('ecdh');
  if (key.kind === 'secret') {
    const n = key.bytes.length;
    if (WRAP_SIZES.includes(n)) list.push(...algorithmsOf('aes-kw', n), ...algorithmsOf('aes-gcm-kw', n));
    if (ENC_NAMES.some((enc) => CONTENT_ENCRYPTION[enc]!.cekBytes === n)) list.push('dir');
    list.push(...algorithmsOf('pbes2'));
  }
  const declared = key.meta.alg;
  if (declared === undefined) return list;
  return list.filter((alg) => alg === declared || (alg === 'dir' && CONTENT_ENCRYPTION[declared] !== undefined));
}

/** Under "dir" the key is the content key, so only the encs of its size; otherwise any. */
export function allowedEncryptions(key: UsableKey, alg: string): string[] {
  if (alg !== 'dir' || key.kind !== 'secret') return [...ENC_NAMES];
  return ENC_NAMES.filter((enc) => CONTENT_ENCRYPTION[enc]!.cekBytes === key.bytes.length && (key.meta.alg === undefined || key.meta.alg === 'dir' || key.meta.alg === enc));
}
