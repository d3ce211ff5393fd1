import type { DecryptResult } from '../../lib/jwe/types';

/** The verdict in a few words; the result's message says the rest. */
export function decryptHeadline(result: DecryptResult): string {
  switch (result.status) {
    case 'decrypted':
      return result.decrypted?.recipientIndex !== undefined ? `Decrypted, as recipient ${result.decrypted.recipientIndex}` : 'Decrypted';
    case 'failed':
      return 'Not decrypted — this key does not open it';
    case 'error':
      return result.code === 'public-key' ? 'Cannot decrypt with a public key' : 'Cannot decrypt with this key';
    case 'idle':
      return 'Not decrypted yet';
  }
}
