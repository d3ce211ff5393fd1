import { defineConfig, devices } from '@playwright/test';
import { PREVIEW_PORT, PREVIEW_URL, STATIC_HOST_PORT, STATIC_HOST_URL } from './e2e/support/hosts';
import { findLocalChromium } from './scripts/chromium.mjs';

// The browser `node scripts/ensure-chromium.mjs` names, which `npm run test:e2e` runs first
// (it downloads Playwright's own build when the machine has no Chromium). With none found,
// Playwright looks for its own build and says how to install it.
function withExecutable(path: string | undefined): { executablePath?: string } {
  return path === undefined ? {} : { executablePath: path };
}

export default defineConfig({
  testDir: 'e2e',
  // Keeps unit.json beside it: Playwright empties its outputDir on every run.
  outputDir: 'test-results/playwright',
  // Two workers at most: the machines that run this have few, busy cores.
  fullyParallel: false,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Generous limits: a busy machine is slow, and no test measures speed.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: PREVIEW_URL,
    testIdAttribute: 'data-testid',
    timezoneId: 'Europe/Berlin',
    locale: 'en-US',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...withExecutable(findLocalChromium()?.path),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  // `npm run test:e2e` builds first; both servers serve that production build.
  webServer: [
    {
      // Vite's preview: SPA fallback for unknown paths, like most app hosts.
      command: `npx vite preview --port ${PREVIEW_PORT} --strictPort`,
      url: PREVIEW_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A plain static host (GitHub Pages, S3): exact files, 404.html for the rest.
      command: `node scripts/static-server.mjs --port ${STATIC_HOST_PORT} --root dist`,
      url: STATIC_HOST_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
