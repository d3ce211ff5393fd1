/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { prerenderRoutes } from './scripts/prerender-routes.ts';
import { securityPolicy } from './scripts/security-policy.ts';
import { SINGLE_FILE_NAME, singleFileOutput } from './scripts/single-file.ts';
import { webAppManifest } from './scripts/web-app-manifest.ts';

/** `vite build --mode single`: the whole app in one HTML file, to open from disk. */
const SINGLE_FILE_MODE = 'single';

// The pre-renderer and the service worker's generator take seconds by design (they render
// every page and hash every file); Rolldown's warning about slow plugins would only repeat it.
const ROLLDOWN_OPTIONS = { checks: { bundlerTimings: false } };

// pvtsutils (under @peculiar/x509) names its CommonJS build as the "browser" one. Its ES build
// spares every view's entry the CommonJS interop helpers that the lazy chain checks would
// otherwise add to it, since the bundler keeps its helpers in the entry.
const RESOLVE = { alias: [{ find: /^pvtsutils$/, replacement: 'pvtsutils/build/index.es.js' }] };

/** The offline copy's path, with or without a query (workbox tests navigations by path and query). */
const SINGLE_FILE_PATH = new RegExp(`/${SINGLE_FILE_NAME.replace(/\./g, '\\.')}(?:\\?|$)`);

export default defineConfig(({ mode }) => {
  if (mode === SINGLE_FILE_MODE) {
    return {
      base: './',
      publicDir: false,
      resolve: RESOLVE,
      plugins: [react(), tailwindcss(), viteSingleFile(), singleFileOutput()],
      build: { target: 'es2022', sourcemap: false, outDir: 'dist-single', rolldownOptions: ROLLDOWN_OPTIONS },
    };
  }
  const base = process.env.BASE_PATH ?? '/';
  return {
    base,
    resolve: RESOLVE,
    plugins: [
      react(),
      tailwindcss(),
      securityPolicy(),
      prerenderRoutes(),
      VitePWA({
        // The worker only precaches the build; nothing the user types is ever cached.
        // 'prompt': a new worker waits until the user chooses to reload (src/app/update).
        registerType: 'prompt',
        injectRegister: null,
        manifest: webAppManifest(base),
        // globPatterns takes every icon from the build already; the plugin would list them again.
        includeManifestIcons: false,
        workbox: {
          // No webmanifest: the plugin lists the manifest it writes itself.
          globPatterns: ['**/*.{js,css,html,svg,png,ico}'],
          // The offline copy is a download, not part of the app the worker keeps: precached,
          // it would double every visitor's install.
          globIgnores: [SINGLE_FILE_NAME],
          navigateFallback: 'index.html',
          // Opening the offline copy never gets the app's page in its place.
          navigateFallbackDenylist: [SINGLE_FILE_PATH],
          // Each download of it online keeps a copy, which answers when the network is down.
          runtimeCaching: [
            {
              urlPattern: SINGLE_FILE_PATH,
              handler: 'NetworkFirst',
              options: { cacheName: 'token-lens-offline-copy', cacheableResponse: { statuses: [200] } },
            },
          ],
          cleanupOutdatedCaches: true,
          // One script: the worker then loads no other by importScripts, which the policy's
          // Trusted Types (sent with sw.js too) would refuse.
          inlineWorkboxRuntime: true,
          // Lets the first visit's worker take the page it was installed from, so that page
          // works offline at once; there is no older version to mix with. An update still
          // waits until the user asks for it (no skipWaiting).
          clientsClaim: true,
        },
      }),
    ],
    build: { target: 'es2022', sourcemap: true, rolldownOptions: ROLLDOWN_OPTIONS },
    test: {
      // lint/ holds the test that proves the import boundaries eslint.config.js draws.
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}', 'lint/*.test.ts'],
      environment: 'node',
      setupFiles: ['./vitest.setup.ts'],
      // Key generation and property tests are slow on a busy two-core machine; nothing here times itself.
      testTimeout: 30_000,
    },
  };
});
