import { findForgeableSecret, WELL_KNOWN_SECRETS } from '../../lib/verify';

let worker: Worker | null = null;
let workerFailed = false;
let nextId = 0;
const waiting = new Map<number, { token: string; resolve: (secret: string | null) => void }>();

function searchWorker(): Worker | null {
  if (typeof Worker === 'undefined' || workerFailed) return null;
  if (!worker) {
    try {
      worker = new Worker(new URL('./secret-search.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return null;
    }
    worker.onmessage = (event: MessageEvent<{ id: number; secret: string | null }>) => {
      waiting.get(event.data.id)?.resolve(event.data.secret);
      waiting.delete(event.data.id);
    };
    // A worker that cannot start (a blocked script, an old engine): search on this thread instead.
    worker.onerror = () => {
      workerFailed = true;
      worker = null;
      for (const [id, { token, resolve }] of waiting) {
        waiting.delete(id);
        void findForgeableSecret(token, WELL_KNOWN_SECRETS).then(resolve, () => resolve(null));
      }
    };
  }
  return worker;
}

/**
 * Tries every well-known secret against an HS* token's signature, in a worker where
 * one can run. A match means anyone can forge this issuer's tokens.
 */
export function searchWellKnownSecrets(token: string): Promise<string | null> {
  const running = searchWorker();
  if (!running) return findForgeableSecret(token, WELL_KNOWN_SECRETS);
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, { token, resolve });
    running.postMessage({ type: 'search', id, token });
  });
}

/**
 * Starts the worker, and its WebCrypto, before any search needs them: the first search
 * of a fresh page otherwise waits for the worker's script to load and start.
 */
export function warmSecretSearch(): void {
  searchWorker()?.postMessage({ type: 'warm' });
}
