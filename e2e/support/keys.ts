import { expect, type Page } from '@playwright/test';

/** Opens the key tools, generates a key of `kind` (a `keygen-type` option) and waits for it. */
export async function generateOnPage(page: Page, kind: string, alg?: string): Promise<void> {
  if (!page.url().endsWith('/keys/')) await page.goto('/keys/');
  await page.getByTestId('keygen-type').selectOption(kind);
  if (alg) await page.getByTestId('keygen-alg').selectOption(alg);
  await page.getByTestId('keygen-generate').click();
  await expect(page.getByTestId('keygen-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
}

/** The text of an output block. */
export async function outputText(page: Page, testId: string): Promise<string> {
  const text = await page.getByTestId(testId).textContent();
  if (!text) throw new Error(`${testId} is empty`);
  return text;
}
