import { createUpdateCheck } from './update-check';
import { updates } from './update-store';
import { activateWaitingWorker, watchForWaitingWorker } from './waiting-worker';

/**
 * Registers the service worker that precaches the build, so every route opens offline
 * after one visit, and offers each new version through the update banner instead of
 * switching to it under the user's feet. Does nothing in development.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (document.readyState === 'complete') void start();
  else window.addEventListener('load', () => void start(), { once: true });
}

async function start(): Promise<void> {
  const base = import.meta.env.BASE_URL;
  const container = navigator.serviceWorker;
  const registration: ServiceWorkerRegistration | undefined = await container.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
    console.warn('Offline use is unavailable: the service worker did not register.', error);
    return undefined;
  });
  // Where workers are blocked (by a policy, an extension or a test harness) the promise may
  // also resolve with nothing: there is then nothing to watch.
  if (!registration) return;
  watchForWaitingWorker(container, registration, () => {
    updates.offer(() => activateWaitingWorker(container, registration, () => window.location.reload()));
  });
  const check = createUpdateCheck(() => registration.update(), () => Date.now());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}
