import { findForgeableSecret, WELL_KNOWN_SECRETS } from '../../lib/verify';

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, (secret: string | null) => void>();

function searchWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    try {
      worker = new Worker(new URL('./secret-search.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return null;
    }
    worker.onmessage = (event: MessageEvent<{ id: number; secret: string | null }>) => {
      waiting.get(event.data.id)?.(event.data.secret);
      waiting.delete(event.data.id);
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
    waiting.set(id, resolve);
    running.postMessage({ id, token });
  });
}
