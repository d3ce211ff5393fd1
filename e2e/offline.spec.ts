import { expect, test } from '@playwright/test';
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
