// What the browser must download before a route's content shows, computed from the built
// files alone: the module script, modulepreloads and stylesheets the route's HTML names,
// every module those scripts import statically, and for a view that is its own chunk
// (loaded with a dynamic import) that chunk, its static imports and the styles and
// scripts Vite preloads with it. Other dynamic imports (the verifier, the explanations)
// load after the first view and are not counted.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parseSync } from 'vite';
import { gzipSize } from './first-view-check.mjs';

function attributes(tag) {
  const attrs = {};
  for (const match of tag.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return attrs;
}

/** The files an HTML page references for its first view, by kind; `entries` are the module scripts. */
export function firstViewReferences(html) {
  const entries = [];
  const preloads = [];
  const css = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attrs = attributes(tag.replace(/^<\w+|\/?>$/g, ''));
    const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (/^<script/i.test(tag) && attrs.type === 'module' && attrs.src) entries.push(attrs.src);
    else if (rels.includes('modulepreload') && attrs.href) preloads.push(attrs.href);
    else if (rels.includes('stylesheet') && attrs.href) css.push(attrs.href);
  }
  return { entries: [...new Set(entries)], js: [...new Set([...entries, ...preloads])], css: [...new Set(css)] };
}

/**
 * The file behind a URL path from the HTML. The build may use a base path
 * ("/token-lens/assets/…"), so leading segments are dropped until a file matches.
 */
function fileForUrl(distDir, url) {
  const segments = new URL(url, 'http://localhost/').pathname.split('/').filter(Boolean);
  for (let i = 0; i < segments.length; i++) {
    const candidate = join(distDir, ...segments.slice(i));
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`the HTML references ${url}, which is not in ${distDir}`);
}

const unquote = (text) => text.trim().replace(/^[`'"]|[`'"]$/g, '');

/** Vite's list of files to preload with dynamic imports: `m.f=["assets/a.js", …]`. */
function preloadList(source) {
  const list = /__vite__mapDeps\s*=[\s\S]*?\bm\.f\s*=\s*(\[[^\]]*\])/.exec(source)?.[1];
  return list ? JSON.parse(list) : [];
}

/**
 * A built chunk's imports: `static` are the specifiers of its import and export-from
 * statements; `dynamic` the string specifiers of its import() calls, each with the files
 * Vite preloads alongside (`__vite__mapDeps([i, …])` right after the call, as paths below
 * the base). Parsed, not searched, so a specifier inside a string or comment never counts.
 */
export function chunkImports(file, source) {
  const { module, errors } = parseSync(file, source, { sourceType: 'module' });
  if (errors.length > 0) throw new Error(`cannot parse ${file}: ${errors[0].message}`);
  const staticSpecifiers = [
    ...module.staticImports.map((i) => i.moduleRequest.value),
    ...module.staticExports.flatMap((e) => e.entries.map((entry) => entry.moduleRequest?.value).filter(Boolean)),
  ];
  const preloads = preloadList(source);
  const dynamic = [];
  for (const { moduleRequest } of module.dynamicImports) {
    const text = source.slice(moduleRequest.start, moduleRequest.end);
    if (!/^\s*([`'"])[^`'"$]*\1\s*$/.test(text)) continue; // a computed specifier names no file here
    const deps = /^\s*\)\s*\)?\s*,\s*__vite__mapDeps\(\s*\[([\d,\s]*)\]\s*\)/.exec(source.slice(moduleRequest.end))?.[1];
    const indexes = deps ? deps.split(',').filter((s) => s.trim() !== '').map(Number) : [];
    dynamic.push({ specifier: unquote(text), preloads: indexes.map((i) => preloads[i]).filter(Boolean) });
  }
  return { static: [...new Set(staticSpecifiers)], dynamic };
}

const isRelative = (specifier) => specifier.startsWith('./') || specifier.startsWith('../');

function resolveSpecifier(distDir, fromFile, specifier) {
  if (isRelative(specifier)) return join(dirname(fromFile), specifier);
  return fileForUrl(distDir, specifier);
}

/** `files` and every chunk they import statically, transitively (bare specifiers are not files). */
function staticClosure(distDir, files) {
  const seen = new Set();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`${relative(distDir, file)} is imported but not in ${distDir}`);
    seen.add(file);
    if (!file.endsWith('.js') && !file.endsWith('.mjs')) continue;
    for (const specifier of chunkImports(file, readFileSync(file, 'utf8')).static) {
      if (isRelative(specifier) || specifier.startsWith('/')) queue.push(resolveSpecifier(distDir, file, specifier));
    }
  }
  return [...seen];
}

