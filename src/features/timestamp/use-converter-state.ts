import { useCallback, useEffect, useState } from 'react';
import { useHydrated } from '../../runtime/use-hydrated';
import { decodeConverterState, encodeConverterState, type ConverterState } from '../../lib/time';

/** The zone the browser runs in: the first zone shown until the user picks another. */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The local zone, then UTC: what the converter shows before the user chooses zones. */
function defaultZones(): string[] {
  const local = browserZone();
  return local === 'UTC' ? ['UTC'] : [local, 'UTC'];
}

/** What the build renders, knowing neither the fragment nor the reader's zone. */
const PRERENDERED_STATE: ConverterState = { ...decodeConverterState(''), zones: ['UTC'] };

function readFragment(): ConverterState {
  if (typeof window === 'undefined') return PRERENDERED_STATE;
  const state = decodeConverterState(window.location.hash);
  return state.zones.length > 0 ? state : { ...state, zones: defaultZones() };
}

const sameZones = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((zone, i) => zone === b[i]);

/**
 * The converter's state, kept in the URL fragment so a copied link reproduces the view.
 * Zones are written only once they differ from the defaults, so a link that never chose
 * any opens in the reader's own zone. The fragment never reaches a server.
 */
export function useConverterState(): [ConverterState, (next: ConverterState) => void] {
  const [state, setState] = useState(readFragment);
  const hydrated = useHydrated();

  useEffect(() => {
    const follow = () => setState(readFragment());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const update = useCallback((next: ConverterState) => {
    setState(next);
    const written = sameZones(next.zones, defaultZones()) ? { ...next, zones: [] } : next;
    const { pathname, search } = window.location;
    // replaceState fires no hashchange, so typing never loops back through readFragment.
    window.history.replaceState(window.history.state, '', pathname + search + encodeConverterState(written));
  }, []);

  return [hydrated ? state : PRERENDERED_STATE, update];
}
