import { decryptJwe } from '../../lib/jwe';
import type { DecryptInput, DecryptResult } from '../../lib/jwe/types';
import { latestRead } from '../../runtime/latest-read';

/**
 * Decrypts in a worker, the latest request winning: a key typed character by character
 * starts a new attempt each time, and only the last one's verdict is shown. Where no
 * worker can start (the offline copy opened from disk), jose runs on the page's thread;
 * its work there is Web Crypto's, which runs apart from the page anyway.
 */
const decryptLatest = latestRead({
  startWorker: () => new Worker(new URL('./decrypt.worker.ts', import.meta.url), { type: 'module' }),
  message: (id, input: DecryptInput) => ({ id, input }),
  result: (reply: { id: number; result: DecryptResult | null }) => reply.result ?? undefined,
  readHere: async (input, isCurrent) => {
    const result = await decryptJwe(input);
    return isCurrent() ? result : null;
  },
});

/** Resolves with null when a newer request replaced this one. */
export function decryptInBackground(input: DecryptInput): Promise<DecryptResult | null> {
  return decryptLatest(input);
}
