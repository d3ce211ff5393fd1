import { useEffect, useState } from 'react';

/**
 * A clock that ticks once a second: the one place a view reads the time. While `paused`
 * it holds the instant it stopped at, so everything shown beside it stands still too.
 */
export function useNow(paused = false): Date {
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
  return now;
}
