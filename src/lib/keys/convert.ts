import { calculateJwkThumbprint, exportJWK, exportPKCS8, exportSPKI, importJWK, importPKCS8, importSPKI, type JWK } from 'jose';
import { parseJson } from '../core/json-parse';
import type { JsonObject, JsonValue } from '../core/json';
import { derToPem } from '../verify/der-write';
import { readJwk } from '../verify/jwk';
import { algorithmsForShape, allowedAlgorithms, describeShape } from '../verify/key-algorithms';
import { parseKey } from '../verify/parse-key';
import { looksLikePem, readPemBlocks } from '../verify/pem';
import { parsePemKey } from '../verify/pem-key';
import type { KeyErrorCode, KeyShape } from '../verify/types';
import { jwkWithMembers, publicJwkOf } from './jwk-members';
import { pkcs8FromSec1 } from './sec1';
import { isObject } from '../core/json';
import type { Result } from '../core/result';

/**
 * Converts a pasted key between PEM and JWK: PEM (SPKI, PKCS#8, PKCS#1, SEC1, or a
 * certificate's public key) to JWK, and a JWK to PEM. Both forms come back, canonical,
 * so either side can be copied. The reading and its error messages are the verifier's.
 */

export type ConvertErrorCode =
  | KeyErrorCode
  | 'empty'
  | 'not-a-key'
  | 'secret-has-no-pem'
  | 'jwks-not-single'
  | 'import-failed';

export interface ConvertError {
  code: ConvertErrorCode;
  message: string;
  /** 1-based position in the pasted text, when the fault has one. */
  line?: number;
  column?: number;
}

export interface Converted {
  from: 'pem' | 'jwk';
  /** "EC P-256 private key (PKCS#8)". */
  description: string;
  /** "PUBLIC KEY" (SPKI) or, with the private part, "PRIVATE KEY" (PKCS#8). */
  pem: string;
  jwk: JWK;
  includesPrivate: boolean;
  /** The private part was asked for, but the pasted key is public only. */
  privateMissing: boolean;
  /** RFC 7638 SHA-256 thumbprint of the public key. */
  thumbprint: string;
}

export type ConvertResult = Result<Converted, ConvertError>;

interface ConvertOptions {
  includePrivate: boolean;
}

function fail(code: ConvertErrorCode, message: string, at?: { line?: number; column?: number }): ConvertResult {
  const error: ConvertError = { code, message };
  if (at?.line !== undefined) error.line = at.line;
  if (at?.column !== undefined) error.column = at.column;
  return { ok: false, error };
}

/** The algorithm WebCrypto imports the key for; any one the key serves gives the same key material. */
function importAlg(shape: KeyShape, declared?: string): string {
  return allowedAlgorithms(shape, declared)[0] ?? algorithmsForShape(shape)[0]!;
}

async function finish(from: Converted['from'], description: string, publicJwk: JWK, pem: string, jwk: JWK, includesPrivate: boolean, privateMissing: boolean): Promise<ConvertResult> {
  return { ok: true, value: { from, description, pem: `${pem.trimEnd()}\n`, jwk, includesPrivate, privateMissing, thumbprint: await calculateJwkThumbprint(publicJwk) } };
}

/** importJWK of an asymmetric key, which is always a CryptoKey ("oct" keys never reach here). */
async function importAsymmetric(jwk: JWK, alg: string): Promise<CryptoKey> {
  const key = await importJWK(jwk, alg, { extractable: true });
  if (key instanceof Uint8Array) throw new Error('a symmetric key where an asymmetric one was expected');
  return key;
}

function importFailure(error: unknown): ConvertResult {
  const why = error instanceof Error ? error.message : String(error);
  return fail('import-failed', `The key is well formed, but this browser's Web Crypto could not import it (${why}).`);
}

/** The pasted SEC1 "EC PRIVATE KEY" as PKCS#8, or null when it is something else. */
function sec1AsPkcs8(text: string): string | null {
  const read = readPemBlocks(text);
  if (!read.ok) return null;
  const block = read.blocks.find((b) => b.label === 'EC PRIVATE KEY');
  const der = block ? pkcs8FromSec1(block.der) : null;
  return der ? derToPem(der, 'PRIVATE KEY') : null;
}

