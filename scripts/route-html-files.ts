import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { ROUTES } from '../src/app/routes';

/**
 * Writes the app's HTML once for every route (`timestamp/index.html`, …) and as
 * `404.html`, so that opening any deep link on a plain static host serves the app,
 * which then shows the right view (or its not-found view).
 */
export function routeHtmlFiles(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'token-lens:route-html-files',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle() {
      const outDir = config.build.outDir;
      const index = join(outDir, 'index.html');
      for (const route of ROUTES) {
        if (route.path === '') continue;
        await mkdir(join(outDir, route.path), { recursive: true });
        await copyFile(index, join(outDir, route.path, 'index.html'));
      }
      await copyFile(index, join(outDir, '404.html'));
    },
  };
}
