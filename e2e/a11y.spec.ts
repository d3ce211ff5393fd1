import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { openDecoder } from './support/decoder';
import { STATIC_HOST_URL } from './support/hosts';
import { RFC7515_A1, base64url, jwsParts } from './support/tokens';

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
    name: 'with bidi controls shown in claims and findings',
    prepare: async (page) => {
      const bidi = `${base64url(JSON.stringify({ alg: 'HS256', jku: 'https://keys.example/\u202Elmth.skwj' }))}.${base64url(JSON.stringify({ name: '\u202Egnp.exe', exp: 4102444800 }))}.${signature}`;
      await page.getByTestId('token-input').fill(bidi);
      await expect(page.getByTestId('claim-name').locator('[data-bidi-control]')).toBeVisible();
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

/**
 * The other views, in states their own specs leave out: the decoder's states are above, the
 * converter with results and the explainer as first opened are checked in their specs.
 */
const views: { name: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'the not-found view',
    open: async (page) => {
      // The plain static host answers an unknown path with its 404 page.
      await page.goto(`${STATIC_HOST_URL}/no/such/page`);
      await expect(page.getByTestId('not-found')).toBeVisible();
    },
  },
  {
    name: 'the timestamp converter, empty',
    open: async (page) => {
      await page.goto('/timestamp/');
      await expect(page.getByTestId('timestamp-input')).toBeVisible();
    },
  },
  {
    name: 'the key tools, as first opened',
    open: async (page) => {
      await page.goto('/keys/');
      await expect(page.getByTestId('keygen-generate')).toBeEnabled();
    },
  },
  {
    name: 'the explainer with its widgets answered',
    open: async (page) => {
      await page.goto('/explainer/');
      await page.getByRole('button', { name: 'A JWT in a cookie, with problems' }).click();
      await expect(page.getByTestId('cookie-jwt-decoded')).toBeVisible();
      await page.getByTestId('revocation-simulator').getByTestId('sim-deny-list').check();
      const helper = page.getByTestId('decision-helper');
      await helper.getByTestId('decision-own-backend-no').check();
      await helper.getByTestId('decision-browser-only-yes').check();
      await expect(helper.getByTestId('decision-result')).toHaveAttribute('data-code', 'browser-only-tokens');
    },
  },
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme, other views`, () => {
    test.use({ colorScheme: scheme });

    for (const view of views) {
      test(`${view.name}: no WCAG violations`, async ({ page }) => {
        await view.open(page);
        await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${scheme}\\b`));
        await expectNoViolations(page);
      });
    }
  });
}
