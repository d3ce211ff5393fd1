import { expect, type Page } from '@playwright/test';

/** Waits until the service worker is active and controls this page (after its precache is filled). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  // A page opened before its worker was installed is controlled from its next load on.
  if (!(await controlled())) await page.reload();
  await expect.poll(controlled).toBe(true);
}
