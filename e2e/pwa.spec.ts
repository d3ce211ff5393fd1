import { appendFile, cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../scripts/static-server.mjs';
import { openDecoder } from './support/decoder';
import { waitForServiceWorkerControl } from './support/service-worker';
import { RFC7515_A1 } from './support/tokens';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** A PNG's width and height, from its IHDR chunk (PNG spec §11.2.2), as "WxH". */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test.describe('installing', () => {
  test('the manifest is linked and complete, and every icon is a PNG of its declared size', async ({ page, request }) => {
    await openDecoder(page);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifestUrl = new URL(href!, page.url());
    const response = await request.get(manifestUrl.href);
    expect(response.ok()).toBe(true);
    const manifest = (await response.json()) as Record<string, unknown> & { icons: ManifestIcon[] };
    expect(manifest).toMatchObject({
      name: 'Token Lens',
      short_name: 'Token Lens',
      id: '/',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#ffffff',
      background_color: '#ffffff',
    });
    expect(manifest.description).toEqual(expect.any(String));

    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      const iconResponse = await request.get(new URL(icon.src, manifestUrl).href);
      expect(iconResponse.ok(), icon.src).toBe(true);
      expect(iconResponse.headers()['content-type'], icon.src).toContain(icon.type);
      if (icon.type === 'image/png') expect(pngSize(await iconResponse.body()), icon.src).toBe(icon.sizes);
    }

    const appleHref = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    const apple = await request.get(new URL(appleHref!, page.url()).href);
    expect(pngSize(await apple.body())).toBe('180x180');

    const themeColors = await page.locator('meta[name="theme-color"]').evaluateAll((metas) =>
      metas.map((meta) => [meta.getAttribute('media'), meta.getAttribute('content')]),
    );
    expect(themeColors).toEqual([
      ['(prefers-color-scheme: light)', '#ffffff'],
      ['(prefers-color-scheme: dark)', '#0b1020'],
    ]);
  });

  // Chromium never offers to install from an incognito profile, and every Playwright
  // context is one: this test opens a profile on disk instead.
  test('Chromium parses the manifest, the worker controls the page after a reload, and nothing blocks installing', async ({ playwright, launchOptions, baseURL }) => {
    const profile = await mkdtemp(join(tmpdir(), 'token-lens-profile-'));
    const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, baseURL: baseURL! });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await openDecoder(page);
      const cdp = await context.newCDPSession(page);
      const { errors, url } = await cdp.send('Page.getAppManifest', {});
      expect(url).toMatch(/\/manifest\.webmanifest$/);
      expect(errors).toEqual([]);

      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);

      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});

interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** The list workbox's precache() is given in the built sw.js: `[{url:"…",revision:"…"}, …]`, minified. */
async function precacheManifest(): Promise<PrecacheEntry[]> {
  const worker = await readFile(join('dist', 'sw.js'), 'utf8');
  const lists = worker.match(/\[\{url:"[^\]]*?\}\]/g) ?? [];
  expect(lists, 'one precache list in dist/sw.js').toHaveLength(1);
  return JSON.parse(lists[0]!.replace(/([{,])(url|revision):/g, '$1"$2":')) as PrecacheEntry[];
}

test.describe('precache', () => {
  test('the worker lists each file of the build once: pages, code, icons and the manifest', async () => {
    const urls = (await precacheManifest()).map((entry) => entry.url);
    const repeated = urls.filter((url, index) => urls.indexOf(url) !== index);
    expect(repeated).toEqual([]);
    for (const file of ['index.html', 'explainer/index.html', 'manifest.webmanifest', 'favicon.svg', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png', 'apple-touch-icon.png']) {
      expect(urls, file).toContain(file);
    }
    for (const url of urls) expect((await stat(join('dist', url))).isFile(), url).toBe(true);
  });
});

// Appended to the copied sw.js: it makes the bytes differ, so the browser installs it as
// a new version, and lets the page ask which worker answers.
const NEXT_WORKER = `
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'WHICH_BUILD') event.ports[0].postMessage('next');
});
`;

/** 'next' when the appended worker controls the page; null when another one (which ignores the question) does. */
function askWhichBuild(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const controller = navigator.serviceWorker.controller;
        if (!controller) return resolve(null);
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(String(event.data));
        controller.postMessage({ type: 'WHICH_BUILD' }, [channel.port2]);
        setTimeout(() => resolve(null), 1000);
      }),
  );
}

test.describe('updating', () => {
  let root = '';
  let server: StaticServer | undefined;

  test.beforeEach(async () => {
    // A copy of the build on a host of its own, so the test can deploy a "new version".
    root = await mkdtemp(join(tmpdir(), 'token-lens-update-'));
    await cp('dist', root, { recursive: true });
    server = await startStaticServer({ root });
  });

  test.afterEach(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  /** Deploys the next version to the test's host and has the page look for it. */
  async function deployNextVersion(page: Page) {
    await appendFile(join(root, 'sw.js'), NEXT_WORKER);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration!.update();
    });
  }

  const waitingState = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null);

  test('a new version waits, is announced, and takes over only when the user reloads', async ({ page }) => {
    const input = await openDecoder(page, `${server!.url}/`);
    await waitForServiceWorkerControl(page);
    await expect(page.getByTestId('update-ready')).toHaveCount(0);
    await input.fill(RFC7515_A1.token);

    await deployNextVersion(page);

    const banner = page.getByTestId('update-ready');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('A new version of Token Lens is ready.');
    await expect(page.getByRole('status').filter({ has: banner })).toHaveAttribute('aria-live', 'polite');
    // Nothing reloaded by itself: the pasted token is still there, the old worker still in charge.
    await expect(input).toHaveValue(RFC7515_A1.token);
    expect(await waitingState(page)).toBe('installed');
    expect(await askWhichBuild(page)).toBeNull();

    const reloaded = page.waitForEvent('load');
    await page.getByTestId('update-reload').click();
    await reloaded;

    await expect.poll(() => askWhichBuild(page)).toBe('next');
    await expect(page.getByTestId('token-input')).toBeVisible();
    await expect(page.getByTestId('update-ready')).toHaveCount(0);
    expect(await waitingState(page)).toBeNull();
  });

  test('a plain reload keeps the running version; the next one starts once no tab uses the old', async ({ context, page }) => {
    await openDecoder(page, `${server!.url}/`);
    await waitForServiceWorkerControl(page);
    await deployNextVersion(page);
    await expect(page.getByTestId('update-ready')).toBeVisible();

    // The browser swaps workers only when no page is left to the old one, which a reload never is.
    await page.reload();
    await expect(page.getByTestId('token-input')).toBeVisible();
    await expect(page.getByTestId('update-ready')).toBeVisible();
    expect(await waitingState(page)).toBe('installed');
    expect(await askWhichBuild(page)).toBeNull();

    await page.close();
    const next = await context.newPage();
    await openDecoder(next, `${server!.url}/`);
    await expect.poll(() => askWhichBuild(next)).toBe('next');
    await expect(next.getByTestId('update-ready')).toHaveCount(0);
  });
});
