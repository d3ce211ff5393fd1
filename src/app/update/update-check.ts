/** How often, at most, coming back to the tab asks the host whether sw.js changed. */
const UPDATE_CHECK_GAP_MS = 60 * 60 * 1000;

/**
 * Returns a function to call when the page becomes visible: it checks for a new
 * version (one conditional request for sw.js) unless it did so less than `gapMs` ago,
 * so a tab left open for days still learns of an update. A failed check (offline) is
 * simply tried again next time. The browser itself checks on every navigation.
 */
export function createUpdateCheck(update: () => Promise<unknown>, now: () => number, gapMs = UPDATE_CHECK_GAP_MS): () => void {
  let last = now();
  return () => {
    const time = now();
    if (time - last < gapMs) return;
    last = time;
    update().catch(() => {
      last = time - gapMs;
    });
  };
}
