import type { KeyError } from '../verify/types';
import { KEY_MANAGEMENT } from './jwe-algorithms';
import type { DecryptKey, UsableKey } from './key-types';

/** The keys to try: the one pasted, or each key of a JWK Set with its place and kid. */

export interface Candidate {
  /** Position in the JWK Set; absent for a key pasted alone. */
  index?: number;
  kid?: string;
  key?: UsableKey;
  error?: KeyError;
  name: string;
}

export function candidatesOf(key: Extract<DecryptKey, { kind: 'one' | 'set' }>): Candidate[] {
  if (key.kind === 'one') return [{ key: key.key, name: 'The key' }];
  return key.entries.map((entry) => {
    const name = `Key ${entry.index}${entry.kid !== undefined ? ` (kid ${JSON.stringify(entry.kid)})` : ''}`;
    const base: Candidate = entry.kid === undefined ? { index: entry.index, name } : { index: entry.index, kid: entry.kid, name };
    return entry.ok ? { ...base, key: entry.key } : { ...base, error: entry.error };
  });
}

/** Whether the key is of the kind the algorithm uses, whatever its size or curve. */
export function kindFits(key: UsableKey | undefined, alg: unknown): boolean {
  const family = alg === 'RSA1_5' ? 'rsa' : typeof alg === 'string' ? KEY_MANAGEMENT[alg]?.family : undefined;
  if (!key || !family) return false;
  if (family === 'rsa') return key.kind !== 'secret' && (key.type === undefined || key.type === 'RSA');
  if (family === 'ecdh') return key.kind !== 'secret' && (key.type === undefined || key.type === 'EC' || key.type === 'X25519');
  return key.kind === 'secret';
}

