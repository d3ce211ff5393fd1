/**
 * What the update banner shows: `none` until a new version waits; `ready` offers it;
 * `dismissed` when the user put the offer aside for this page; `applying` between the
 * user's "Reload now" and the reload.
 */
export type UpdateStatus = 'none' | 'ready' | 'dismissed' | 'applying';

export interface UpdateStore {
  subscribe(listener: () => void): () => void;
  status(): UpdateStatus;
  /** A new version waits; `apply` switches to it (and reloads). */
  offer(apply: () => void): void;
  apply(): void;
  dismiss(): void;
}

export function createUpdateStore(): UpdateStore {
  let status: UpdateStatus = 'none';
  let applyUpdate: (() => void) | null = null;
  const listeners = new Set<() => void>();
  const set = (next: UpdateStatus) => {
    if (next === status) return;
    status = next;
    for (const listener of listeners) listener();
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    status: () => status,
    offer(apply) {
      applyUpdate = apply;
      if (status !== 'applying') set('ready');
    },
    apply() {
      // Once only: a second press must not queue a second reload.
      if (!applyUpdate || status === 'applying' || status === 'none') return;
      set('applying');
      applyUpdate();
    },
    dismiss() {
      if (status === 'ready') set('dismissed');
    },
  };
}

/** The page's one store, fed by the service worker registration and read by the banner. */
export const updates = createUpdateStore();
