import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { openDecoder } from './support/decoder';
import { RFC7515_A1, jwsParts } from './support/tokens';

// axe walks the whole page; on a busy machine that takes a while.
test.slow();

const { header, payload, signature } = jwsParts(RFC7515_A1.token);

/** The decoder in each state a user sees: empty, with a token, with a broken token. */
const states: { name: string; prepare: (page: Page) => Promise<void> }[] = [
  { name: 'empty', prepare: async () => {} },
  {
    name: 'with the ID token example',
    prepare: async (page) => {
      await page.getByTestId('example-select').selectOption('id-token');
      await expect(page.getByTestId('claim-email')).toBeVisible();
    },
  },
  {
    name: 'with a malformed token',
    prepare: async (page) => {
      await page.getByTestId('token-input').fill(`${header}.${payload.slice(0, 17)}%${payload.slice(18)}.${signature}`);
      await expect(page.getByTestId('decode-error')).toBeVisible();
    },
  },
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const state of states) {
      test(`from the system setting, ${state.name}: no WCAG violations`, async ({ page }) => {
        await openDecoder(page);
        await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${scheme}\\b`));
        await state.prepare(page);
        await expectNoViolations(page);
      });

      test(`chosen in the theme select, ${state.name}: no WCAG violations`, async ({ page }) => {
        await openDecoder(page);
        // The opposite system setting, so the choice is what sets the theme.
        await page.emulateMedia({ colorScheme: scheme === 'dark' ? 'light' : 'dark' });
        await page.getByTestId('theme-select').selectOption(scheme);
        await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${scheme}\\b`));
        await state.prepare(page);
        await expectNoViolations(page);
      });
    }
  });
}
