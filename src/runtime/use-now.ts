import { useEffect, useMemo, useState } from 'react';
import { readPrerendered } from './prerendered';
import { useHydrated } from './use-hydrated';

/**
 * A clock that ticks once a second: the one place a view reads the time. While `paused`
 * it holds the instant it stopped at, so everything shown beside it stands still too.
 * Until the pre-rendered page is hydrated it reads the instant the build rendered at.
 */
export function useNow(paused = false): Date {
  const hydrated = useHydrated();
  const renderedAt = useMemo(() => new Date(readPrerendered().renderedAt), []);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (paused) return;
    const tick = () => setNow(new Date());
    // On resume the clock catches up at once, not a second later.
    const catchUp = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(catchUp);
      clearInterval(timer);
    };
  }, [paused]);
  return hydrated ? now : renderedAt;
}
