import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstViewBudgets, type FirstViewBudget } from '../scripts/bench/budgets.mjs';
import { VIEWS } from '../src/app/views';
import { routeHref } from '../src/runtime/view-paths';
import { checkFirstViewBudgetsApart, gzipSize } from '../scripts/bench/first-view-check.mjs';

// The byte budgets are checked on the built files alone: no browser, and the same
// answer on every machine. The check runs in a child process (see first-view-check.mjs).
const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const check = (distDir: string, budgets: readonly FirstViewBudget[]) => checkFirstViewBudgetsApart(distDir, budgets).check;

test('every route’s first view fits its JS and CSS budget (gzip)', () => {
  const result = check(DIST, firstViewBudgets(VIEWS));
  expect(result.failures).toEqual([]);
  // Every route has a budget.
  expect(result.routes.map((r) => r.route).sort()).toEqual(VIEWS.map((view) => routeHref(view, '/')).sort());
  for (const route of result.routes) {
    expect(route.js.files.length).toBeGreaterThan(0);
    expect(route.css.files.length).toBeGreaterThan(0);
  }
  // Every view is a chunk of its own, counted on its route and on no other.
  for (const route of result.routes) {
    expect(route.lazyChunk, route.route).toMatch(/\.js$/);
    expect(route.js.files.map((f) => f.url), route.route).toContain(route.lazyChunk);
    for (const other of result.routes.filter((r) => r !== route)) expect(other.js.files.map((f) => f.url), other.route).not.toContain(route.lazyChunk);
  }
});

/**
 * A made-up build in a temporary folder, shaped like Vite's output: an entry that imports a
 * shared chunk statically and two chunks with import() (a view, preloaded with its
 * stylesheet, and something loaded later), a modulepreload, a stylesheet, source maps.
 */
function fakeDist(): { dir: string; file: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'first-view-'));
  const files = new Map<string, string>();
  const write = (name: string, text: string) => {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
    files.set(name, text);
  };
  const filler = (bytes: number) => randomBytes(bytes).toString('base64');
  const html = [
    '<!doctype html><html><head>',
    '<script type="module" crossorigin src="/assets/entry.js"></script>',
    '<link rel="modulepreload" crossorigin href="/assets/preloaded.js">',
    '<link rel="stylesheet" crossorigin href="/assets/app.css">',
    '</head><body><div id="root"></div></body></html>',
  ].join('\n');
  write('index.html', html);
  write('view/index.html', html);
  write(
    'assets/entry.js',
    [
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/view.js","assets/view-dep.js","assets/view.css","assets/later.js"])))=>i.map(i=>d[i]);',
      'import{a as s}from"./shared.js";',
      `const p=(f,d)=>f();const View=()=>p(()=>import(\`./view.js\`),__vite__mapDeps([0,1,2]));const Later=()=>p(()=>import(\`./later.js\`),__vite__mapDeps([3]));`,
      // A specifier in a string is not an import.
      `const text='import x from "./not-a-file.js"';export{s,View,Later,text};const big="${filler(6000)}";`,
    ].join('\n'),
  );
  write('assets/shared.js', `export const a="${filler(4000)}";`);
  write('assets/preloaded.js', `export const b="${filler(1000)}";`);
  write('assets/view.js', `import{c}from"./view-dep.js";export default function V(){return c+"${filler(3000)}"}`);
  write('assets/view.js.map', JSON.stringify({ version: 3, sources: ['../../src/features/view/view-page.tsx', '../../src/lib/x.ts'], mappings: '' }));
  write('assets/view-dep.js', `export const c="${filler(2000)}";`);
  write('assets/later.js', `export const d="${filler(50_000)}";`);
  write('assets/later.js.map', JSON.stringify({ version: 3, sources: ['../../src/features/verify/verify-panel.tsx'], mappings: '' }));
  write('assets/app.css', `body{--x:"${filler(1500)}"}`);
  write('assets/view.css', `.v{--y:"${filler(500)}"}`);
  return {
    dir,
    file: (name) => {
      const text = files.get(name);
      if (text === undefined) throw new Error(`no ${name} in the fake build`);
      return text;
    },
  };
}

test.describe('the byte-budget check on a made-up build', () => {
  let fake: ReturnType<typeof fakeDist>;
  test.beforeEach(() => {
    fake = fakeDist();
  });
  test.afterEach(() => {
    rmSync(fake.dir, { recursive: true, force: true });
  });

  const gz = (...names: string[]) => names.reduce((sum, name) => sum + gzipSize(fake.file(name)), 0);
  const decoderJs = ['assets/entry.js', 'assets/preloaded.js', 'assets/shared.js'];
  const viewJs = [...decoderJs, 'assets/view.js', 'assets/view-dep.js'];
  const routes = (js: number, css: number, viewJsBudget = 1_000_000): FirstViewBudget[] => [
    { route: '/', html: 'index.html', lazyFeature: null, jsGzipBytes: js, cssGzipBytes: css },
    { route: '/view/', html: 'view/index.html', lazyFeature: 'src/features/view/', jsGzipBytes: viewJsBudget, cssGzipBytes: 1_000_000 },
  ];

  test('counts the entry, its static imports and preloads, and a lazy view’s chunk with what it preloads', () => {
    const result = check(fake.dir, routes(1_000_000, 1_000_000));
    expect(result.ok).toBe(true);
    const [decoder, view] = result.routes;
    expect(decoder?.js.files.map((f) => f.url).sort()).toEqual(decoderJs.map((n) => `/${n}`).sort());
    expect(decoder?.js.gzipBytes).toBe(gz(...decoderJs));
    expect(decoder?.css.gzipBytes).toBe(gz('assets/app.css'));
    expect(view?.lazyChunk).toBe('/assets/view.js');
    expect(view?.js.files.map((f) => f.url).sort()).toEqual(viewJs.map((n) => `/${n}`).sort());
    expect(view?.js.gzipBytes).toBe(gz(...viewJs));
    expect(view?.css.gzipBytes).toBe(gz('assets/app.css', 'assets/view.css'));
  });

  test('fails when a route’s first-view JS is one byte over its budget', () => {
    const result = check(fake.dir, routes(gz(...decoderJs) - 1, 1_000_000));
    expect(result.ok).toBe(false);
    expect(result.failures).toEqual([`/: first-view JS ${gz(...decoderJs)} B gzip > budget ${gz(...decoderJs) - 1} B`]);
  });

  test('fails when first-view CSS is over its budget', () => {
    const result = check(fake.dir, routes(1_000_000, 10));
    expect(result.ok).toBe(false);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatch(/^\/: first-view CSS \d+ B gzip > budget 10 B$/);
  });

  test('fails when a lazy view’s chunk takes its route over budget, though the entry alone fits', () => {
    const budget = gz(...viewJs) - 1;
    expect(gz(...decoderJs)).toBeLessThan(budget);
    const result = check(fake.dir, routes(1_000_000, 1_000_000, budget));
    expect(result.ok).toBe(false);
    expect(result.failures).toEqual([`/view/: first-view JS ${gz(...viewJs)} B gzip > budget ${budget} B`]);
  });

  test('a route whose view cannot be found is an error, not a pass', () => {
    const missing: FirstViewBudget[] = [{ route: '/gone/', html: 'index.html', lazyFeature: 'src/features/gone/', jsGzipBytes: 1_000_000, cssGzipBytes: 1_000_000 }];
    expect(() => check(fake.dir, missing)).toThrow(/no chunk loaded with import\(\) from the entry holds src\/features\/gone\//);
  });
});
