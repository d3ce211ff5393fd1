import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * False while React renders on the server or hydrates the pre-rendered HTML, true after.
 * A view that reads what only the browser knows (the clock, the fragment, a stored
 * choice) shows the server's version until this turns true, so hydration finds the very
 * markup the build wrote and the real values follow in the next render.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
