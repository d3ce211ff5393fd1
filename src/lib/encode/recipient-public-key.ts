import { parseJson } from '../core/json-parse';
import { isObject, type JsonValue } from '../core/json';
import { describeJwkKey, readJwk } from '../verify/jwk';
import { parseKey } from '../verify/parse-key';
import { looksLikePem, readPemBlocks } from '../verify/pem';
import { parsePemKey } from '../verify/pem-key';
import type { KeyError } from '../verify/types';
import type { RecipientKey } from './encryption-types';
import { isX25519Jwk, readX25519Jwk, readX25519Pem } from './x25519-key';

/**
 * Reads the recipient's key for RSA-OAEP and ECDH-ES: SPKI PEM, a certificate, a JWK or a
 * JWK Set, or a private key whose public part is all encrypting needs. The verifier's
 * readers do the reading; X25519, which they refuse, is read here.
 */

export interface Candidate {
  key: RecipientKey & { kind: 'spki' | 'certificate' | 'pkcs8' | 'jwk' };
  /** RFC 7517 §4.4, §4.2: what a JWK says of itself. */
  jwkAlg?: string;
  use?: string;
}

export type SetEntry = { index: number; kid?: string } & ({ ok: true; candidate: Candidate } | { ok: false; error: KeyError });

export type PublicRead =
  | { kind: 'one'; candidate: Candidate }
  | { kind: 'set'; entries: SetEntry[] }
  | { kind: 'invalid'; error: KeyError }
  /** A shared secret or an "oct" JWK: no public key at all. */
  | { kind: 'symmetric'; description: string };

const PRIVATE_NOTE = 'only its public part is used';

function fromPem(text: string): PublicRead {
  const blocks = readPemBlocks(text);
  const first = blocks.ok ? blocks.blocks.find((block) => block.label !== 'EC PARAMETERS') : undefined;
  if (first) {
    const x25519 = readX25519Pem(first);
    if (x25519) return x25519.ok ? { kind: 'one', candidate: { key: x25519.key as Candidate['key'] } } : { kind: 'invalid', error: x25519.error };
  }
  const parsed = parsePemKey(text);
  if (parsed.kind === 'invalid') return { kind: 'invalid', error: parsed.error };
  if (parsed.kind !== 'pem') return { kind: 'invalid', error: { code: 'pem-unsupported-label', message: 'The PEM text holds no key.' } };
  const { shape } = parsed;
  if (parsed.format === 'certificate') {
    // The reader has taken the first certificate's SPKI, which jose imports as such.
    return { kind: 'one', candidate: { key: { kind: 'certificate', pem: parsed.pem, shape, description: parsed.description } } };
  }
  const kind = parsed.importAs === 'pkcs8' ? 'pkcs8' : 'spki';
  const description = parsed.privateKeyPasted ? parsed.description.replace(/;.*$/, `; ${PRIVATE_NOTE}`) : parsed.description;
  return { kind: 'one', candidate: { key: { kind, pem: parsed.pem, shape, description, privateKeyPasted: parsed.privateKeyPasted } } };
}

type EntryRead = { ok: true; candidate: Candidate } | { ok: false; error: KeyError } | { ok: 'symmetric' };

function fromJwk(value: JsonValue, where: string): EntryRead {
  if (isX25519Jwk(value)) {
    const read = readX25519Jwk(value, where);
    if (!read.ok) return read;
    const candidate: Candidate = { key: read.key as Candidate['key'] };
    if (typeof value.alg === 'string') candidate.jwkAlg = value.alg;
    if (typeof value.use === 'string') candidate.use = value.use;
    return { ok: true, candidate };
  }
  const read = readJwk(value, where);
  if (!read.ok) return read;
  const { key } = read;
  if (key.shape.kty === 'oct') return { ok: 'symmetric' };
  const description = describeJwkKey(key, 'JWK').replace('(its public part is used)', `(${PRIVATE_NOTE})`);
  const recipient: Candidate['key'] = { kind: 'jwk', jwk: { ...key.jwk } as Record<string, string>, shape: key.shape, description, privateKeyPasted: key.privateKeyPasted };
  if (key.kid !== undefined) recipient.kid = key.kid;
  const candidate: Candidate = { key: recipient };
  if (key.alg !== undefined) candidate.jwkAlg = key.alg;
  if (key.use !== undefined) candidate.use = key.use;
  return { ok: true, candidate };
}

function fromJson(text: string): PublicRead | null {
  const parsed = parseJson(text);
  if (!parsed.ok || !isObject(parsed.value)) return null;
  const value = parsed.value;
  if (value.kty !== undefined) {
    const read = fromJwk(value, 'The JWK');
    if (read.ok === 'symmetric') return { kind: 'symmetric', description: 'a symmetric key (a JWK of kty "oct")' };
    return read.ok ? { kind: 'one', candidate: read.candidate } : { kind: 'invalid', error: read.error };
  }
  if (!Array.isArray(value.keys) || value.keys.length === 0) return null;
  const entries = value.keys.map((entry, index): SetEntry => {
    const kid = isObject(entry) && typeof entry.kid === 'string' ? entry.kid : undefined;
    const base = kid === undefined ? { index } : { index, kid };
    const read = fromJwk(entry, `Key ${index} of the JWK Set`);
    if (read.ok === 'symmetric') return { ...base, ok: false, error: { code: 'unsupported-kty', message: `Key ${index} of the JWK Set is a symmetric key (kty "oct").` } };
    return read.ok ? { ...base, ok: true, candidate: read.candidate } : { ...base, ok: false, error: read.error };
  });
  return { kind: 'set', entries };
}

export function readPublicKey(text: string): PublicRead {
  if (looksLikePem(text)) return fromPem(text);
  if (/^\s*\{/.test(text)) {
    const json = fromJson(text);
    if (json) return json;
  }
  // The verifier's reader names what else it is: JSON with an error, an SSH key, bare DER…
  const parsed = parseKey(text, 'utf8');
  if (parsed.kind === 'invalid') return { kind: 'invalid', error: parsed.error };
  if (parsed.kind === 'secret') return { kind: 'symmetric', description: 'text, not a public key' };
  if (parsed.kind === 'jwks') return { kind: 'invalid', error: { code: 'jwks-empty', message: 'The JWK Set holds no key to encrypt to.' } };
  return { kind: 'invalid', error: { code: 'unsupported-kty', message: 'This is not a key the encoder can encrypt to.' } };
}
