// Performance benchmark for the built app (dist/): first-view download size, time until
// the token input is usable, how long a pasted token takes to render, how long a pasted
// key takes to verify (HS256, RS256, ES256, EdDSA, a 50-key JWK Set) and how long the
// well-known-secret search takes over its whole list.
//
//   node scripts/bench.mjs [--runs N] [--check-budgets] [--profile]
//
// --profile adds a rough breakdown of where a 200 KB paste spends the main thread.
//
// Sizes are deterministic; timings depend on the machine and are only reported, so
// --check-budgets fails the run (exit code 1) on the first-view JS or CSS budget alone.
// A key that does not verify is a broken measurement, not a slow one: it is reported
// and the run exits with code 1.
// Results are printed and written to bench-results/latest.json.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FIRST_VIEW_BUDGETS, KB, TIMING_BUDGETS } from './bench/budgets.mjs';
import { checkFirstViewBudgets, measureAllJs } from './bench/first-view.mjs';
import { clearTokenInput, installPageProbes, longestTaskBetween, pasteAndTimeRender, waitUntilIdle } from './bench/page-probes.mjs';
import { profilePastes } from './bench/profile.mjs';
import { summarise } from './bench/stats.mjs';
import { largeToken, typicalToken } from './bench/tokens.mjs';
import { measureVerification, measureWeakSecretSearch } from './bench/verify.mjs';
import { startStaticServer } from './static-server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const RESULTS_FILE = join(ROOT, 'bench-results', 'latest.json');

const INPUT_READY = '[data-testid="token-input"]:not([disabled])';
const PAYLOAD = '[data-testid="payload-json"]';
const PASTE_TIMEOUT_MS = 30_000;

const BUDGETS = {
  firstViewJsGzipBytes: FIRST_VIEW_BUDGETS[0].jsGzipBytes,
  firstViewCssGzipBytes: FIRST_VIEW_BUDGETS[0].cssGzipBytes,
  ...TIMING_BUDGETS,
};

// The same figures for two popular decoders, measured in Chromium on this machine class.
const PEERS = [
  { name: 'jwt.io', firstViewJsGzipKb: 426, usableMs: 1800, typicalPasteMs: 57, largePasteMs: 3600, largeLongestTaskMs: 2000 },
  { name: 'it-tools', firstViewJsGzipKb: 327, usableMs: 2500, typicalPasteMs: 12.7, largePasteMs: 354, largeLongestTaskMs: 223 },
];

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

class UsageError extends Error {}

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

/** CHROMIUM_PATH, else Debian's Chromium, else the browser Playwright manages. */
function chromiumExecutable() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

const round1 = (n) => Math.round(n * 10) / 10;

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

/**
 * Navigation start to the token input existing and enabled, per run in a fresh context.
 * The page's own probe records the moment; waitForSelector only tells us it happened.
 */
async function measureTimeToUsableInput(browser, url, runs) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const { context, page } = await openFreshPage(browser);
    try {
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForSelector(INPUT_READY, { timeout: PASTE_TIMEOUT_MS });
      samples.push(await page.evaluate(() => window.__bench.usableAt ?? performance.now()));
    } finally {
      await context.close();
    }
  }
  return summarise(samples);
}

/**
 * One paste: time to the rendered frame, the part of it spent before the DOM held the
 * result (the app's JS), and the longest task from the paste until the page is idle.
 */
async function pasteOnce(page, token, marker) {
  const { t0, shownAt, t1 } = await page.evaluate(pasteAndTimeRender, { token, marker, timeoutMs: PASTE_TIMEOUT_MS });
  const idleAt = await page.evaluate(waitUntilIdle);
  const longestTaskMs = await page.evaluate(longestTaskBetween, { start: t0, end: idleAt });
  return { ms: t1 - t0, inDomMs: shownAt - t0, longestTaskMs };
}

/** Back to the empty page before the next paste, so every paste renders from scratch. */
async function clearInput(page) {
  await page.evaluate(clearTokenInput);
  await page.waitForSelector(PAYLOAD, { state: 'detached', timeout: PASTE_TIMEOUT_MS });
  await page.evaluate(waitUntilIdle);
}

