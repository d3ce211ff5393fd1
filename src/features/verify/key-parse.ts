import { parseKeySteps, type ParsedKey, type SecretEncoding } from '../../lib/verify';
import { runStepsApart } from '../../lib/core/steps';
import { latestRead } from '../../runtime/latest-read';

/**
 * Reads a large pasted key (a JWK Set of thousands of keys) in a worker, or in steps on
 * the page's thread where no worker can start (a page opened from a file, a blocked script).
 */


interface Request {
  text: string;
  encoding: SecretEncoding;
}

/**
 * Reads a large pasted key as `parseKey` does. Resolves with null when a newer key
 * replaced this one before it was read.
 */
const readLatestKey = latestRead({
  startWorker: () => new Worker(new URL('./key-parse.worker.ts', import.meta.url), { type: 'module' }),
  message: (id, { text, encoding }: Request) => ({ id, text, encoding }),
  result: (reply: { id: number; parsed: ParsedKey | null }) => reply.parsed ?? undefined,
  readHere: ({ text, encoding }, isCurrent) => runStepsApart(parseKeySteps(text, encoding), isCurrent),
});

export function parseLargeKey(text: string, encoding: SecretEncoding): Promise<ParsedKey | null> {
  return readLatestKey({ text, encoding });
}
