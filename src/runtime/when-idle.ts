/** Where the browser has no requestIdleCallback (Safari), the task waits this long instead. */
const FALLBACK_DELAY_MS = 300;
/** An idle period may never come on a busy page; the task runs after this at the latest. */
const IDLE_TIMEOUT_MS = 3000;

/**
 * Runs a task that nobody waits for when the browser has nothing better to do, so that
 * it never competes with what the user is looking at. Returns a function that cancels it.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => task(), { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, FALLBACK_DELAY_MS);
  return () => clearTimeout(timer);
}
