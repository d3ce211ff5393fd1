// A rough answer to "where does a paste spend its time", in two passes so that
// neither distorts the other:
// - a sampled V8 CPU profile, with minified frames mapped back to the app's sources
//   through the build's source maps (which JS functions cost most);
// - a Chromium trace of the renderer's main thread (how much is style, layout, paint:
//   work with no JS frame, which the CPU profile lumps together as "(program)").
// Only the pastes are recorded; clearing the input between them is not.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { basename, join } from 'node:path';

const SAMPLING_INTERVAL_US = 100;
const TOP = 12;
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];

// Trace event names as the DevTools Performance panel labels them.
const TRACE_LABELS = {
  UpdateLayoutTree: 'Recalculate style',
  Layout: 'Layout',
  PrePaint: 'Pre-paint',
  Paint: 'Paint',
  Layerize: 'Layerize',
  Commit: 'Commit',
  FunctionCall: 'JS: function call',
  EventDispatch: 'JS: event dispatch',
  FireAnimationFrame: 'JS: animation frame callback',
  TimerFire: 'JS: timer',
  RunMicrotasks: 'JS: microtasks',
  v8_execute: 'JS: execute',
  MinorGC: 'GC (minor)',
  MajorGC: 'GC (major)',
  RunTask: 'Task overhead (not attributed)',
};

const round1 = (n) => Math.round(n * 10) / 10;

function addTo(map, key, value) {
  map.set(key, (map.get(key) ?? 0) + value);
}

const top = (map, keep = () => true) =>
  [...map]
    .filter(([name]) => keep(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([name, ms]) => ({ name, ms: round1(ms) }));

// ------------------------------------------------------------ CPU profile

/** Source maps of the built assets, loaded on first use. */
function sourceMapLookup(distDir) {
  const maps = new Map();
  return (url) => {
    const file = join(distDir, 'assets', basename(new URL(url).pathname));
    if (!maps.has(file)) {
      const mapFile = `${file}.map`;
      maps.set(file, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null);
    }
    return maps.get(file);
  };
}

/** The function name written at the original position: the bundle's names are minified. */
function originalName(sourceMap, entry, fallback) {
  const index = sourceMap.payload.sources.indexOf(entry.originalSource);
  const line = sourceMap.payload.sourcesContent?.[index]?.split('\n')[entry.originalLine] ?? '';
  const declared =
    /(?:function\*?\s+|(?:const|let|var)\s+)([\w$]+)/.exec(line) ??
    /([\w$]+)\s*(?:[:=]\s*(?:async\s*)?(?:function\b|\([^)]*\)\s*=>)|\()/.exec(line.slice(entry.originalColumn));
  return entry.name ?? declared?.[1] ?? (fallback || '(anonymous)');
}

/** "name (src/file.ts:line)" for a profile frame, mapped to the original source when possible. */
function describeFrame(callFrame, lookup) {
  const { functionName, url, lineNumber, columnNumber } = callFrame;
  if (!url) return functionName || '(anonymous)';
  const sourceMap = url.includes('/assets/') ? lookup(url) : null;
  const entry = sourceMap?.findEntry(lineNumber, columnNumber);
  if (!entry?.originalSource) return `${functionName || '(anonymous)'} (${basename(url)}:${lineNumber + 1})`;
  const source = entry.originalSource.replace(/^(\.\.\/)+/, '');
  return `${originalName(sourceMap, entry, functionName)} (${source}:${entry.originalLine + 1})`;
}

/** Adds one profile's self and total (self + callees) time per function, in ms. */
function addProfileTimes(profile, lookup, self, total) {
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const names = new Map(profile.nodes.map((node) => [node.id, describeFrame(node.callFrame, lookup)]));
  const selfUs = new Map();
  profile.samples.forEach((id, i) => addTo(selfUs, id, profile.timeDeltas[i + 1] ?? SAMPLING_INTERVAL_US));

  for (const [id, us] of selfUs) {
    addTo(self, names.get(id), us / 1000);
    // Each function counts once per stack, so recursion does not inflate its total.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = names.get(at);
      if (name === '(root)' || seen.has(name)) continue;
      seen.add(name);
      addTo(total, name, us / 1000);
    }
  }
}

/** Self time per original source file: app modules, React, or the engine itself. */
function timePerSource(self) {
  const bySource = new Map();
  for (const [name, ms] of self) addTo(bySource, /\(([^()]+?)(?::\d+)?\)$/.exec(name)?.[1] ?? name, ms);
  return bySource;
}

