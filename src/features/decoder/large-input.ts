import type { FoundToken } from '../../lib/jwt/extract';
import { fromPortable, readInput, rememberReading, type InputReading, type PortableReading } from '../../lib/jwt/large-input';
import { runStepsApart } from '../../lib/steps';

/**
 * Reads a large paste in a worker, or in steps on the page's thread where no worker can
 * start (a page opened from a file, a blocked script). Either way the result lands in the
 * caches the decoder's views read through, so showing the token decodes nothing again.
 */

let worker: Worker | null = null;
let workerFailed = false;
let nextId = 0;
/** Counts reads, so that a read on this thread stops once a newer paste has replaced it. */
let latest = 0;
/** The read the worker is busy with: at most one, as a newer paste replaces an older one. */
let running: { id: number; input: string; resolve: (found: FoundToken | null) => void } | null = null;

async function readOnThisThread(input: string): Promise<FoundToken | null> {
  const read = latest;
  const reading = await runStepsApart(readInput(input), () => read === latest);
  return reading && accept(reading);
}

function accept(reading: InputReading): FoundToken | null {
  rememberReading(reading);
  return reading.found;
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined' || workerFailed) return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./large-input.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerFailed = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<{ id: number; reading: PortableReading | null }>) => {
    const { id, reading } = event.data;
    if (running?.id !== id) return;
    const { input, resolve } = running;
    running = null;
    if (reading) resolve(accept(fromPortable(reading, input)));
    else void readOnThisThread(input).then(resolve);
  };
  // A worker that cannot start (a page opened from a file, an old engine): read on this thread instead.
  worker.onerror = () => {
    workerFailed = true;
    stopWorker();
    const pending = running;
    running = null;
    if (pending) void readOnThisThread(pending.input).then(pending.resolve);
  };
  return worker;
}

/**
 * Finds and decodes the token in a large paste. Resolves with what `findToken` would
 * return, or with null as well when a newer paste replaced this one before it was read.
 */
export function readLargeInput(input: string): Promise<FoundToken | null> {
  latest++;
  if (running) {
    // The worker cannot drop a read halfway: a fresh one starts on the newer paste.
    running.resolve(null);
    running = null;
    stopWorker();
  }
  const reader = startWorker();
  if (!reader) return readOnThisThread(input);
  const id = nextId++;
  return new Promise((resolve) => {
    running = { id, input, resolve };
    reader.postMessage({ id, input });
  });
}