/** A jti unique to one paste, so each run must decode and render from scratch. */
const freshJti = (kind, run) => `bench-${kind}-${run}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Paste-to-render for one kind of token: a warm-up paste first (so the JIT and the
 * lazily loaded explanations are in place), then `runs` measured pastes.
 */
async function measurePasteToRender(page, kind, makeToken, runs) {
  const warmUpJti = freshJti(kind, 'warmup');
  await pasteOnce(page, makeToken(warmUpJti), warmUpJti);
  await clearInput(page);
  const times = [];
  const inDomTimes = [];
  const longestTasks = [];
  let tokenLength = 0;
  for (let run = 0; run < runs; run++) {
    const jti = freshJti(kind, run);
    const token = makeToken(jti);
    tokenLength = token.length;
    const { ms, inDomMs, longestTaskMs } = await pasteOnce(page, token, jti);
    await clearInput(page);
    times.push(ms);
    inDomTimes.push(inDomMs);
    longestTasks.push(longestTaskMs);
  }
  return {
    tokenLength,
    ...summarise(times),
    untilInDom: summarise(inDomTimes),
    longestTaskPerRunMs: longestTasks,
    longestTaskMs: Math.max(...longestTasks),
  };
}

/** Where the main thread goes during pastes of one kind of token (see bench/profile.mjs). */
function profilePastesOf(browser, page, kind, makeToken, options) {
  const steps = {
    paste: (run) => {
      const jti = freshJti(`profile-${kind}`, run);
      return pasteOnce(page, makeToken(jti), jti);
    },
    clear: () => clearInput(page),
  };
  return profilePastes(browser, page, DIST, steps, options);
}

async function openAppReadyForPaste(browser, url, initScripts = []) {
  const session = await openFreshPage(browser, initScripts);
  await session.page.goto(url, { waitUntil: 'networkidle' });
  await session.page.waitForSelector(INPUT_READY, { timeout: PASTE_TIMEOUT_MS });
  return session;
}

// ---------------------------------------------------------------- reporting

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (value) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`);
const spread = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;