/** The source files a chunk holds, from its source map (`chunk.js.map`), with forward slashes. */
function chunkSources(file) {
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return [];
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  return (map.sources ?? []).map((source) => `/${source.replace(/\\/g, '/')}`);
}

/**
 * The chunk that holds a view: of the chunks the entry scripts load with import(), the
 * one with the most source files under `feature` (a folder such as "src/features/timestamp/").
 */
function lazyChunkFor(distDir, entryFiles, feature) {
  const folder = `/${feature.replace(/^\/+/, '')}`;
  let best = null;
  for (const entry of entryFiles) {
    for (const dynamic of chunkImports(entry, readFileSync(entry, 'utf8')).dynamic) {
      if (!isRelative(dynamic.specifier) && !dynamic.specifier.startsWith('/')) continue;
      const file = resolveSpecifier(distDir, entry, dynamic.specifier);
      const count = chunkSources(file).filter((source) => source.includes(folder)).length;
      if (count > 0 && (!best || count > best.count)) best = { file, count, preloads: dynamic.preloads };
    }
  }
  if (!best) throw new Error(`no chunk loaded with import() from the entry holds ${feature} (source maps needed: build.sourcemap)`);
  return best;
}

const toUrl = (distDir, file) => `/${relative(distDir, file).split(sep).join('/')}`;

function measureFiles(distDir, files) {
  const measured = files.map((file) => {
    const bytes = readFileSync(file);
    return { url: toUrl(distDir, file), bytes: bytes.length, gzipBytes: gzipSize(bytes) };
  });
  return {
    files: measured,
    bytes: measured.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: measured.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}

/**
 * First-view JS and CSS of one route. `route` is a row of FIRST_VIEW_BUDGETS: `html` the
 * route's HTML file below dist/, `lazyFeature` the source folder of its lazy view or null.
 */
export function measureRouteFirstView(distDir, route) {
  const htmlFile = join(distDir, route.html);
  if (!existsSync(htmlFile)) throw new Error(`${route.html} not found in ${distDir}: run npm run build first`);
  const refs = firstViewReferences(readFileSync(htmlFile, 'utf8'));
  if (refs.entries.length === 0) throw new Error(`${route.html} has no module script`);
  const entryFiles = refs.entries.map((url) => fileForUrl(distDir, url));
  const roots = refs.js.map((url) => fileForUrl(distDir, url));
  const cssFiles = refs.css.map((url) => fileForUrl(distDir, url));
  let lazyChunk = null;
  if (route.lazyFeature) {
    const chunk = lazyChunkFor(distDir, entryFiles, route.lazyFeature);
    lazyChunk = toUrl(distDir, chunk.file);
    roots.push(chunk.file);
    for (const path of chunk.preloads) {
      const file = fileForUrl(distDir, path);
      (file.endsWith('.css') ? cssFiles : roots).push(file);
    }
  }
  const jsFiles = staticClosure(distDir, roots).filter((file) => !file.endsWith('.css'));
  return {
    route: route.route,
    lazyChunk,
    js: measureFiles(distDir, jsFiles),
    css: measureFiles(distDir, [...new Set(cssFiles)]),
  };
}

/** Every route's first view against its budget; `failures` name each one over. */
export function checkFirstViewBudgets(distDir, budgets) {
  const routes = budgets.map((budget) => {
    const measured = measureRouteFirstView(distDir, budget);
    return {
      ...measured,
      budget: { jsGzipBytes: budget.jsGzipBytes, cssGzipBytes: budget.cssGzipBytes },
      ok: { js: measured.js.gzipBytes <= budget.jsGzipBytes, css: measured.css.gzipBytes <= budget.cssGzipBytes },
    };
  });
  const failures = routes.flatMap((r) => [
    ...(r.ok.js ? [] : [`${r.route}: first-view JS ${r.js.gzipBytes} B gzip > budget ${r.budget.jsGzipBytes} B`]),
    ...(r.ok.css ? [] : [`${r.route}: first-view CSS ${r.css.gzipBytes} B gzip > budget ${r.budget.cssGzipBytes} B`]),
  ]);
  return { ok: failures.length === 0, routes, failures };
}

/** Every JS file in dist/assets, for information: what the whole app weighs. */
export function measureAllJs(distDir) {
  const assetsDir = join(distDir, 'assets');
  const files = existsSync(assetsDir)
    ? readdirSync(assetsDir)
        .filter((name) => name.endsWith('.js'))
        .map((name) => join(assetsDir, name))
    : [];
  return measureFiles(distDir, files);
}
