import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer } from '../scripts/static-server.mjs';
import { STATIC_HOST_URL } from './support/hosts';
import { RFC7515_A1 } from './support/tokens';

/** Console errors and uncaught exceptions: a page that hydrates as built has none. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** True once React has attached to the root: its internal keys appear on the element's children. */
async function waitForHydration(page: Page) {
  await expect
    .poll(() => page.evaluate(() => Object.keys(document.querySelector('#root > div') ?? {}).some((key) => key.startsWith('__react'))))
    .toBe(true);
}

test.describe('without JavaScript, on a plain static host', () => {
  test.use({ baseURL: STATIC_HOST_URL, javaScriptEnabled: false });

  test('the decoder page has its content', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Token Lens — JWT decoder');
    await expect(page.getByRole('heading', { name: 'JWT decoder' })).toBeAttached();
    await expect(page.getByTestId('token-input')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Decoder' })).toHaveAttribute('aria-current', 'page');
  });

  test('the timestamp converter has its content', async ({ page }) => {
    await page.goto('/timestamp/');
    await expect(page).toHaveTitle('Token Lens — Timestamp converter');
    await expect(page.getByTestId('timestamp-input')).toBeVisible();
    await expect(page.getByTestId('ts-leap-seconds')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Timestamps' })).toHaveAttribute('aria-current', 'page');
  });

  test('the encoder has its editors', async ({ page }) => {
    await page.goto('/encoder/');
    await expect(page).toHaveTitle('Token Lens — JWT encoder');
    await expect(page.getByTestId('encoder-header')).toBeVisible();
    await expect(page.getByTestId('encoder-payload')).toBeVisible();
    await expect(page.getByTestId('encoder-alg')).toHaveValue('HS256');
    await expect(page.getByRole('link', { name: 'Encoder' })).toHaveAttribute('aria-current', 'page');
  });

  test('the explainer has every section, and a deep link lands in it', async ({ page }) => {
    await page.goto('/explainer/#revocation');
    await expect(page).toHaveTitle('Token Lens — Server-side sessions vs JWTs');
    await expect(page.locator('article section[id]').first()).toBeVisible();
    expect(await page.locator('article section[id]').count()).toBeGreaterThanOrEqual(6);
    await expect(page.locator('#revocation h2')).toBeInViewport();
    await expect(page.getByText('Loading the explainer…')).toHaveCount(0);
    // Nothing left for a script to move into place: the policy allows no inline script.
    await expect(page.locator('script:not([src])')).toHaveCount(0);
  });

  test('the key tools have their content and their privacy note', async ({ page }) => {
    await page.goto('/keys/');
    await expect(page).toHaveTitle('Token Lens — Key generator and converter');
    await expect(page.getByTestId('keygen-type')).toBeVisible();
    await expect(page.getByTestId('keyconv-input')).toBeVisible();
    await expect(page.getByTestId('keys-privacy')).toContainText('never stored');
    await expect(page.getByText('Loading the key tools…')).toHaveCount(0);
  });

  test('an unknown path gets the not-found page with links to every view', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId('not-found')).toBeVisible();
    // One link per view, as many as the navigation has.
    const views = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').count();
    await expect(page.getByTestId('not-found').getByRole('link')).toHaveCount(views);
  });
});

