import { expect, type Locator, type Page } from '@playwright/test';

/** The JSON a panel shows: its text content must parse, whatever the colouring inside. */
export async function jsonOf(locator: Locator): Promise<unknown> {
  await expect(locator).toBeVisible();
  return JSON.parse((await locator.textContent()) ?? '') as unknown;
}

/** Opens the decoder and waits until the editor is ready for input. */
export async function openDecoder(page: Page, path = '/'): Promise<Locator> {
  await page.goto(path);
  const input = page.getByTestId('token-input');
  await expect(input).toBeVisible();
  return input;
}

/** The view of the pasted token (depth 0), or of the token nested `depth` levels inside it. */
export function tokenView(page: Page, depth = 0): Locator {
  return page.locator(`[data-depth="${depth}"]`);
}