async function cpuProfilePastes(page, distDir, { paste, clear }, count, firstRun) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  const lookup = sourceMapLookup(distDir);
  const self = new Map();
  const total = new Map();
  const pasteMs = [];
  let firstProfile = null;
  for (let run = 0; run < count; run++) {
    await cdp.send('Profiler.start');
    pasteMs.push((await paste(firstRun + run)).ms);
    const { profile } = await cdp.send('Profiler.stop');
    await clear();
    firstProfile ??= profile;
    addProfileTimes(profile, lookup, self, total);
  }
  await cdp.detach();
  return { self, total, pasteMs, firstProfile };
}

// ------------------------------------------------------------ trace

/** The renderer main thread that did the most work: the page under test. */
function busiestRendererMain(events) {
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const busy = new Map();
  for (const e of events) if (e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`)) addTo(busy, `${e.pid}:${e.tid}`, e.dur ?? 0);
  return [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Adds self time per trace event name on the page's main thread; returns the largest layout. */
function addTraceTimes(trace, selfByName) {
  const events = trace.traceEvents ?? trace;
  const thread = busiestRendererMain(events);
  const slices = events
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let largestLayout = { ms: 0, objects: 0 };
  const stack = [];
  const close = (slice) => addTo(selfByName, slice.name, (slice.dur - slice.childUs) / 1000);
  for (const e of slices) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) close(stack.pop());
    if (stack.length) stack.at(-1).childUs += e.dur;
    stack.push({ name: e.name, ts: e.ts, dur: e.dur, childUs: 0 });
    if (e.name === 'Layout' && e.dur / 1000 > largestLayout.ms) largestLayout = { ms: round1(e.dur / 1000), objects: e.args?.beginData?.totalObjects ?? 0 };
  }
  while (stack.length) close(stack.pop());
  return largestLayout;
}

async function tracePastes(browser, page, { paste, clear }, count, firstRun) {
  const selfByName = new Map();
  const pasteMs = [];
  let largestLayout = { ms: 0, objects: 0 };
  for (let run = 0; run < count; run++) {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    pasteMs.push((await paste(firstRun + run)).ms);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    await clear();
    const layout = addTraceTimes(trace, selfByName);
    if (layout.ms > largestLayout.ms) largestLayout = layout;
  }
  const labelled = new Map();
  for (const [name, ms] of selfByName) addTo(labelled, TRACE_LABELS[name] ?? name, ms);
  return { phases: labelled, pasteMs, largestLayout };
}

// ------------------------------------------------------------ report

/**
 * Profiles `count` pastes done by `paste(run)` (with `clear()` after each, unrecorded)
 * and summarises where the main thread went. The first CPU profile is saved next to the
 * results as `paste-<name>.cpuprofile`, for DevTools' Performance panel.
 */
export async function profilePastes(browser, page, distDir, steps, { name, label, count = 3 }) {
  const cpu = await cpuProfilePastes(page, distDir, steps, count, 0);
  const trace = await tracePastes(browser, page, steps, count, count);

  const resultsDir = join(distDir, '..', 'bench-results');
  await mkdir(resultsDir, { recursive: true });
  const file = `bench-results/paste-${name}.cpuprofile`;
  await writeFile(join(resultsDir, basename(file)), JSON.stringify(cpu.firstProfile));

  const notIdle = (name) => name !== '(idle)';
  const summary = {
    pastes: count,
    traced: {
      pasteMs: trace.pasteMs.map(round1),
      mainThreadSelfTime: top(trace.phases),
      largestLayout: trace.largestLayout,
    },
    profiled: {
      pasteMs: cpu.pasteMs.map(round1),
      selfTime: top(cpu.self, notIdle),
      bySource: top(timePerSource(cpu.self), notIdle),
      appFunctionsTotalTime: top(cpu.total, (name) => name.includes('(src/')),
    },
    file,
  };
  const list = (rows) => rows.map((row) => `  ${row.ms.toFixed(1).padStart(8)} ms  ${row.name}`).join('\n');
  const text = [
    `Where ${count} × ${label} pastes spend the main thread (sums over all pastes):`,
    `Trace (pastes took ${summary.traced.pasteMs.join(', ')} ms), self time by kind of work:`,
    list(summary.traced.mainThreadSelfTime),
    `  largest single layout: ${trace.largestLayout.ms} ms over ${trace.largestLayout.objects} layout objects`,
    `CPU profile (pastes took ${summary.profiled.pasteMs.join(', ')} ms; "(program)" is native work such as layout), self time by function:`,
    list(summary.profiled.selfTime),
    'Self time by source file:',
    list(summary.profiled.bySource),
    'App functions by total time (including what they call):',
    list(summary.profiled.appFunctionsTotalTime),
    `First CPU profile saved to ${summary.file}`,
  ].join('\n');
  return { summary, text };
}
