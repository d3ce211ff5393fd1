// Signature verification in the running app: how long after a key is pasted the verdict
// says "verified", per kind of key, and how long the search of the well-known HMAC
// secrets takes over the whole list. Keys and tokens come from verify-cases.mjs.
import { clearTokenInput, longTasksBetween, pasteAndTimeWeakSecretWarning, recordTimerFires, setKeyAndTimeVerdict, stageText, waitUntilIdle } from './page-probes.mjs';
import { summarise } from './stats.mjs';
import { hs256Token, largeJwksCase, readJwksAttemptLimit, readKeyDebounceMs, verificationCases, wellKnownSecrets } from './verify-cases.mjs';

const TOKEN_INPUT = '[data-testid="token-input"]';
const KEY_INPUT = '[data-testid="key-input"]';
const ENCODING = '[data-testid="secret-encoding"]';
const WEAK_SECRET_WARNING = '[data-testid="warning-weak-secret"]';
const TIMEOUT_MS = 30_000;

/**
 * One kind of key, in a page of its own: paste the token, wait for the verifier (it is
 * loaded lazily), paste the key once to set up (and choose the secret encoding), then one
 * unmeasured run and `runs` measured ones, alternating the key's two equivalent forms.
 * A run whose verdict is not "verified" ends the case as failed, with the verdict's text.
 */
async function measureCase(openApp, testCase, runs, debounceMs) {
  const { context, page } = await openApp([[recordTimerFires, debounceMs]]);
  const result = { label: testCase.label, tokenLength: testCase.token.length, keyLength: testCase.keyForms[0].length };
  const timeoutMs = testCase.timeoutMs ?? TIMEOUT_MS;
  const setKey = async (key) => {
    await page.evaluate(stageText, key);
    return page.evaluate(setKeyAndTimeVerdict, { timeoutMs });
  };
  let step = 'paste the token';
  try {
    await page.fill(TOKEN_INPUT, testCase.token);
    step = 'wait for the key field';
    await page.waitForSelector(KEY_INPUT, { timeout: timeoutMs });
    step = 'set up the key';
    const setup = await setKey(testCase.keyForms[0]);
    // A secret is read as UTF-8 text until another encoding is chosen, so it verifies only after.
    if (testCase.encoding) await page.selectOption(ENCODING, testCase.encoding, { timeout: timeoutMs });
    else if (setup.status !== 'verified') return { ...result, failed: { step, status: setup.status, message: setup.message } };
    await page.evaluate(waitUntilIdle);

    const total = [];
    const approx = [];
    const fromTimer = [];
    const longTasks = [];
    for (let run = -1; run < runs; run++) {
      step = run < 0 ? 'warm-up run' : `run ${run + 1}`;
      const { t0, t1, status, message, debounceFiredAt } = await setKey(testCase.keyForms[(run + 2) % 2]);
      if (status !== 'verified') return { ...result, failed: { step, status, message } };
      const idleAt = await page.evaluate(waitUntilIdle);
      if (run < 0) continue;
      longTasks.push(await page.evaluate(longTasksBetween, { start: t0, end: idleAt }));
      total.push(t1 - t0);
      approx.push(t1 - t0 - debounceMs);
      if (debounceFiredAt !== null) fromTimer.push(t1 - debounceFiredAt);
    }
    return {
      ...result,
      withDebounce: summarise(total),
      afterDebounce: summarise(approx),
      // Only when the debounce timer was seen in every run; else the figures would not compare.
      afterDebounceTimer: fromTimer.length === runs ? summarise(fromTimer) : null,
      longTasks: summariseLongTasks(longTasks),
    };
  } catch (error) {
    return { ...result, failed: { step, status: 'error', message: error instanceof Error ? error.message.split('\n')[0] : String(error) } };
  } finally {
    await context.close();
  }
}

/**
 * Long tasks over several runs, each `{ longestMs, count }` from the key pasted (or the
 * token) until the page was idle: the longest of all runs, and the median count per run.
 */
export function summariseLongTasks(perRun) {
  return {
    longestMs: Math.max(0, ...perRun.map((r) => r.longestMs)),
    countMedian: summarise(perRun.map((r) => r.count)).median,
    perRun,
  };
}

/**
 * Verification time per kind of key, and for a JWK Set of `largeJwksKeys` keys pasted whole. `openApp(initScripts)` opens a fresh page of the app,
 * ready for a paste. Timings: `withDebounce` is t1 − t0 (key pasted → verdict in the DOM),
 * `afterDebounce` is t1 − t0 − the debounce, `afterDebounceTimer` is t1 − the moment the
 * debounce timer actually ran.
 */
export async function measureVerification(openApp, root, runs, { largeJwksKeys = 10_000 } = {}) {
  const debounceMs = readKeyDebounceMs(root);
  // A set that large takes seconds to read on a slow machine; a frozen page still ends the case.
  const cases = [...verificationCases({ attemptLimit: readJwksAttemptLimit(root) }), { ...largeJwksCase(largeJwksKeys), timeoutMs: 180_000 }];
  const results = {};
  for (const testCase of cases) results[testCase.id] = await measureCase(openApp, testCase, runs, debounceMs);
  return { debounceMs, cases: results };
}

/**
 * The well-known-secret search over the whole list: a token signed with the list's last
 * entry is pasted with the key field empty, and timed until the warning naming the
 * secret appears. The search tries the list in order, so it only matches at the end.
 * The first paste in the fresh page (verifier chunk loaded, worker started) is reported
 * apart as `coldMs`; then `runs` pastes, each of a new token, with the input cleared between.
 */
export async function measureWeakSecretSearch(openApp, root, runs) {
  const { count, last } = wellKnownSecrets(root);
  const { context, page } = await openApp();
  try {
    const samples = [];
    const longTasks = [];
    let coldMs = null;
    for (let run = -1; run < runs; run++) {
      const { t0, t1 } = await page.evaluate(pasteAndTimeWeakSecretWarning, { token: hs256Token(last, 'weak-secret'), timeoutMs: TIMEOUT_MS });
      const idleAt = await page.evaluate(waitUntilIdle);
      if (run < 0) coldMs = t1 - t0;
      else {
        samples.push(t1 - t0);
        longTasks.push(await page.evaluate(longTasksBetween, { start: t0, end: idleAt }));
      }
      await page.evaluate(clearTokenInput);
      await page.waitForSelector(WEAK_SECRET_WARNING, { state: 'detached', timeout: TIMEOUT_MS });
      await page.evaluate(waitUntilIdle);
    }
    return { listSize: count, secret: last, coldMs, ...summarise(samples), longTasks: summariseLongTasks(longTasks) };
  } finally {
    await context.close();
  }
}
