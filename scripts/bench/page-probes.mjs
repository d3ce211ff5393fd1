// Functions that run inside the page (Playwright serialises them), so timings come
// from the page's own clock instead of DevTools round trips. Each must be
// self-contained: no closures over this module.

const INPUT = '[data-testid="token-input"]';
const PAYLOAD = '[data-testid="payload-json"]';

/**
 * Added with page.addInitScript, before any app script runs.
 * - `usableAt`: performance.now() (ms since navigation start) at the first DOM change
 *   after which the token input exists and is enabled. A MutationObserver callback runs
 *   right after the change, so no polling delay is added.
 * - `longTasks`: every main-thread task over 50 ms (the Long Tasks API threshold).
 */
export function installPageProbes() {
  const bench = { usableAt: null, longTasks: [] };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: longest-task figures stay at 0.
  }
  const observer = new MutationObserver(() => {
    const input = document.querySelector('[data-testid="token-input"]');
    if (input && !input.disabled) {
      bench.usableAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
}

/**
 * Sets the textarea the way a paste does (native value setter, then an `input` event,
 * which React's onChange listens to) and times it until the frame showing `marker` in
 * the payload JSON has been laid out and painted on the main thread.
 *
 * The paste starts inside a requestAnimationFrame callback, so work that finishes in
 * the same task is rendered by that same frame update, and a setTimeout(0) queued then
 * runs right after it. Without that alignment every figure would include a random wait
 * of up to one frame (16.7 ms) for the next vsync. If the result appears in a later
 * task instead, the next frame is awaited (rAF, then setTimeout(0) after its rendering).
 * `shownAt` is when the DOM first held the result: before it is the app's JS (decoding,
 * React render and commit), after it style, layout and paint.
 * @returns {Promise<{ t0: number, shownAt: number, t1: number }>}
 */
export function pasteAndTimeRender({ token, marker, timeoutMs }) {
  const input = document.querySelector('[data-testid="token-input"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
  // Reading textContent of a 200 KB payload costs milliseconds, which would be billed to
  // the app; the marker (the jti) sits in one text node near the top, so stop there.
  const showsMarker = () => {
    const payload = document.querySelector('[data-testid="payload-json"]');
    if (!payload) return false;
    const walker = document.createTreeWalker(payload, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.data.includes(marker)) return true;
    return payload.textContent.includes(marker);
  };
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      let frameStillToRender = true;
      setTimeout(() => (frameStillToRender = false), 0);
      let t0 = 0;
      let shownAt = 0;
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`the payload JSON did not show ${marker} within ${timeoutMs} ms`));
      }, timeoutMs);
      const finish = () => {
        const t1 = performance.now();
        clearTimeout(timer);
        resolve({ t0, shownAt, t1 });
      };
      const onRendered = () => {
        if (shownAt) return;
        shownAt = performance.now();
        observer.disconnect();
        if (frameStillToRender) setTimeout(finish, 0);
        else requestAnimationFrame(() => setTimeout(finish, 0));
      };
      const observer = new MutationObserver(() => {
        if (showsMarker()) onRendered();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });

      t0 = performance.now();
      setValue.call(input, token);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      if (showsMarker()) onRendered();
    });
  });
}

/** Empties the textarea the same way a paste fills it. */
export function clearTokenInput() {
  const input = document.querySelector('[data-testid="token-input"]');
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(input, '');
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Waits until the page is idle (two frames, then an idle callback), so trailing work
 * and pending long-task entries have landed; returns performance.now() at that point.
 */
export function waitUntilIdle() {
  return new Promise((resolve) => {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => requestIdleCallback(() => resolve(performance.now()), { timeout: 2000 })),
    );
  });
}

/** The longest long task that overlaps [start, end], or 0 when none went over 50 ms. */
export function longestTaskBetween({ start, end }) {
  let longest = 0;
  for (const task of window.__bench.longTasks) {
    if (task.start < end && task.start + task.duration > start) longest = Math.max(longest, task.duration);
  }
  return longest;
}

export const SELECTORS = { INPUT, PAYLOAD };
