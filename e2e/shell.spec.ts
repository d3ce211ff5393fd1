import { expect, test, type Page } from '@playwright/test';
import { openDecoder } from './support/decoder';
import { STATIC_HOST_URL } from './support/hosts';
import { RFC7515_A1, RFC7520_6_JWE } from './support/tokens';

const html = (page: Page) => page.locator('html');

test('the header names the app and links to the decoder', async ({ page }) => {
  await openDecoder(page);
  const banner = page.getByRole('banner');
  await expect(banner).toContainText('Token Lens');
  const decoderLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decoder' });
  await expect(decoderLink).toBeVisible();
  await expect(decoderLink).toHaveAttribute('aria-current', 'page');
});

test.describe('theme', () => {
  test.use({ colorScheme: 'light' });

  test('the theme select switches to dark and back, and a reload keeps the choice', async ({ page }) => {
    await openDecoder(page);
    const theme = page.getByTestId('theme-select');
    await expect(html(page)).not.toHaveClass(/\bdark\b/);

    await theme.selectOption('dark');
    await expect(html(page)).toHaveClass(/\bdark\b/);

    await page.reload();
    await expect(html(page)).toHaveClass(/\bdark\b/);
    await expect(theme).toHaveValue('dark');

    await theme.selectOption('light');
    await expect(html(page)).not.toHaveClass(/\bdark\b/);
    await expect(html(page)).toHaveClass(/\blight\b/);

    await page.reload();
    await expect(html(page)).toHaveClass(/\blight\b/);
    await expect(theme).toHaveValue('light');
  });

  test('the browser\'s theme-color follows the chosen theme, and the system\'s again under "System"', async ({ page }) => {
    await openDecoder(page);
    const theme = page.getByTestId('theme-select');
    // The theme-color the browser applies: the first tag whose media query matches (HTML § "theme-color").
    const themeColorInEffect = () =>
      page.evaluate(() => [...document.querySelectorAll('meta[name="theme-color"]')].find((meta) => !meta.getAttribute('media') || matchMedia(meta.getAttribute('media')!).matches)?.getAttribute('content'));
    expect(await themeColorInEffect()).toBe('#ffffff');

    await theme.selectOption('dark');
    await expect.poll(themeColorInEffect).toBe('#0b1020');
    await page.reload();
    await expect.poll(themeColorInEffect).toBe('#0b1020');

    await page.emulateMedia({ colorScheme: 'dark' });
    await theme.selectOption('light');
    await expect.poll(themeColorInEffect).toBe('#ffffff');

    await theme.selectOption('system');
    await expect.poll(themeColorInEffect).toBe('#0b1020');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(themeColorInEffect).toBe('#ffffff');
    const tags = await page.locator('meta[name="theme-color"]').evaluateAll((metas) => metas.map((meta) => [meta.getAttribute('media'), meta.getAttribute('content')]));
    expect(tags).toEqual([
      ['(prefers-color-scheme: light)', '#ffffff'],
      ['(prefers-color-scheme: dark)', '#0b1020'],
    ]);
  });
});

test.describe('on a static host without rewrite rules', () => {
  test.use({ baseURL: STATIC_HOST_URL });

  test('the root opens the decoder', async ({ page }) => {
    const input = await openDecoder(page);
    await expect(input).toBeEditable();
    await expect(page.getByTestId('not-found')).toHaveCount(0);
  });

  test('an unknown path shows the not-found view with a way back', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);

    const notFound = page.getByTestId('not-found');
    await expect(notFound).toBeVisible();
    await expect(page.getByTestId('token-input')).toHaveCount(0);

    await notFound.getByRole('link', { name: 'Decoder' }).click();
    await expect(page).toHaveURL(`${STATIC_HOST_URL}/`);
    await expect(page.getByTestId('token-input')).toBeVisible();
  });
});

test.describe('on a small phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  // Long unbroken text: a JWE of 1,400 characters, and a token in a header line.
  const longInputs = {
    'a long JWE': RFC7520_6_JWE,
    'a header line': `Authorization: Bearer ${RFC7515_A1.token}`,
  };

  for (const [name, text] of Object.entries(longInputs)) {
    test(`${name} never makes the page scroll sideways`, async ({ page }) => {
      const input = await openDecoder(page);
      await input.fill(text);
      await expect(page.getByTestId('header-json')).toBeVisible();

      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    });
  }
});
