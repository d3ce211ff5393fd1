import type { Plugin } from 'vite';
import { ROUTES } from '../src/app/routes';

/**
 * Writes the app's HTML once for every route (`timestamp/index.html`, …) and as
 * `404.html`, so that opening any deep link on a plain static host serves the app,
 * which then shows the right view (or its not-found view).
 */
export function routeHtmlFiles(): Plugin {
  return {
    name: 'token-lens:route-html-files',
    apply: 'build',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') return;
      for (const route of ROUTES) {
        if (route.path === '') continue;
        this.emitFile({ type: 'asset', fileName: `${route.path}/index.html`, source: index.source });
      }
      this.emitFile({ type: 'asset', fileName: '404.html', source: index.source });
    },
  };
}
