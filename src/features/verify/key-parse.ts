import { parseKeySteps, type ParsedKey, type SecretEncoding } from '../../lib/verify';
import { runStepsApart } from '../../lib/steps';

/**
 * Reads a large pasted key (a JWK Set of thousands of keys) in a worker, or in steps on
 * the page's thread where no worker can start (a page opened from a file, a blocked script).
 */

/** Past this many characters a JSON key is read away from typing; a few hundred keys take longer than a frame. */
export const LARGE_KEY_CHARS = 100_000;

interface Request {
  id: number;
  text: string;
  encoding: SecretEncoding;
  resolve: (parsed: ParsedKey | null) => void;
}

let worker: Worker | null = null;
let workerFailed = false;
let nextId = 0;
/** Counts reads, so that a read on this thread stops once a newer key has replaced it. */
let latest = 0;
/** The read the worker is busy with: at most one, as a newer key replaces an older one. */
let running: Request | null = null;

function readOnThisThread(text: string, encoding: SecretEncoding): Promise<ParsedKey | null> {
  const read = latest;
  return runStepsApart(parseKeySteps(text, encoding), () => read === latest);
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined' || workerFailed) return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./key-parse.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerFailed = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<{ id: number; parsed: ParsedKey | null }>) => {
    const { id, parsed } = event.data;
    if (running?.id !== id) return;
    const { text, encoding, resolve } = running;
    running = null;
    if (parsed) resolve(parsed);
    else void readOnThisThread(text, encoding).then(resolve);
  };
  // A worker that cannot start (a page opened from a file, an old engine): read on this thread instead.
  worker.onerror = () => {
    workerFailed = true;
    stopWorker();
    const pending = running;
    running = null;
    if (pending) void readOnThisThread(pending.text, pending.encoding).then(pending.resolve);
  };
  return worker;
}

/**
 * Reads a large pasted key as `parseKey` does. Resolves with null when a newer key
 * replaced this one before it was read.
 */
export function parseLargeKey(text: string, encoding: SecretEncoding): Promise<ParsedKey | null> {
  latest++;
  if (running) {
    // The worker cannot drop a read halfway: a fresh one starts on the newer key.
    running.resolve(null);
    running = null;
    stopWorker();
  }
  const reader = startWorker();
  if (!reader) return readOnThisThread(text, encoding);
  const id = nextId++;
  return new Promise((resolve) => {
    running = { id, text, encoding, resolve };
    reader.postMessage({ id, text, encoding });
  });
}
