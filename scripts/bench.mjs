// Performance report for the built app (dist/), in Chromium:
// - first-view bytes per route (gzip, JS and CSS apart), from the built files alone;
// - time from navigation to a usable token input, and to the first decoded token painted
//   when a typical token is pasted as soon as the input is usable;
// - paste-to-render for a typical token, a 200 KB token and a 2 MB token;
// - how long a pasted key takes to verify (HS256, RS256, ES256, EdDSA, a 50-key JWK Set,
//   a 10,000-key JWK Set whose kid the token names) and how long the well-known-secret
//   search takes over its whole list;
// - how long a pasted key takes to decrypt a JWE (RSA-OAEP-256 + A256GCM, ECDH-ES+A128KW,
//   PBES2 with a count of 600,000, and a 1 MB JWE);
// - for every timed scenario, the longest main-thread task and how many went over 50 ms.
//
//   node scripts/bench.mjs [--runs N] [--check-budgets] [--profile]
//
// Timings are medians over N runs (min–max beside them). --profile adds a rough breakdown
// of where a paste spends the main thread.
//
// The timing budgets live in scripts/bench/budgets.mjs, each view's byte budget in its own
// description (src/features/<view>/index.ts). Sizes are deterministic; timings depend
// on the machine and are only reported, so --check-budgets fails the run (exit code 1)
// on a first-view JS or CSS budget alone (the same check as e2e/budgets.spec.ts).
// A key that does not verify is a broken measurement, not a slow one: it is reported and
// the run exits with code 1. A paste that does not render within its limit is reported
// as timed out; it does not fail the run.
// Results are printed as one table and written to bench-results/latest.json.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { KB, TIMING_BUDGETS, firstViewBudgets } from './bench/budgets.mjs';
import { checkFirstViewBudgetsApart } from './bench/first-view-check.mjs';
import { armKeyboardPaste, clearTokenInput, installPageProbes, longTasksBetween, pasteAndTimeRender, pasteWhenUsable, stageText, timeLinkDecode, waitUntilIdle } from './bench/page-probes.mjs';
import { profilePastes } from './bench/profile.mjs';
import { summarise } from './bench/stats.mjs';
import { largeToken, typicalToken } from './bench/tokens.mjs';
import { measureVerification, measureWeakSecretSearch, summariseLongTasks } from './bench/verify.mjs';
import { measureDecryption } from './bench/decrypt.mjs';
import { loadViews } from './bench/views.mjs';
import { ChromiumError, findLocalChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const RESULTS_FILE = join(ROOT, 'bench-results', 'latest.json');

const INPUT_READY = '[data-testid="token-input"]:not([disabled])';
const PAYLOAD = '[data-testid="payload-json"]';
const PAGE_TIMEOUT_MS = 30_000;

/** The pasted tokens: how long each paste (and the clearing after it) may take. */
const PASTES = {
  typical: { label: 'typical', make: (jti) => typicalToken(jti), timeoutMs: 30_000 },
  large: { label: '200 KB', make: (jti) => largeToken(jti, 200_000), timeoutMs: 30_000 },
  // A token this size may keep the main thread busy for long: it is measured, not judged.
  huge: { label: '2 MB', make: (jti) => largeToken(jti, 2_000_000), timeoutMs: 180_000 },
};

// The same figures for two popular decoders, measured in Chromium on this machine class.
const PEERS = [
  { name: 'jwt.io', firstViewJsGzipKb: 426, usableMs: 1800, typicalPasteMs: 57, largePasteMs: 3600, largeLongestTaskMs: 2000 },
  { name: 'it-tools', firstViewJsGzipKb: 327, usableMs: 2500, typicalPasteMs: 12.7, largePasteMs: 354, largeLongestTaskMs: 223 },
];

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

class UsageError extends Error {}
class TimedOut extends Error {}

function readOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        runs: { type: 'string', default: '7' },
        'check-budgets': { type: 'boolean', default: false },
        profile: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(`${error.message}\nusage: node scripts/bench.mjs [--runs N] [--check-budgets] [--profile]`);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs needs a whole number of at least 1, not "${values.runs}"`);
  return { runs, checkBudgets: values['check-budgets'], profile: values.profile };
}

/**
 * `promise`, or a TimedOut error after `ms`. A page whose main thread is stuck never
 * answers, and its own timers never fire, so the limit has to be kept from outside.
 */
function within(ms, what, promise) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** Closes a context even when its page no longer answers. */
async function closeContext(context) {
  await within(30_000, 'closing the page', context.close()).catch(() => {});
}

/**
 * A page with the probes installed, in a fresh context: no service worker, empty cache.
 * `initScripts` are further [function, argument] pairs to run before the app's scripts.
 */
async function openFreshPage(browser, initScripts = []) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(installPageProbes);
  for (const [script, arg] of initScripts) await page.addInitScript(script, arg);
  return { context, page };
}

const longTasksUntilIdle = async (page, start) => {
  const idleAt = await page.evaluate(waitUntilIdle);
  return page.evaluate(longTasksBetween, { start, end: idleAt });
};

/**
 * Navigation start to the token input existing and enabled, per run in a fresh context.
 * The page's own probe records the moment; waitForSelector only tells us it happened.
 * Long tasks: from navigation start until the page is idle after that.
 */
async function measureTimeToUsableInput(browser, url, runs) {
  const samples = [];
  const longTasks = [];
  for (let run = 0; run < runs; run++) {
    const { context, page } = await openFreshPage(browser);
    try {
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForSelector(INPUT_READY, { timeout: PAGE_TIMEOUT_MS });
      samples.push(await page.evaluate(() => window.__bench.usableAt ?? performance.now()));
      longTasks.push(await longTasksUntilIdle(page, 0));
    } finally {
      await closeContext(context);
    }
  }
  return { ...summarise(samples), longTasks: summariseLongTasks(longTasks) };
}

/**
 * Navigation start to the first decoded token painted: a fresh page of the decoder, a
 * typical token pasted in the same task that sees the input usable (pasteWhenUsable), timed
 * like any paste (pasteAndTimeRender) up to the frame that shows it. One init script
 * holds all three probes, as the order of separate init scripts is not guaranteed.
 */
async function measureTimeToFirstDecode(browser, url, runs) {
  const total = [];
  const usable = [];
  const paste = [];
  const longTasks = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const jti = freshJti('first-decode', run);
      const arg = { token: typicalToken(jti), marker: jti, timeoutMs: PAGE_TIMEOUT_MS };
      await page.addInitScript({
        content: `(${installPageProbes})();\nwindow.__benchPasteAndTimeRender = ${pasteAndTimeRender};\n(${pasteWhenUsable})(${JSON.stringify(arg)});`,
      });
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__bench?.firstDecode !== undefined, null, { timeout: PAGE_TIMEOUT_MS });
      const { t0, t1 } = await page.evaluate(() => window.__bench.firstDecode);
      total.push(t1);
      usable.push(await page.evaluate(() => window.__bench.usableAt));
      paste.push(t1 - t0);
      longTasks.push(await longTasksUntilIdle(page, 0));
    } finally {
      await closeContext(context);
    }
  }
  return { ...summarise(total), usableAt: summarise(usable), pasteToRender: summarise(paste), longTasks: summariseLongTasks(longTasks) };
}

/**
 * Navigation start to the decoded token painted, for a link that carries it: `/#token=…`
 * opened in a fresh page, as a shared link or "Open in the decoder" is.
 */
async function measureLinkDecode(browser, url, runs) {
  const samples = [];
  const longTasks = [];
  for (let run = 0; run < runs; run++) {
    const { context, page } = await openFreshPage(browser);
    try {
      const jti = freshJti('link', run);
      await page.addInitScript(timeLinkDecode, { marker: jti });
      await page.goto(`${url}#token=${typicalToken(jti)}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__bench?.linkDecodedAt !== undefined, null, { timeout: PAGE_TIMEOUT_MS });
      samples.push(await page.evaluate(() => window.__bench.linkDecodedAt));
      longTasks.push(await longTasksUntilIdle(page, 0));
    } finally {
      await closeContext(context);
    }
  }
  return { ...summarise(samples), longTasks: summariseLongTasks(longTasks) };
}

/**
 * A typical token pasted from the clipboard with a real Ctrl+V, in the warm page: from the
 * key down to the frame that shows it. Beside the paste-event figure, it shows what the
 * browser's own paste path (clipboard read, the input event) adds.
 */
async function measureKeyboardPaste(context, page, runs) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const times = [];
  const longTasks = [];
  for (let run = -1; run < runs; run++) {
    const jti = freshJti('keyboard', run);
    await page.evaluate((text) => navigator.clipboard.writeText(text), typicalToken(jti));
    await page.focus('[data-testid="token-input"]');
    const timing = page.evaluate(armKeyboardPaste, { marker: jti, timeoutMs: PAGE_TIMEOUT_MS });
    await page.keyboard.press('ControlOrMeta+V');
    const { t0, t1 } = await timing;
    const tasks = await longTasksUntilIdle(page, t0);
    // The first is a warm-up, as for the paste events.
    if (run >= 0) {
      times.push(t1 - t0);
      longTasks.push(tasks);
    }
    await clearInput(page);
  }
  return { ...summarise(times), longTasks: summariseLongTasks(longTasks) };
}

/**
 * One paste: time to the rendered frame, the part of it spent before the DOM held the
 * result (the app's JS), and the long tasks from the paste until the page is idle.
 */
async function pasteOnce(page, token, marker, timeoutMs = PAGE_TIMEOUT_MS) {
  await page.evaluate(stageText, token);
  const { t0, shownAt, t1 } = await within(timeoutMs, 'the paste', page.evaluate(pasteAndTimeRender, { marker, timeoutMs }));
  const longTasks = await within(timeoutMs, 'waiting for idle after the paste', longTasksUntilIdle(page, t0));
  return { ms: t1 - t0, inDomMs: shownAt - t0, longTasks };
}

/** Back to the empty page before the next paste, so every paste renders from scratch. */
async function clearInput(page, timeoutMs = PAGE_TIMEOUT_MS) {
  await within(timeoutMs, 'clearing the input', page.evaluate(clearTokenInput));
  await page.waitForSelector(PAYLOAD, { state: 'detached', timeout: timeoutMs });
  await within(timeoutMs, 'waiting for idle after clearing', page.evaluate(waitUntilIdle));
}

/** A jti unique to one paste, so each run must decode and render from scratch. */
const freshJti = (kind, run) => `bench-${kind}-${run}-${Math.random().toString(36).slice(2, 10)}`;

const summariseOrNull = (samples) => (samples.length > 0 ? summarise(samples) : null);

/**
 * Paste-to-render for one kind of token: a warm-up paste first (so the JIT and the
 * lazily loaded explanations are in place), then `runs` measured pastes. A paste that
 * runs past its limit ends the series: `timedOut` says which, and the page is spent.
 */
async function measurePasteToRender(page, kind, runs, warmUpKind = kind) {
  const { make, timeoutMs } = PASTES[kind];
  const times = [];
  const inDomTimes = [];
  const longTasks = [];
  const tokenLength = make('bench-length').length;
  let step = 'warm-up paste';
  let timedOut = null;
  try {
    const warmUpJti = freshJti(warmUpKind, 'warmup');
    await pasteOnce(page, PASTES[warmUpKind].make(warmUpJti), warmUpJti, PASTES[warmUpKind].timeoutMs);
    await clearInput(page, PASTES[warmUpKind].timeoutMs);
    for (let run = 0; run < runs; run++) {
      step = `run ${run + 1}`;
      const jti = freshJti(kind, run);
      const result = await pasteOnce(page, make(jti), jti, timeoutMs);
      times.push(result.ms);
      inDomTimes.push(result.inDomMs);
      longTasks.push(result.longTasks);
      await clearInput(page, timeoutMs);
    }
  } catch (error) {
    if (!(error instanceof TimedOut)) throw error;
    timedOut = { step, message: error.message, limitMs: timeoutMs };
  }
  return {
    tokenLength,
    ...(summariseOrNull(times) ?? { median: null, min: null, max: null, samples: [] }),
    untilInDom: summariseOrNull(inDomTimes),
    longTasks: summariseLongTasks(longTasks),
    timedOut,
  };
}

/** Where the main thread goes during pastes of one kind of token (see bench/profile.mjs). */
function profilePastesOf(browser, page, kind, options) {
  const steps = {
    paste: (run) => {
      const jti = freshJti(`profile-${kind}`, run);
      return pasteOnce(page, PASTES[kind].make(jti), jti);
    },
    clear: () => clearInput(page),
  };
  return profilePastes(browser, page, DIST, steps, options);
}

async function openAppReadyForPaste(browser, url, initScripts = []) {
  const session = await openFreshPage(browser, initScripts);
  await session.page.goto(url, { waitUntil: 'networkidle' });
  await session.page.waitForSelector(INPUT_READY, { timeout: PAGE_TIMEOUT_MS });
  return session;
}

// ---------------------------------------------------------------- reporting

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (value) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`);
const spread = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
const okOrOver = (value, budget) => (value <= budget ? 'ok' : 'OVER');

function formatTable(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

const HEADERS = ['scenario', 'median (min–max)', 'longest task', 'tasks > 50 ms / run', 'budget', 'ok?'];

/** The two long-task cells: the longest over all runs, the median count per run. */
const taskCells = (longTasks) => (longTasks && longTasks.perRun.length > 0 ? [ms(longTasks.longestMs), String(longTasks.countMedian)] : ['', '']);

function byteRows(firstView) {
  return [
    ...firstView.routes.flatMap((r) => [
      [`First view ${r.route}: JS (gzip)`, kb(r.js.gzipBytes), '', '', `≤ ${kb(r.budget.jsGzipBytes)}`, r.ok.js ? 'ok' : 'OVER'],
      [`First view ${r.route}: CSS (gzip)`, kb(r.css.gzipBytes), '', '', `≤ ${kb(r.budget.cssGzipBytes)}`, r.ok.css ? 'ok' : 'OVER'],
    ]),
    ['All JS in dist/assets (gzip)', kb(firstView.allJs.gzipBytes), '', '', '', ''],
  ];
}

function pasteRow(p, label, budget = {}) {
  const name = `Paste ${label} (${p.tokenLength.toLocaleString('en-US')} chars) → painted`;
  const budgetText = [budget.ms && `≤ ${ms(budget.ms)}`, budget.longestTaskMs && `longest ≤ ${ms(budget.longestTaskMs)}`].filter(Boolean).join(', ');
  const value = p.timedOut
    ? `TIMED OUT at ${p.timedOut.step} (limit ${ms(p.timedOut.limitMs)})${p.median === null ? '' : `; before: ${spread(p)}`}`
    : spread(p);
  let ok = '';
  if (p.timedOut && budgetText) ok = 'OVER';
  else if (budgetText) {
    const fits = (!budget.ms || p.median <= budget.ms) && (!budget.longestTaskMs || p.longTasks.longestMs <= budget.longestTaskMs);
    ok = fits ? 'ok' : 'OVER';
  }
  return [name, value, ...taskCells(p.longTasks), budgetText, ok];
}

/** Two rows per kind of key: with the key debounce (and the long tasks), and without it. */
function verifyRows(verify) {
  const d = verify.debounceMs;
  return Object.values(verify.cases).flatMap((c) =>
    c.failed
      ? [[`Verify ${c.label}`, `FAILED: ${c.failed.status}`, '', '', '', '']]
      : [
          [`Verify ${c.label}, incl. ${d} ms debounce`, spread(c.withDebounce), ...taskCells(c.longTasks), '', ''],
          ['  the same, excl. debounce', spread(c.afterDebounce), '', '', '', ''],
        ],
  );
}

/** One row per JWE case: from the key pasted to the verdict "decrypted", with the long tasks meanwhile. */
function decryptRows(decrypt) {
  return Object.values(decrypt.cases).map((c) =>
    c.failed ? [`Decrypt ${c.label}`, `FAILED: ${c.failed.status}`, '', '', '', ''] : [`Decrypt ${c.label}, incl. ${decrypt.pauseMs} ms pause`, spread(c), ...taskCells(c.longTasks), '', ''],
  );
}

function reportRows(r) {
  const b = TIMING_BUDGETS;
  return [
    ...byteRows(r.firstView),
    ['Navigation → token input usable', spread(r.usable), ...taskCells(r.usable.longTasks), `≤ ${ms(b.usableMs)}`, okOrOver(r.usable.median, b.usableMs)],
    ['Navigation → first decode painted (typical token pasted when usable)', spread(r.firstDecode), ...taskCells(r.firstDecode.longTasks), `≤ ${ms(b.firstDecodeMs)}`, okOrOver(r.firstDecode.median, b.firstDecodeMs)],
    ['Open a /#token= link → decoded view painted', spread(r.linkDecode), ...taskCells(r.linkDecode.longTasks), `≤ ${ms(b.linkDecodeMs)}`, okOrOver(r.linkDecode.median, b.linkDecodeMs)],
    pasteRow(r.paste.typical, 'typical', { ms: b.typicalPasteMs }),
    [`Paste typical with Ctrl+V from the clipboard → painted`, spread(r.paste.keyboard), ...taskCells(r.paste.keyboard.longTasks), '', ''],
    pasteRow(r.paste.large, '200 KB', { ms: b.largePasteMs, longestTaskMs: b.largeLongestTaskMs }),
    pasteRow(r.paste.huge, '2 MB'),
    ...verifyRows(r.verify),
    [
      `Weak-secret search, whole list (${r.weakSecretSearch.listSize} secrets)`,
      spread(r.weakSecretSearch),
      ...taskCells(r.weakSecretSearch.longTasks),
      `≤ ${ms(b.weakSecretSearchMs)}`,
      okOrOver(r.weakSecretSearch.median, b.weakSecretSearchMs),
    ],
    ...decryptRows(r.decrypt),
  ];
}

function notes(r) {
  const lines = [];
  for (const route of r.firstView.routes) {
    lines.push(`First view ${route.route}: ${[...route.js.files, ...route.css.files].map((f) => `${f.url} ${kb(f.gzipBytes)}`).join(', ')}`);
  }
  const fd = r.firstDecode;
  lines.push(
    `First decode: in those page loads the input was usable after ${ms(fd.usableAt.median)}, and the first paste took ${ms(fd.pasteToRender.median)} more to paint (medians): a cold paste, before the JIT and the lazy chunks are warm.`,
  );
  for (const [label, p] of [['Typical', r.paste.typical], ['200 KB', r.paste.large], ['2 MB', r.paste.huge]]) {
    if (p.untilInDom) {
      lines.push(`${label} paste: ${ms(p.untilInDom.median)} until the DOM holds the result (JS), then style, layout and paint (medians).`);
    }
    if (p.timedOut) lines.push(`${label} paste: ${p.timedOut.message} (${p.timedOut.step}); the runs after it were not made.`);
  }
  lines.push(
    'Long tasks: from the paste (or the key, or navigation start) until the page is idle; "longest" is the longest in any run, the count the median per run.',
  );
  const v = r.verify;
  const d = v.debounceMs;
  lines.push(
    `Verify rows: from t0, the key pasted into the key field (a paste event, which the app takes over for a large key), to t1, the verdict's data-status "verified" in the DOM (before paint);`,
    `  the app waits ${d} ms after the last change to the key before it starts, so "excl. debounce" is t1 − t0 − ${d} ms, the verification itself.`,
  );
  const timed = Object.values(v.cases).filter((c) => c.afterDebounceTimer);
  if (timed.length > 0) {
    lines.push(`  Cross-check, t1 − the moment the ${d} ms debounce timer actually ran (medians): ${timed.map((c) => `${c.label} ${ms(c.afterDebounceTimer.median)}`).join('; ')}`);
  }
  for (const c of Object.values(v.cases).filter((c) => c.failed)) lines.push(`  FAILED: ${c.label}, at "${c.failed.step}": ${c.failed.status}: ${c.failed.message}`);
  const dec = r.decrypt;
  lines.push(
    `Decrypt rows: from the key put in the decryption field (emptied first) to the verdict's data-status "decrypted" with no check running; the field waits ${dec.pauseMs} ms after the last change,`,
    '  then the key is read and the token opened in a worker. The 1 MB row\'s longest task is the page\'s thread while the content is decrypted and shown (aim: none over 100 ms).',
  );
  for (const c of Object.values(dec.cases).filter((c) => c.failed)) lines.push(`  FAILED: ${c.label}, at "${c.failed.step}": ${c.failed.status}: ${c.failed.message}`);
  const weak = r.weakSecretSearch;
  lines.push(
    `Weak-secret search: a token signed with the list's last entry (${JSON.stringify(weak.secret)}), key field empty, from the paste until the warning is in the DOM;`,
    `  the first paste in a fresh page (verifier chunk loaded, worker started) took ${ms(weak.coldMs)} and is not in the figures.`,
  );
  const peers = PEERS.map(
    (p) => `${p.name}: first-view JS ${p.firstViewJsGzipKb} KB, usable ${ms(p.usableMs)}, typical paste ${ms(p.typicalPasteMs)}, 200 KB paste ${ms(p.largePasteMs)} (longest task ${ms(p.largeLongestTaskMs)})`,
  );
  lines.push(`Peers, measured the same way on the same machine class: ${peers.join('; ')}.`);
  return lines.join('\n');
}

function printReport(r) {
  console.log(`\nToken Lens benchmark · Chromium ${r.chromium} · Node ${r.node} · ${r.runs} runs each, medians\n`);
  console.log(formatTable(HEADERS, reportRows(r)));
  console.log(`\n${notes(r)}\n`);
}

// ---------------------------------------------------------------- main

/** Timings to 0.1 ms in the JSON (the clock is not finer than that in a page); byte counts are whole. */
function roundNumbers(value) {
  if (typeof value === 'number') return Number.isInteger(value) ? value : Math.round(value * 10) / 10;
  if (Array.isArray(value)) return value.map(roundNumbers);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundNumbers(v)]));
  return value;
}

/** Progress on stderr, so a long run shows where it is without mixing into the report. */
const progress = (what) => process.stderr.write(`bench: ${what}…\n`);

async function measureInBrowser(launchBrowser, url, options) {
  const browser = await launchBrowser();
  progress('time to a usable input');
  const usable = await measureTimeToUsableInput(browser, url, options.runs);
  progress('time to the first decode');
  const firstDecode = await measureTimeToFirstDecode(browser, url, options.runs);
  progress('time to a linked token decoded');
  const linkDecode = await measureLinkDecode(browser, url, options.runs);

  const { context, page } = await openAppReadyForPaste(browser, url);
  let profile = null;
  let typical;
  let keyboard;
  let large;
  try {
    progress('typical and 200 KB pastes');
    typical = await measurePasteToRender(page, 'typical', options.runs);
    keyboard = await measureKeyboardPaste(context, page, options.runs);
    large = await measurePasteToRender(page, 'large', options.runs);
    if (options.profile) {
      const typicalProfile = await profilePastesOf(browser, page, 'typical', { name: 'typical', label: 'typical', count: 5 });
      const largeProfile = await profilePastesOf(browser, page, 'large', { name: '200kb', label: '200 KB', count: 3 });
      profile = { summary: { typical: typicalProfile.summary, large: largeProfile.summary }, text: `${typicalProfile.text}\n\n${largeProfile.text}` };
    }
  } finally {
    await closeContext(context);
  }

  const openApp = (initScripts) => openAppReadyForPaste(browser, url, initScripts);
  progress('verification (the 10,000-key JWK Set takes a while to make)');
  const verify = await measureVerification(openApp, ROOT, options.runs);
  progress('the well-known-secret search');
  const weakSecretSearch = await measureWeakSecretSearch(openApp, ROOT, options.runs);
  progress('decryption (a 2048-bit RSA key and a 1 MB JWE are made first)');
  const decrypt = await measureDecryption(openApp, ROOT, options.runs);

  // Last, and in a browser of its own: a 2 MB paste can keep a page busy for seconds, and a
  // browser that hung on closing such a page once would spoil everything measured after it.
  progress('2 MB pastes');
  const hugeBrowser = await launchBrowser();
  let huge;
  try {
    const { page } = await openAppReadyForPaste(hugeBrowser, url);
    huge = await measurePasteToRender(page, 'huge', options.runs, 'large');
  } finally {
    await within(30_000, 'closing the browser', hugeBrowser.close()).catch(() => {});
  }
  return { usable, firstDecode, linkDecode, paste: { typical, keyboard, large, huge }, verify, weakSecretSearch, decrypt, profile };
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  if (!existsSync(join(DIST, 'index.html'))) throw new UsageError(`${relative(process.cwd(), DIST) || 'dist'}/index.html not found: run npm run build first`);

  const budgets = firstViewBudgets(await loadViews());
  const { check: budgetCheck, allJs } = checkFirstViewBudgetsApart(DIST, budgets);
  const firstView = { routes: budgetCheck.routes, allJs };

  // With none found, Playwright launches its own build, or says how to install it.
  const executablePath = findLocalChromium()?.path;

  let server;
  let browser;
  let measured;
  try {
    // Every measured page load starts from an empty cache anyway; no-store keeps it that way.
    server = await startStaticServer({ root: DIST, cacheControl: 'no-store' });
    const launchBrowser = async () => {
      const launched = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
      browser ??= launched;
      return launched;
    };
    measured = await measureInBrowser(launchBrowser, `${server.url}/`, options);
    measured.chromium = browser.version();
  } finally {
    await browser?.close().catch(() => {});
    await server?.close();
  }

  const { usable, firstDecode, linkDecode, paste, verify, weakSecretSearch, decrypt, profile } = measured;
  const verifyFailures = Object.values(verify.cases).filter((c) => c.failed);
  const decryptFailures = Object.values(decrypt.cases).filter((c) => c.failed);
  const b = TIMING_BUDGETS;
  const results = roundNumbers({
    date: new Date().toISOString(),
    chromium: measured.chromium,
    node: process.versions.node,
    runs: options.runs,
    budgets: { firstView: budgets, timing: TIMING_BUDGETS },
    firstView,
    usable,
    firstDecode,
    linkDecode,
    paste,
    verify,
    weakSecretSearch,
    decrypt,
    ok: {
      firstView: budgetCheck.ok,
      usable: usable.median <= b.usableMs,
      firstDecode: firstDecode.median <= b.firstDecodeMs,
      linkDecode: linkDecode.median <= b.linkDecodeMs,
      typicalPaste: !paste.typical.timedOut && paste.typical.median <= b.typicalPasteMs,
      largePaste: !paste.large.timedOut && paste.large.median <= b.largePasteMs,
      largeLongestTask: !paste.large.timedOut && paste.large.longTasks.longestMs <= b.largeLongestTaskMs,
      weakSecretSearch: weakSecretSearch.median <= b.weakSecretSearchMs,
      verified: verifyFailures.length === 0,
      decrypted: decryptFailures.length === 0,
    },
    peers: PEERS,
    ...(profile && { profile: profile.summary }),
  });
  printReport(results);
  if (profile) console.log(`${profile.text}\n`);

  await mkdir(dirname(RESULTS_FILE), { recursive: true });
  await writeFile(RESULTS_FILE, JSON.stringify(results, null, 2) + '\n');
  console.log(`Results written to ${relative(process.cwd(), RESULTS_FILE)}`);

  if (verifyFailures.length > 0) {
    console.error(`Verification failed for: ${verifyFailures.map((c) => c.label).join('; ')} (see above).`);
    process.exitCode = 1;
  }
  if (decryptFailures.length > 0) {
    console.error(`Decryption failed for: ${decryptFailures.map((c) => c.label).join('; ')} (see above).`);
    process.exitCode = 1;
  }
  if (options.checkBudgets && !budgetCheck.ok) {
    console.error(`First-view budget exceeded:\n  ${budgetCheck.failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error instanceof UsageError || error instanceof ChromiumError ? `bench: ${error.message}` : error);
  process.exitCode = 1;
});
