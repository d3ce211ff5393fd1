import type { FoundToken } from '../../lib/jwt/extract';
import { fromPortable, readInput, rememberReading, type InputReading, type PortableReading } from '../../lib/jwt/large-input';
import { runStepsApart } from '../../lib/core/steps';
import { latestRead } from '../../runtime/latest-read';

/**
 * Reads a large paste in a worker, or in steps on the page's thread where no worker can
 * start (a page opened from a file, a blocked script). Either way the result lands in the
 * caches the decoder's views read through, so showing the token decodes nothing again.
 */

function accept(reading: InputReading): FoundToken | null {
  rememberReading(reading);
  return reading.found;
}

/**
 * Finds and decodes the token in a large paste. Resolves with what `findToken` would
 * return, or with null as well when a newer paste replaced this one before it was read.
 */
export const readLargeInput: (input: string) => Promise<FoundToken | null> = latestRead({
  startWorker: () => new Worker(new URL('./large-input.worker.ts', import.meta.url), { type: 'module' }),
  message: (id, input: string) => ({ id, input }),
  result: (reply: { id: number; reading: PortableReading | null }, input) => (reply.reading ? accept(fromPortable(reply.reading, input)) : undefined),
  readHere: async (input, isCurrent) => {
    const reading = await runStepsApart(readInput(input), isCurrent);
    return reading && accept(reading);
  },
});