test.describe('hydration', () => {
  // The build renders in its own zone and language; the reader's differ, and must not upset hydration.
  test.use({ baseURL: STATIC_HOST_URL, timezoneId: 'America/Sao_Paulo', locale: 'de-DE' });

  const pages = [
    { name: 'the decoder', path: '/' },
    { name: 'the decoder with a linked token', path: `/#token=${RFC7515_A1.token}` },
    { name: 'the converter', path: '/timestamp/' },
    { name: 'the converter with its state in the link', path: '/timestamp/#t=1700000000&tz=America%2FNew_York' },
    { name: 'the encoder', path: '/encoder/' },
    { name: 'the encoder with a token in the link', path: `/encoder/#token=${RFC7515_A1.token}` },
    { name: 'the explainer', path: '/explainer/' },
    { name: 'the explainer at a flow step', path: '/explainer/#jwt-logout-2' },
    { name: 'the key tools', path: '/keys/' },
    { name: 'the not-found page', path: '/nothing-here' },
  ];
  for (const { name, path } of pages) {
    test(`${name}: the built page hydrates without a mismatch`, async ({ page }) => {
      const errors = collectErrors(page);
      // The 404 itself is reported by the browser as a failed load, which is not the page's error.
      await page.goto(path);
      await waitForHydration(page);
      await expect(page.locator('#main')).not.toBeEmpty();
      expect(errors.filter((text) => !text.includes('404 (Not Found)'))).toEqual([]);
    });
  }

  test('a stored theme choice and the reader zone show once hydrated', async ({ page }) => {
    const errors = collectErrors(page);
    await page.addInitScript(() => localStorage.setItem('token-lens:theme', 'dark'));
    await page.goto('/timestamp/');
    await waitForHydration(page);
    await expect(page.getByTestId('theme-select')).toHaveValue('dark');
    await expect(page.getByTestId('ts-wall-zone')).toHaveValue('America/Sao_Paulo');
    expect(errors).toEqual([]);
  });

  test('a token typed before the page is interactive is kept, and decoded once it is', async ({ page }) => {
    // The app's script is held back, so the typing lands in the built page's field.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    // A module script holds back DOMContentLoaded, so the page is read as soon as it arrives.
    await page.goto('/', { waitUntil: 'commit' });
    const input = page.getByTestId('token-input');
    await input.fill(RFC7515_A1.token);
    await expect(page.getByTestId('header-json')).toHaveCount(0);
    release();
    await waitForHydration(page);
    await expect(page.getByTestId('header-json')).toContainText('"typ"');
    await expect(input).toHaveValue(RFC7515_A1.token);
  });

  test('a linked token is decoded after hydration', async ({ page }) => {
    await page.goto(`/#token=${RFC7515_A1.token}`);
    await expect(page.getByTestId('token-input')).toHaveValue(RFC7515_A1.token);
    await expect(page.getByTestId('header-json')).toContainText('"typ"');
  });
});

const execFileAsync = promisify(execFile);
const SUB_PATH = '/tools/token-lens/';

test.describe('built for a sub-path', () => {
  // One extra production build, with BASE_PATH set, served from a folder of that name.
  test.describe.configure({ mode: 'serial', timeout: 240_000 });
  let host: { url: string; close: () => Promise<void> };
  let folder: string;

  test.beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'token-lens-base-'));
    const outDir = join(folder, 'build');
    await execFileAsync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      env: { ...process.env, BASE_PATH: SUB_PATH },
    });
    await cp(outDir, join(folder, 'site', ...SUB_PATH.split('/').filter(Boolean)), { recursive: true });
    host = await startStaticServer({ root: join(folder, 'site') });
  });
  test.afterAll(async () => {
    await host?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  test('every route, its assets and its links live below the sub-path', async ({ page }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === new URL(host.url).origin && !url.pathname.startsWith(SUB_PATH)) outside.push(url.pathname);
    });
    await page.goto(`${host.url}${SUB_PATH}`);
    await waitForHydration(page);
    await page.getByTestId('token-input').fill(RFC7515_A1.token);
    await expect(page.getByTestId('header-json')).toContainText('"typ"');

    await page.getByRole('link', { name: 'Timestamps' }).click();
    await expect(page).toHaveURL(`${host.url}${SUB_PATH}timestamp/`);
    await expect(page.getByTestId('timestamp-input')).toBeVisible();

    await page.goto(`${host.url}${SUB_PATH}explainer/#revocation`);
    await expect(page.locator('#revocation h2')).toBeFocused();
    await expect(page.getByTestId('section-link-revocation')).toHaveAttribute('href', `${SUB_PATH}explainer/#revocation`);
    await expect(page.getByRole('link', { name: 'Decoder' })).toHaveAttribute('href', SUB_PATH);
    expect(outside).toEqual([]);
  });

  test('a deep link opens without JavaScript too', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${host.url}${SUB_PATH}timestamp/`);
    await expect(page.getByTestId('timestamp-input')).toBeVisible();
    await expect(page.locator('link[rel="stylesheet"]')).toHaveAttribute('href', new RegExp(`^${SUB_PATH}assets/`));
    await context.close();
  });
});
