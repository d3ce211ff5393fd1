/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderRoutes } from './scripts/prerender-routes';
import { securityPolicy } from './scripts/security-policy';
import { singleFileOutput } from './scripts/single-file';
import { viteSingleFile } from 'vite-plugin-singlefile';

/** `vite build --mode single`: the whole app in one HTML file, to open from disk. */
const SINGLE_FILE_MODE = 'single';

export default defineConfig(({ mode }) => {
  if (mode === SINGLE_FILE_MODE) {
    return {
      base: './',
      publicDir: false,
      plugins: [react(), tailwindcss(), viteSingleFile(), singleFileOutput()],
      build: { target: 'es2022', sourcemap: false, outDir: 'dist-single' },
    };
  }
  return {
    base: process.env.BASE_PATH ?? '/',
    plugins: [
      react(),
      tailwindcss(),
      securityPolicy(),
      prerenderRoutes(),
      VitePWA({
        // The worker only precaches the build; nothing the user types is ever cached.
        registerType: 'autoUpdate',
        injectRegister: null,
        manifest: false,
        workbox: {
          globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest}'],
          navigateFallback: 'index.html',
          cleanupOutdatedCaches: true,
        },
      }),
    ],
    build: { target: 'es2022', sourcemap: true },
    test: {
      include: ['src/**/*.test.{ts,tsx}'],
      environment: 'node',
      setupFiles: ['./vitest.setup.ts'],
      // Key generation and property tests are slow on a busy two-core machine; nothing here times itself.
      testTimeout: 30_000,
    },
  };
});
