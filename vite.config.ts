/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { routeHtmlFiles } from './scripts/route-html-files';
import { webAppManifest } from './scripts/web-app-manifest';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [
    react(),
    tailwindcss(),
    routeHtmlFiles(),
    VitePWA({
      // The worker only precaches the build; nothing the user types is ever cached.
      registerType: 'autoUpdate',
      injectRegister: null,
      manifest: webAppManifest(base),
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
});
