import { useSyncExternalStore } from 'react';
import { readPrerendered } from '../runtime/prerendered';

// A router of our own: a handful of routes does not need a library.
const NAVIGATE_EVENT = 'token-lens:navigate';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/** The query shown; the build renders without one. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search, () => '');
}

/** The path shown; while the build's HTML is hydrated, the path it was rendered for. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname, () => readPrerendered().pathname);
}

export function navigate(href: string): void {
  const { pathname, search, hash } = window.location;
  if (href === pathname + search + hash) return;
  window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo(0, 0);
}
