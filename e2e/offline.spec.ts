import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../scripts/static-server.mjs';
import { expectNoViolations } from './support/axe';
import { jsonOf, openDecoder } from './support/decoder';
import { STATIC_HOST_URL } from './support/hosts';
import { waitForServiceWorkerControl } from './support/service-worker';
import { RFC7515_A1 } from './support/tokens';

// A plain static host: offline, only the service worker can answer a deep link.
test.use({ baseURL: STATIC_HOST_URL });

test.describe('with the service worker', () => {
  test('after one visit the decoder opens and decodes with the network off', async ({ page, context }) => {
    await openDecoder(page);
    await waitForServiceWorkerControl(page);

    await context.setOffline(true);
    await page.reload();

    const input = page.getByTestId('token-input');
    await expect(input).toBeVisible();
    await input.fill(RFC7515_A1.token);
    expect(await jsonOf(page.getByTestId('payload-json'))).toEqual(RFC7515_A1.payload);
  });

  test('offline, a deep link opens the app shell from the cache', async ({ page, context }) => {
    await openDecoder(page);
    await waitForServiceWorkerControl(page);

    await context.setOffline(true);
    await page.goto('/404-offline-test');

    await expect(page.getByTestId('not-found')).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Token Lens');
  });

  test('offline, a converter link and an explainer section link open from the cache', async ({ page, context }) => {
    await openDecoder(page);
    await waitForServiceWorkerControl(page);

    await context.setOffline(true);
    await page.goto('/timestamp/#t=1700000000');
    await expect(page.getByTestId('ts-iso-utc')).toHaveText('2023-11-14T22:13:20Z');
    await page.goto('/explainer/#revocation');
    await expect(page.getByRole('heading', { name: 'Revocation: taking access away' })).toBeFocused();
  });
});

/** Clicks "Download for offline use" and returns the file the browser saved. */
async function downloadOfflineCopy(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('offline-download').click()]);
  expect(download.suggestedFilename()).toBe('token-lens.html');
  return readFile((await download.path())!, 'utf8');
}

test.describe('the offline copy, with the service worker', () => {
  // A host of the test's own, shut down to go offline: a browser saves a download without
  // the page's network emulation, which would let it reach the shared host.
  let server: StaticServer | undefined;
  test.beforeEach(async () => {
    server = await startStaticServer({ root: 'dist' });
  });
  test.afterEach(async () => {
    await server?.close();
  });

  async function goOffline(page: Page, context: BrowserContext) {
    await server!.close();
    server = undefined;
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('token-input')).toBeVisible();
  }

  test('offline, before it was ever downloaded, the footer says it needs the network and offers no broken download', async ({ page, context }) => {
    await openDecoder(page, `${server!.url}/`);
    await waitForServiceWorkerControl(page);
    await goOffline(page, context);

    const link = page.getByTestId('offline-download');
    const status = page.getByTestId('offline-download-status');
    await expect(status).toHaveText(/^Downloading it needs the network/);
    await expect(status).toHaveAttribute('role', 'status');
    await expect(link).toHaveText('Download for offline use');
    await expect(link).not.toHaveAttribute('href');
    await expectNoViolations(page);

    // With the network back, the link is back.
    await context.setOffline(false);
    await expect(link).toHaveAttribute('href', '/token-lens.html');
    await expect(status).toHaveText('');
  });

  test('downloaded once online, it downloads offline too: the single file itself, not a page of the app', async ({ page, context }) => {
    const singleFile = await readFile(join('dist', 'token-lens.html'), 'utf8');
    await openDecoder(page, `${server!.url}/`);
    await waitForServiceWorkerControl(page);
    expect(await downloadOfflineCopy(page)).toBe(singleFile);

    await goOffline(page, context);
    await expect(page.getByTestId('offline-download')).toHaveAttribute('href', '/token-lens.html');
    await expect(page.getByTestId('offline-download-status')).toHaveText('');
    const offline = await downloadOfflineCopy(page);
    expect(offline.slice(0, 200)).toBe(singleFile.slice(0, 200));
    expect(offline).toContain('offline-copy-note');
    expect(offline).not.toContain('data-testid="not-found"');
    expect(offline).toBe(singleFile);
  });

  test('opened in the browser, the offline copy is the single file, never the app\'s page in its place', async ({ page }) => {
    await openDecoder(page, `${server!.url}/`);
    await waitForServiceWorkerControl(page);
    const response = await page.goto(`${server!.url}/token-lens.html`);
    expect(await response!.text()).toBe(await readFile(join('dist', 'token-lens.html'), 'utf8'));
  });
});

test.describe('without a service worker', () => {
  // The control: proves the tests above pass because of the worker, not a cache of the browser's own.
  test.use({ serviceWorkers: 'block' });

  test('going offline and reloading fails', async ({ page, context }) => {
    await openDecoder(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();

    await context.setOffline(true);
    const reload = await page.reload().then(
      () => 'loaded' as const,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );

    if (reload === 'loaded') await expect(page.getByTestId('token-input')).toHaveCount(0);
    else expect(reload).toMatch(/ERR_INTERNET_DISCONNECTED|net::/);
  });
});
