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
  // A paste as the browser makes one: the field's text selected, a cancellable `paste`
  // event carrying the text, and only when no handler took it over, the text put in
  // place (native value setter) with the `input` event React's onChange listens to.
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
  window.__benchPaste = (field, text) => {
    field.select();
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    if (!field.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))) return;
    setValue.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };
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
 * Pastes into the textarea (window.__benchPaste: the `paste` event, then the text and an
 * `input` event unless the page took the paste over) and times it until the frame showing `marker` in
 * the payload JSON has been laid out and painted on the main thread.
 *
 * The paste starts inside a requestAnimationFrame callback, so work that finishes in
 * the same task is rendered by that same frame update, and a setTimeout(0) queued then,
 * before the paste, runs right after it. Without that alignment every figure would
 * include a random wait of up to one frame (16.7 ms) for the next vsync. That timer is
 * queued ahead of anything the app queues while handling the paste: a timer queued later
 * would run behind the app's deferred rendering (React's scheduler posts its tasks
 * during the paste) and bill that work, done after the frame was painted, to the frame.
 * If the result appears in a later task instead, the next frame is awaited (rAF, then
 * setTimeout(0) after its rendering).
 * `shownAt` is when the DOM first held the result: before it is the app's JS (decoding,
 * React render and commit), after it style, layout and paint.
 * @returns {Promise<{ t0: number, shownAt: number, t1: number }>}
 */
export function pasteAndTimeRender({ token = window.__benchStaged, marker, timeoutMs }) {
  const input = document.querySelector('[data-testid="token-input"]');
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
      let t0 = 0;
      let shownAt = 0;
      let frameRendered = false;
      setTimeout(() => {
        frameRendered = true;
        if (shownAt) finish();
      }, 0);
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
        // Shown in the paste's own frame: the timer queued above ends the measurement.
        if (frameRendered) requestAnimationFrame(() => setTimeout(finish, 0));
      };
      const observer = new MutationObserver(() => {
        if (showsMarker()) onRendered();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });

      t0 = performance.now();
      window.__benchPaste(input, token);
      if (showsMarker()) onRendered();
    });
  });
}

/**
 * Puts `text` in the page ahead of a timed paste. Playwright hands an argument to the page
 * inside the task that runs the function, and reading megabytes of it there takes a long
 * task of its own (about 180 ms for 1.5 MB): staged in an earlier task, it is not billed
 * to the paste. The timed probes paste what was staged when given no text.
 */
export function stageText(text) {
  window.__benchStaged = text;
}

