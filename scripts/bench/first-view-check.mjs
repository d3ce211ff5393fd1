// The first-view budget check, run in a child process. The check parses the built chunks
// with Vite's parser, which is native code with threads of its own; loaded into a
// long-running process that also generates keys and drives a browser, that process once
// stalled for good. A short-lived child keeps it apart.
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';

/** gzip level 9: close to what a static host or CDN sends for text assets. */
export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/**
 * checkFirstViewBudgets(distDir, budgets) and measureAllJs(distDir) from first-view.mjs,
 * computed in a child process: `{ check, allJs }`.
 */
export function checkFirstViewBudgetsApart(distDir, budgets) {
  const module = new URL('./first-view.mjs', import.meta.url).href;
  const code = [
    `import { checkFirstViewBudgets, measureAllJs } from ${JSON.stringify(module)};`,
    `const [dist, budgets] = ${JSON.stringify([distDir, budgets])};`,
    'process.stdout.write(JSON.stringify({ check: checkFirstViewBudgets(dist, budgets), allJs: measureAllJs(dist) }));',
  ].join('\n');
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 16 * 1024 * 1024 }));
}
