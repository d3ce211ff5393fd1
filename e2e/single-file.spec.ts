import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { jsonOf } from './support/decoder';
import { STATIC_HOST_URL } from './support/hosts';
import { publishedVector } from './support/published-vectors';
import { RFC7515_A1 } from './support/tokens';

test.describe('the offline copy: one HTML file opened from disk', () => {
  test.describe.configure({ mode: 'serial' });
  let folder: string;
  let fileUrl: string;

  test.beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'token-lens-offline-'));
  });
  test.afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  test('the hosted app offers it as a download', async ({ page }) => {
    await page.goto(`${STATIC_HOST_URL}/`);
    const link = page.getByTestId('offline-download');
    await expect(link).toHaveText('Download for offline use');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('token-lens.html');
    const path = join(folder, 'token-lens.html');
    await download.saveAs(path);
    expect((await stat(path)).size).toBeGreaterThan(100_000);
    fileUrl = pathToFileURL(path).href;
  });

  test('from disk it decodes, verifies with pasted keys, converts and explains, asking nothing of any network', async ({ page }) => {
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(fileUrl);
    await expect(page.getByTestId('offline-copy-note')).toBeVisible();

    // Decoder and verifier, with an HMAC key and an RSA public key pasted as JWKs.
    const input = page.getByTestId('token-input');
    await input.fill(RFC7515_A1.token);
    expect(await jsonOf(page.getByTestId('header-json'))).toEqual(RFC7515_A1.header);
    await page.getByTestId('key-input').fill(publishedVector('rfc7515-a1-hs256-jwk').key);
    await expect(page.getByTestId('verify-status')).toHaveAttribute('data-code', 'verified');
    const rs256 = publishedVector('rfc7515-a2-rs256-jwk');
    await input.fill(rs256.token);
    await page.getByTestId('key-input').fill(rs256.key);
    await expect(page.getByTestId('verify-status')).toHaveAttribute('data-code', 'verified');

    // The converter, reached through the navigation: the view is named in the query.
    await page.getByRole('link', { name: 'Timestamps' }).click();
    await expect(page).toHaveURL(/token-lens\.html\?view=timestamp$/);
    await page.getByTestId('timestamp-input').fill('1700000000');
    await expect(page.getByTestId('ts-unit')).toContainText('seconds');
    await expect(page).toHaveURL(/\?view=timestamp#t=1700000000$/);

    // The explainer, and back.
    await page.getByRole('link', { name: 'Sessions vs JWTs' }).click();
    await expect(page.locator('article section[id]').first()).toBeVisible();
    await page.getByTestId('section-link-revocation').click();
    await expect(page).toHaveURL(/\?view=explainer#revocation$/);
    await page.goBack();
    await page.goBack();
    await expect(page.getByTestId('timestamp-input')).toHaveValue('1700000000');

    expect(requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('from disk the key tools make a key and convert it, asking nothing of any network', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(fileUrl);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Keys' }).click();
    await expect(page).toHaveURL(/token-lens\.html\?view=keys$/);
    await page.getByTestId('keygen-type').selectOption('Ed25519');
    await page.getByTestId('keygen-generate').click();
    await expect(page.getByTestId('keygen-public-pem')).toContainText('BEGIN PUBLIC KEY');
    await page.getByTestId('keyconv-input').fill((await page.getByTestId('keygen-public-pem').textContent()) ?? '');
    expect(JSON.parse((await page.getByTestId('keyconv-jwk').textContent()) ?? '')).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    expect(requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  });

  test('from disk the encoder generates a key pair, signs, and the decoder verifies the token', async ({ page }) => {
    await page.goto(fileUrl);
    await page.getByRole('link', { name: 'Encoder' }).click();
    await expect(page).toHaveURL(/token-lens\.html\?view=encoder$/);
    await page.getByTestId('encoder-alg').selectOption('ES256');
    await page.getByTestId('encoder-generate').click();
    const publicPem = (await page.getByTestId('encoder-public-pem').textContent()) ?? '';
    await expect(page.getByTestId('encoder-output')).toHaveAttribute('data-state', 'signed');
    const token = (await page.getByTestId('encoder-output').textContent()) ?? '';
    await page.getByTestId('encoder-open-decoder').click();
    await expect(page.getByTestId('token-input')).toHaveValue(token);
    await page.getByTestId('key-input').fill(publicPem);
    await expect(page.getByTestId('verify-status')).toHaveAttribute('data-status', 'verified');
  });

  test('its policy allows its own inline code by hash, and nothing else', async ({ page }) => {
    await page.goto(fileUrl);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("require-trusted-types-for 'script'");
    const injected = await page.evaluate(() => {
      try {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
      } catch {
        // Trusted Types refuse the text before the policy is even asked.
      }
      return (window as { injected?: boolean }).injected === true;
    });
    expect(injected).toBe(false);
  });
});