/** Empties the token editor with its Clear button, as a user would. */
export function clearTokenInput() {
  const clear = [...document.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Clear' && !button.disabled);
  clear?.click();
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

/**
 * The long tasks (over 50 ms, the Long Tasks API threshold) that overlap [start, end]:
 * the longest one's duration (0 when none) and how many there were.
 */
export function longTasksBetween({ start, end }) {
  let longestMs = 0;
  let count = 0;
  for (const task of window.__bench.longTasks) {
    if (task.start < end && task.start + task.duration > start) {
      longestMs = Math.max(longestMs, task.duration);
      count++;
    }
  }
  return { longestMs, count };
}

/**
 * Init script for the time to first decode: as soon as the token input exists and is
 * enabled, pastes `token` with `window.__benchPasteAndTimeRender` (pasteAndTimeRender,
 * installed by an earlier init script) and leaves its promise in `window.__bench.firstDecode`.
 * The check runs in the MutationObserver callback of the change that enabled the input,
 * so no polling delay comes between usable and pasted.
 */
export function pasteWhenUsable({ token, marker, timeoutMs }) {
  const observer = new MutationObserver(() => {
    const input = document.querySelector('[data-testid="token-input"]');
    if (!input || input.disabled) return;
    observer.disconnect();
    window.__bench.firstDecode = window.__benchPasteAndTimeRender({ token, marker, timeoutMs });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
}

/**
 * Init script for the verification benchmarks: records when each setTimeout callback with
 * exactly `delayMs` (the key debounce) runs, in `window.__benchTimers.fired`. That is the
 * moment the app starts verifying the key, so the time after it is verification alone.
 * Other timers pass through untouched.
 */
export function recordTimerFires(delayMs) {
  const fired = [];
  window.__benchTimers = { delayMs, fired };
  const nativeSetTimeout = window.setTimeout;
  window.setTimeout = function setTimeout(handler, delay, ...args) {
    if (Number(delay) !== delayMs || typeof handler !== 'function') return nativeSetTimeout.call(this, handler, delay, ...args);
    return nativeSetTimeout.call(
      this,
      function debounced(...callArgs) {
        fired.push(performance.now());
        return handler.apply(this, callArgs);
      },
      delay,
      ...args,
    );
  };
}

/**
 * Pastes `key` into the key field (window.__benchPaste) and times
 * it until the verdict's `data-status` is `verified`, `invalid` or `error` with no check
 * running. The previous verdict must first give way: while a new key waits or is checked,
 * the app marks the verdict `data-checking="true"` (or shows `idle`), so a verdict still
 * on screen from the last key is never taken for this one's.
 * `t1` is the DOM change (MutationObserver), before style, layout and paint.
 * `debounceFiredAt` is when the debounce timer ran (see recordTimerFires), or null.
 * @returns {Promise<{ t0: number, t1: number, status: string, message: string, debounceFiredAt: number | null }>}
 */
export function setKeyAndTimeVerdict({ key = window.__benchStaged, timeoutMs }) {
  const input = document.querySelector('[data-testid="key-input"]');
  const verdict = () => document.querySelector('[data-testid="verify-status"]');
  const DONE = ['verified', 'invalid', 'error'];
  return new Promise((resolve, reject) => {
    let t0 = 0;
    let previousGone = false;
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`no verdict within ${timeoutMs} ms (status ${verdict()?.getAttribute('data-status')})`));
    }, timeoutMs);
    const check = () => {
      const status = verdict()?.getAttribute('data-status') ?? null;
      if (!DONE.includes(status) || verdict()?.getAttribute('data-checking') === 'true') {
        previousGone = true;
        return;
      }
      if (!previousGone) return;
      const t1 = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      const fired = (window.__benchTimers?.fired ?? []).filter((at) => at >= t0 && at <= t1);
      resolve({ t0, t1, status, message: status === 'verified' ? '' : verdict().innerText.replace(/\s+/g, ' ').trim(), debounceFiredAt: fired.at(-1) ?? null });
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-status', 'data-checking'] });

    t0 = performance.now();
    window.__benchPaste(input, key);
    check();
  });
}

/**
 * Pastes `token` into the token field and times it until the well-known-secret warning
 * is in the DOM: the decode, the verifier's render and the search in its Web Worker.
 * @returns {Promise<{ t0: number, t1: number }>}
 */
export function pasteAndTimeWeakSecretWarning({ token, timeoutMs }) {
  const input = document.querySelector('[data-testid="token-input"]');
  const shown = () => document.querySelector('[data-testid="warning-weak-secret"]') !== null;
  return new Promise((resolve, reject) => {
    let t0 = 0;
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`the well-known-secret warning did not appear within ${timeoutMs} ms`));
    }, timeoutMs);
    const check = () => {
      if (!shown()) return;
      const t1 = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      resolve({ t0, t1 });
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true });

    t0 = performance.now();
    window.__benchPaste(input, token);
    check();
  });
}

export const SELECTORS = { INPUT, PAYLOAD };

/**
 * Init script for "open a /#token= link → decoded view painted": once the payload JSON
 * shows `marker`, waits for the frame that paints it (rAF, then a task after its
 * rendering) and leaves performance.now() (ms since navigation start) in
 * `window.__bench.linkDecodedAt`.
 */
export function timeLinkDecode({ marker }) {
  const shows = () => document.querySelector('[data-testid="payload-json"]')?.textContent?.includes(marker) ?? false;
  const observer = new MutationObserver(() => {
    if (!shows()) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (window.__bench.linkDecodedAt = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * A real keyboard paste, timed in the page: arms a keydown listener (the Ctrl+V the harness
 * presses next) that starts the clock, and resolves once the frame that shows `marker` in
 * the payload JSON is painted. The key press cannot be lined up with a frame as the paste
 * event is, so this figure carries up to one frame of wait for the next vsync.
 * @returns {Promise<{ t0: number, t1: number }>}
 */
export function armKeyboardPaste({ marker, timeoutMs }) {
  const shows = () => {
    const payload = document.querySelector('[data-testid="payload-json"]');
    if (!payload) return false;
    const walker = document.createTreeWalker(payload, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.data.includes(marker)) return true;
    return false;
  };
  return new Promise((resolve, reject) => {
    let t0 = 0;
    const timer = setTimeout(() => reject(new Error(`the keyboard paste did not show ${marker} within ${timeoutMs} ms`)), timeoutMs);
    const observer = new MutationObserver(() => {
      if (!t0 || !shows()) return;
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          resolve({ t0, t1: performance.now() });
        }, 0),
      );
    });
    // Ctrl comes down first: the clock starts with the V.
    const onKeyDown = (event) => {
      if (event.key.toLowerCase() !== 'v') return;
      document.removeEventListener('keydown', onKeyDown, true);
      t0 = performance.now();
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    };
    document.addEventListener('keydown', onKeyDown, true);
  });
}
