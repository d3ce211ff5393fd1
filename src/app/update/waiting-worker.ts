// Service-worker lifecycle: a new worker installs beside the one that controls the page
// and then waits; it activates only when the user asks (a SKIP_WAITING message, which
// Workbox's generated worker answers with skipWaiting()) or when no page uses the old
// one any more. These functions take the container and registration as parameters so
// the tests can pass stand-ins.

/** The part of a ServiceWorker used here. */
export interface WorkerLike extends EventTarget {
  readonly state: string;
  postMessage(message: unknown): void;
}

/** The part of a ServiceWorkerRegistration used here. */
interface RegistrationLike extends EventTarget {
  readonly installing: WorkerLike | null;
  readonly waiting: WorkerLike | null;
}

/** The part of navigator.serviceWorker used here. */
interface ContainerLike extends EventTarget {
  readonly controller: object | null;
}

/** The message Workbox's generated worker answers by calling skipWaiting(). */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/**
 * Calls `onWaiting` when a new worker is installed and waiting while an older one
 * controls this page: at once if one was already waiting (installed by an earlier
 * visit), and whenever one finishes installing later. A first install, with no
 * controller yet, is not an update and calls nothing.
 */
export function watchForWaitingWorker(container: ContainerLike, registration: RegistrationLike, onWaiting: () => void): void {
  const isUpdate = () => container.controller !== null;
  const follow = (worker: WorkerLike | null) => {
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && isUpdate()) onWaiting();
    });
  };
  if (registration.waiting && isUpdate()) onWaiting();
  // One may already be installing: the browser checks for updates on every navigation.
  follow(registration.installing);
  registration.addEventListener('updatefound', () => follow(registration.installing));
}

/**
 * Lets the waiting worker take over and reloads the page once it controls it, so the
 * page and its worker come from the same build. If no worker waits any more (another
 * tab already let it take over), the new one controls this page already: reload.
 */
export function activateWaitingWorker(container: ContainerLike, registration: RegistrationLike, reload: () => void): void {
  const waiting = registration.waiting;
  if (!waiting) {
    reload();
    return;
  }
  container.addEventListener('controllerchange', () => reload(), { once: true });
  waiting.postMessage(SKIP_WAITING);
}