function formatTable(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

function budgetRows(r) {
  const check = (value, budget) => (value <= budget ? 'ok' : 'OVER');
  return [
    ['First-view JS (gzip)', kb(r.bytes.js.gzipBytes), `≤ ${kb(BUDGETS.firstViewJsGzipBytes)}`, check(r.bytes.js.gzipBytes, BUDGETS.firstViewJsGzipBytes)],
    ['First-view CSS (gzip)', kb(r.bytes.css.gzipBytes), `≤ ${kb(BUDGETS.firstViewCssGzipBytes)}`, check(r.bytes.css.gzipBytes, BUDGETS.firstViewCssGzipBytes)],
    ['All JS in dist/assets (gzip)', kb(r.bytes.allJs.gzipBytes), '(info)', ''],
    ['Time to usable input (fresh context)', spread(r.usable), `≤ ${ms(BUDGETS.usableMs)}`, check(r.usable.median, BUDGETS.usableMs)],
    [`Typical paste (${r.paste.typical.tokenLength} chars)`, spread(r.paste.typical), `≤ ${ms(BUDGETS.typicalPasteMs)}`, check(r.paste.typical.median, BUDGETS.typicalPasteMs)],
    [`200 KB paste (${r.paste.large.tokenLength} chars)`, spread(r.paste.large), `≤ ${ms(BUDGETS.largePasteMs)}`, check(r.paste.large.median, BUDGETS.largePasteMs)],
    ['Longest task, typical paste', ms(r.paste.typical.longestTaskMs), '(info)', ''],
    ['Longest task, 200 KB paste (max)', ms(r.paste.large.longestTaskMs), `≤ ${ms(BUDGETS.largeLongestTaskMs)}`, check(r.paste.large.longestTaskMs, BUDGETS.largeLongestTaskMs)],
    ...verifyRows(r.verify),
    [
      `Weak-secret search, whole list (${r.weakSecretSearch.listSize} secrets)`,
      spread(r.weakSecretSearch),
      `≤ ${ms(BUDGETS.weakSecretSearchMs)}`,
      check(r.weakSecretSearch.median, BUDGETS.weakSecretSearchMs),
    ],
  ];
}

/** Two info rows per kind of key: with the key debounce, and without it. */
function verifyRows(verify) {
  const d = verify.debounceMs;
  return Object.values(verify.cases).flatMap((c) =>
    c.failed
      ? [[`Verify ${c.label}`, `FAILED: ${c.failed.status}`, '(info)', '']]
      : [
          [`Verify ${c.label}: key pasted → verified, incl. ${d} ms debounce`, spread(c.withDebounce), '(info)', ''],
          [`Verify ${c.label}: excl. debounce (t1 − t0 − ${d} ms)`, spread(c.afterDebounce), '(info)', ''],
        ],
  );
}

function verifyNotes(verify, weak) {
  const d = verify.debounceMs;
  const cases = Object.values(verify.cases);
  const lines = [
    `Verify rows: t0 = the key is set in the key field (native setter + input event), t1 = the verdict's data-status turns "verified" in the DOM (before paint).`,
    `  "incl. debounce" is t1 − t0: the app waits ${d} ms after the last change to the key before it starts; "excl. debounce" is t1 − t0 − ${d} ms, the verification itself.`,
  ];
  const timed = cases.filter((c) => c.afterDebounceTimer);
  if (timed.length > 0) {
    lines.push(`  Cross-check, t1 − the moment the ${d} ms debounce timer actually ran (medians): ${timed.map((c) => `${c.label} ${ms(c.afterDebounceTimer.median)}`).join('; ')}`);
  }
  for (const c of cases.filter((c) => c.failed)) lines.push(`  FAILED: ${c.label}, at "${c.failed.step}": ${c.failed.status}: ${c.failed.message}`);
  lines.push(
    `Weak-secret search: a token signed with the list's last entry (${JSON.stringify(weak.secret)}), key field empty, from the paste until the warning is in the DOM;`,
    `  the first paste in a fresh page (verifier chunk loaded, worker started) took ${ms(weak.coldMs)} and is not in the figures.`,
  );
  return lines.join('\n');
}

function peerRows(r) {
  const ours = {
    name: 'Token Lens (this run)',
    firstViewJsGzipKb: r.bytes.js.gzipBytes / KB,
    usableMs: r.usable.median,
    typicalPasteMs: r.paste.typical.median,
    largePasteMs: r.paste.large.median,
    largeLongestTaskMs: r.paste.large.longestTaskMs,
  };
  return [ours, ...PEERS].map((p) => [p.name, `${p.firstViewJsGzipKb.toFixed(0)} KB`, ms(p.usableMs), ms(p.typicalPasteMs), ms(p.largePasteMs), ms(p.largeLongestTaskMs)]);
}

function printReport(r, runs) {
  console.log(`\nToken Lens benchmark · Chromium ${r.chromium} · Node ${r.node} · ${runs} runs each\n`);
  console.log(formatTable(['metric', 'value: median (min–max)', 'budget', 'ok?'], budgetRows(r)));
  console.log('');
  for (const [label, p] of [['Typical paste', r.paste.typical], ['200 KB paste', r.paste.large]]) {
    const rest = p.median - p.untilInDom.median;
    console.log(`${label}: ${ms(p.untilInDom.median)} until the DOM holds the result (JS), ${ms(Math.max(0, rest))} more for style, layout and paint (medians)`);
  }
  console.log('Longest task per 200 KB paste: ' + r.paste.large.longestTaskPerRunMs.map((v) => ms(v)).join(', ') + ' (0 = none over 50 ms)');
  console.log('First view: ' + [...r.bytes.js.files, ...r.bytes.css.files].map((f) => `${f.url} ${kb(f.gzipBytes)}`).join(', '));
  console.log(verifyNotes(r.verify, r.weakSecretSearch));
  console.log('\nPeers (same machine class, Chromium):\n');
  console.log(formatTable(['app', 'first-view JS', 'usable', 'typical paste', '200 KB paste', 'longest task (200 KB)'], peerRows(r)));
  console.log('');
}

// ---------------------------------------------------------------- main

async function main() {
  const options = readOptions(process.argv.slice(2));
  if (!existsSync(join(DIST, 'index.html'))) throw new UsageError(`${relative(process.cwd(), DIST) || 'dist'}/index.html not found: run npm run build first`);

  const firstView = checkFirstViewBudgets(DIST, FIRST_VIEW_BUDGETS);
  const decoderView = firstView.routes[0];
  const bytes = { js: decoderView.js, css: decoderView.css, allJs: measureAllJs(DIST) };
  const firstViewOk = decoderView.ok;

  let server;
  let browser;
  let verifyFailures;
  try {
    // Every measured page load starts from an empty cache anyway; no-store keeps it that way.
    server = await startStaticServer({ root: DIST, cacheControl: 'no-store' });
    const url = `${server.url}/`;
    browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });

    const usable = await measureTimeToUsableInput(browser, url, options.runs);
    const { context, page } = await openAppReadyForPaste(browser, url);
    const typical = await measurePasteToRender(page, 'typical', (jti) => typicalToken(jti), options.runs);
    const large = await measurePasteToRender(page, 'large', (jti) => largeToken(jti), options.runs);
    const profiles = options.profile
      ? {
          typical: await profilePastesOf(browser, page, 'typical', typicalToken, { name: 'typical', label: 'typical', count: 5 }),
          large: await profilePastesOf(browser, page, 'large', largeToken, { name: '200kb', label: '200 KB', count: 3 }),
        }
      : null;
    await context.close();

    const openApp = (initScripts) => openAppReadyForPaste(browser, url, initScripts);
    const verify = await measureVerification(openApp, ROOT, options.runs);
    const weakSecretSearch = await measureWeakSecretSearch(openApp, ROOT, options.runs);
    verifyFailures = Object.values(verify.cases).filter((c) => c.failed);

    const results = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      node: process.versions.node,
      runs: options.runs,
      budgets: BUDGETS,
      bytes,
      usable,
      paste: { typical, large },
      verify,
      weakSecretSearch,
      ok: {
        firstViewJs: firstViewOk.js,
        firstViewCss: firstViewOk.css,
        usable: usable.median <= BUDGETS.usableMs,
        typicalPaste: typical.median <= BUDGETS.typicalPasteMs,
        largePaste: large.median <= BUDGETS.largePasteMs,
        largeLongestTask: large.longestTaskMs <= BUDGETS.largeLongestTaskMs,
        weakSecretSearch: weakSecretSearch.median <= BUDGETS.weakSecretSearchMs,
        verified: verifyFailures.length === 0,
      },
      peers: PEERS,
      ...(profiles && { profile: { typical: profiles.typical.summary, large: profiles.large.summary } }),
    };
    roundTimings(results);
    printReport(results, options.runs);
    if (profiles) console.log(`${profiles.typical.text}\n\n${profiles.large.text}\n`);

    await mkdir(dirname(RESULTS_FILE), { recursive: true });
    await writeFile(RESULTS_FILE, JSON.stringify(results, null, 2) + '\n');
    console.log(`Results written to ${relative(process.cwd(), RESULTS_FILE)}`);
  } finally {
    await browser?.close().catch(() => {});
    await server?.close();
  }

  if (verifyFailures.length > 0) {
    console.error(`Verification failed for: ${verifyFailures.map((c) => c.label).join('; ')} (see above).`);
    process.exitCode = 1;
  }
  if (options.checkBudgets && !(firstViewOk.js && firstViewOk.css)) {
    console.error(`First-view budget exceeded: ${firstViewOk.js ? '' : 'JS '}${firstViewOk.css ? '' : 'CSS '}(see the table).`);
    process.exitCode = 1;
  }
}

/** Timings to 0.1 ms in the JSON: the clock is not finer than that in a page. */
function roundTimings(results) {
  const { typical, large } = results.paste;
  const verifySummaries = Object.values(results.verify.cases).flatMap((c) => [c.withDebounce, c.afterDebounce, c.afterDebounceTimer].filter(Boolean));
  const weak = results.weakSecretSearch;
  if (weak.coldMs !== null) weak.coldMs = round1(weak.coldMs);
  for (const s of [results.usable, typical, typical.untilInDom, large, large.untilInDom, ...verifySummaries, weak]) {
    for (const key of ['median', 'min', 'max', 'longestTaskMs']) if (key in s) s[key] = round1(s[key]);
    s.samples = s.samples.map(round1);
    if (s.longestTaskPerRunMs) s.longestTaskPerRunMs = s.longestTaskPerRunMs.map(round1);
  }
}

main().catch((error) => {
  console.error(error instanceof UsageError ? `bench: ${error.message}` : error);
  process.exitCode = 1;
});