async function fromPem(text: string, { includePrivate }: ConvertOptions): Promise<ConvertResult> {
  const parsed = parsePemKey(text);
  if (parsed.kind === 'invalid') return fail(parsed.error.code, parsed.error.message, parsed.error);
  if (parsed.kind !== 'pem') return fail('not-a-key', 'The text is not a PEM key or certificate.');
  const alg = importAlg(parsed.shape);
  const what = describeShape(parsed.shape);
  const privatePem = parsed.format === 'sec1' ? sec1AsPkcs8(text) : parsed.importAs === 'pkcs8' ? parsed.pem : null;
  try {
    if (privatePem) {
      const privateKey = await importPKCS8(privatePem, alg, { extractable: true });
      const privateJwk = await exportJWK(privateKey);
      const publicJwk = publicJwkOf(privateJwk);
      if (includePrivate) {
        return await finish('pem', `${what} private key`, publicJwk, await exportPKCS8(privateKey), privateJwk, true, false);
      }
      const publicPem = await exportSPKI(await importAsymmetric(publicJwk, alg));
      return await finish('pem', `${what} public key, from a private key`, publicJwk, publicPem, publicJwk, false, false);
    }
    const publicJwk = await exportJWK(await importSPKI(parsed.pem, alg, { extractable: true }));
    const source = parsed.format === 'certificate' ? ` from the certificate for ${parsed.certificate?.subject ?? 'its subject'}` : '';
    return await finish('pem', `${what} public key${source}`, publicJwk, parsed.pem, publicJwk, false, includePrivate);
  } catch (error) {
    return importFailure(error);
  }
}

/** The one JWK in the text: a JWK, or a JWK Set holding exactly one key. */
function singleJwk(value: JsonValue): { ok: true; jwk: JsonValue } | { ok: false; result: ConvertResult } {
  if (!isObject(value) || value.kty !== undefined || !Array.isArray(value.keys)) return { ok: true, jwk: value };
  if (value.keys.length === 1) return { ok: true, jwk: value.keys[0]! };
  return {
    ok: false,
    result: fail('jwks-not-single', `The JWK Set holds ${value.keys.length} keys; paste one key (one object from its "keys" array) to convert it.`),
  };
}

/** RFC 7517 §4.2–§4.5: the members kept from the pasted JWK beside the key itself. */
function keptMembers(value: JsonObject): { kid?: string; alg?: string; use?: 'sig' } {
  const out: { kid?: string; alg?: string; use?: 'sig' } = {};
  if (typeof value.kid === 'string') out.kid = value.kid;
  if (typeof value.alg === 'string') out.alg = value.alg;
  if (value.use === 'sig') out.use = 'sig';
  return out;
}

async function fromJwk(text: string, { includePrivate }: ConvertOptions): Promise<ConvertResult> {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { problem, line, column } = parsed.error;
    return fail('invalid-json', `The JWK is not valid JSON: line ${line}, column ${column}: ${problem}.`, { line, column });
  }
  const single = singleJwk(parsed.value);
  if (!single.ok) return single.result;
  const read = readJwk(single.jwk);
  if (!read.ok) return fail(read.error.code, read.error.message, read.error);
  const { key } = read;
  if (key.shape.kty === 'oct') {
    return fail('secret-has-no-pem', 'This JWK is an HMAC secret (kty "oct"): a shared secret has no PEM form. Use its "k" value, which is the secret in base64url.');
  }
  const value = single.jwk as JsonObject;
  const members = keptMembers(value);
  const alg = importAlg(key.shape, key.alg);
  const what = describeShape(key.shape);
  const publicJwk = jwkWithMembers(key.jwk, members);
  try {
    if (key.privateKeyPasted && includePrivate) {
      // Only the key's own members go to WebCrypto, which rejects an "alg" or "key_ops" that disagrees with the import.
      const own = { ...(value as JWK) };
      for (const name of ['alg', 'use', 'key_ops', 'ext', 'kid'] as const) delete own[name];
      const privateKey = await importAsymmetric(own, alg);
      const privateJwk = jwkWithMembers(await exportJWK(privateKey), members);
      return await finish('jwk', `${what} private key`, publicJwk, await exportPKCS8(privateKey), privateJwk, true, false);
    }
    const publicKey = await importAsymmetric(key.jwk, alg);
    const from = key.privateKeyPasted ? ', from a private key' : '';
    return await finish('jwk', `${what} public key${from}`, publicJwk, await exportSPKI(publicKey), publicJwk, false, includePrivate && !key.privateKeyPasted);
  } catch (error) {
    return importFailure(error);
  }
}

export async function convertKey(text: string, options: ConvertOptions): Promise<ConvertResult> {
  if (text.trim() === '') return fail('empty', 'Paste a PEM key or certificate, or a JWK, to convert it.');
  if (looksLikePem(text)) return fromPem(text, options);
  if (/^\s*[{[]/.test(text)) return fromJwk(text, options);
  // The verifier's reading names the likely faults: a PEM body without its armor, an SSH key line.
  const guess = parseKey(text, 'utf8');
  if (guess.kind === 'invalid') return fail(guess.error.code, guess.error.message, guess.error);
  return fail('not-a-key', 'This is neither a PEM key (-----BEGIN PUBLIC KEY----- …) nor a JWK ({"kty": …}), so there is nothing to convert.');
}
