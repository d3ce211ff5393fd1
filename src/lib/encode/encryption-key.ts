import type { SecretEncoding } from '../verify/types';
import { keyKindFor, KEY_MANAGEMENT } from './encryption-algorithms';
import type { ContentEncryption, KeyManagementAlgorithm } from './encryption-names';
import type { RecipientKeyResult } from './encryption-types';
import { keyFitProblem, withArticle } from './key-fit';
import { readPublicKey, type Candidate } from './recipient-public-key';
import { readSymmetricKey } from './symmetric-key';

/**
 * Reads the recipient's key field for the chosen JWE algorithm: a public key for RSA-OAEP
 * and ECDH-ES, a shared key for dir, A*KW and A*GCMKW, a password for PBES2. Pure and
 * synchronous: what does not fit is said before anything is encrypted.
 */

const encoder = new TextEncoder();

function readPassword(text: string, alg: KeyManagementAlgorithm): RecipientKeyResult {
  // RFC 7518 §4.8.1: the key is derived from the password; an empty one derives a key anyone can.
  if (text === '') return { ok: 'empty', error: { code: 'password-empty', message: `${alg} derives its key from a password (RFC 7518 §4.8): type one.` } };
  const bytes = encoder.encode(text);
  return { ok: true, key: { kind: 'password', bytes, description: `Password, ${[...text].length} characters (${bytes.length} bytes as UTF-8)` } };
}

function accept(candidate: Candidate, where?: string): RecipientKeyResult {
  const key = where ? { ...candidate.key, description: `${where}: ${candidate.key.description}` } : candidate.key;
  return { ok: true, key };
}

function readAsymmetric(text: string, alg: KeyManagementAlgorithm, enc: ContentEncryption): RecipientKeyResult {
  const read = readPublicKey(text);
  switch (read.kind) {
    case 'invalid': {
      const { error } = read;
      const at = error.line !== undefined && error.column !== undefined ? { line: error.line, column: error.column } : {};
      return { ok: false, error: { code: 'enc-key-unreadable', message: error.message, keyError: error, ...at } };
    }
    case 'symmetric':
      return {
        ok: false,
        error: {
          code: 'enc-key-wrong-type',
          message: `${alg} needs ${keyKindFor(alg, enc)}, as PEM, a certificate or a JWK; this is ${read.description}. A shared key goes with dir, A*KW or A*GCMKW, a password with PBES2.`,
        },
      };
    case 'one': {
      const problem = keyFitProblem(read.candidate, alg);
      return problem ? { ok: false, error: problem } : accept(read.candidate);
    }
    case 'set': {
      const fitting = read.entries.filter((entry) => entry.ok && !keyFitProblem(entry.candidate, alg));
      if (fitting.length === 1 && fitting[0]!.ok) return accept(fitting[0]!.candidate, `Key ${fitting[0]!.index} of the JWK Set`);
      if (fitting.length > 1) {
        const kids = fitting.map((entry) => (entry.kid !== undefined ? JSON.stringify(entry.kid) : `key ${entry.index}`)).join(', ');
        return { ok: false, error: { code: 'enc-key-set-ambiguous', message: `${fitting.length} keys of the JWK Set fit ${alg} (${kids}): paste the one key to encrypt to.` } };
      }
      const reasons = read.entries.slice(0, 3).map((entry) => {
        if (!entry.ok) return `key ${entry.index}: ${entry.error.message}`;
        return `key ${entry.index} is ${withArticle(entry.candidate.key.description)}: ${keyFitProblem(entry.candidate, alg)!.message}`;
      });
      const more = read.entries.length > 3 ? ` (and ${read.entries.length - 3} more)` : '';
      return { ok: false, error: { code: 'enc-key-set-no-match', message: `No key of the JWK Set fits ${alg}${more}. ${reasons.join(' ')}` } };
    }
  }
}

export function readEncryptionKey(text: string, encoding: SecretEncoding, alg: KeyManagementAlgorithm, enc: ContentEncryption): RecipientKeyResult {
  const family = KEY_MANAGEMENT[alg].family;
  if (family === 'pbes2') return readPassword(text, alg);
  if (text.trim() === '') {
    return { ok: 'empty', error: { code: 'enc-key-missing', message: `${alg} encrypts to ${keyKindFor(alg, enc)}: paste it in the recipient’s key field.` } };
  }
  if (family === 'rsa' || family === 'ecdh') return readAsymmetric(text, alg, enc);
  return readSymmetricKey(text, encoding, alg, enc);
}
