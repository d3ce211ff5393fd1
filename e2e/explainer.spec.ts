import { expect, test } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { STATIC_HOST_URL } from './support/hosts';

// The sections in reading order, as the page lists them; the first six are the ones every
// link to the explainer may rely on.
const SLUGS = [
  'how-sessions-work',
  'how-jwt-works',
  'revocation',
  'refresh-token-rotation',
  'storage-and-xss',
  'csrf-and-samesite',
  'hybrid-patterns',
  'debugging',
  'practical-rule',
];

test.describe('section links', () => {
  test('every section has an id and a link to share, in reading order', async ({ page }) => {
    await page.goto('/explainer/');
    const ids = await page.locator('article section[id]').evaluateAll((sections) => sections.map((s) => s.id));
    expect(ids).toEqual(SLUGS);
    for (const slug of SLUGS) {
      const href = await page.getByTestId(`section-link-${slug}`).getAttribute('href');
      expect(new URL(href ?? '').pathname).toBe('/explainer/');
      expect(new URL(href ?? '').hash).toBe(`#${slug}`);
    }
  });

  for (const slug of SLUGS) {
    test(`${slug}: opened directly on a static host, the section is at the top with focus on its heading`, async ({ page }) => {
      await page.goto(`${STATIC_HOST_URL}/explainer/#${slug}`);
      const heading = page.locator(`#${slug} h2`);
      await expect(heading).toBeFocused();
      const top = await page.locator(`#${slug}`).evaluate((section) => section.getBoundingClientRect().top);
      // At the top of the view (scroll-margin aside), unless the page ends before it can scroll that far.
      const atEnd = await page.evaluate(() => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight);
      if (!atEnd) expect(Math.abs(top)).toBeLessThanOrEqual(20);
      await expect(page.getByRole('navigation', { name: 'Sections' }).locator('[aria-current="location"]')).toHaveAttribute('href', `#${slug}`);
    });
  }

  test('the table of contents follows the reader', async ({ page }) => {
    await page.goto('/explainer/');
    const toc = page.getByRole('navigation', { name: 'Sections' });
    await expect(toc.locator('[aria-current="location"]')).toHaveAttribute('href', '#how-sessions-work');
    await page.locator('#csrf-and-samesite').evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await expect(toc.locator('[aria-current="location"]')).toHaveAttribute('href', '#csrf-and-samesite');
  });

  test('a link in the table of contents moves focus to its section', async ({ page }) => {
    await page.goto('/explainer/');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'The practical rule' }).click();
    await expect(page.locator('#practical-rule h2')).toBeFocused();
    await expect(page).toHaveURL(/\/explainer\/#practical-rule$/);
  });
});

test.describe('print', () => {
  test('printed, the text stands alone: no navigation or link buttons', async ({ page }) => {
    await page.goto('/explainer/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
    await expect(page.getByTestId('section-link-revocation')).toBeHidden();
    await expect(page.locator('#revocation')).toContainText('deny list');
  });
});

test.describe('accessibility', () => {
  test.slow();
  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme}: no WCAG violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/explainer/#revocation');
      await expect(page.locator('#revocation h2')).toBeFocused();
      await expectNoViolations(page);
    });
  }
});
