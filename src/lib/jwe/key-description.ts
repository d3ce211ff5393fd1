import { KEY_MANAGEMENT } from './jwe-algorithms';
import type { UsableKey } from './key-types';

/** What the key was read as, in the words of the algorithm it serves: a PBES2 secret is a password. */
export function describeKey(key: UsableKey, alg: string): string {
  if (key.kind !== 'secret' || KEY_MANAGEMENT[alg]?.family !== 'pbes2') return key.description;
  if (key.text !== undefined) {
    const length = [...key.text].length;
    return `password, ${length} ${length === 1 ? 'character' : 'characters'} (UTF-8 text)`;
  }
  return key.description.replace(/^secret/, 'password');
}
