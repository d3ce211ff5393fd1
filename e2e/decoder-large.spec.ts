import { expect, test, type Page } from '@playwright/test';
import { jsonOf, openDecoder } from './support/decoder';
import { base64url } from './support/tokens';

// Tokens of about 2 MB: the decoder reads them away from typing, and shows them whole.
const HEADER = { alg: 'HS256', typ: 'JWT', kid: 'large' };
const SIGNATURE = 'c2lnbmF0dXJlLW5vdC1jaGVja2VkLWhlcmU';
const TARGET_JSON_CHARS = 1_500_000;

function compact(payload: object): string {
  return `${base64url(JSON.stringify(HEADER))}.${base64url(JSON.stringify(payload))}.${SIGNATURE}`;
}

/** A payload with long arrays of groups and permissions, as untrimmed group claims make them; its last claim marks the end. */
function manyClaims(): Record<string, unknown> {
  const groups: string[] = [];
  const permissions: object[] = [];
  const payload = { iss: 'https://idp.example', sub: 'user-1', exp: 4102444800, groups, permissions, last_claim: 'end-of-many-claims' };
  let length = JSON.stringify(payload).length;
  for (let i = 0; length < TARGET_JSON_CHARS; i++) {
    const group = `group-${i}-${(i * 7919).toString(36)}`;
    const permission = { resource: `urn:acme:orders:${i}`, actions: ['read', 'write'], granted_at: 1700000000 + i };
    groups.push(group);
    permissions.push(permission);
    length += JSON.stringify(group).length + JSON.stringify(permission).length + 2;
  }
  return payload;
}

/** A payload with one string claim of about 1.5 MB (an embedded document). */
function oneLongString(): Record<string, unknown> {
  const blob = Array.from({ length: TARGET_JSON_CHARS / 50 }, (_, i) => `chunk ${String(i).padStart(8, '0')} of an embedded document. `).join('');
  return { iss: 'https://idp.example', sub: 'user-2', exp: 4102444800, blob, last_claim: 'end-of-one-long-string' };
}

async function expectDecoded(page: Page, token: string, payload: Record<string, unknown>) {
  const input = page.getByTestId('token-input');
  await input.fill(token);
  await expect(page.getByTestId('claim-last_claim')).toContainText(String(payload.last_claim), { timeout: 90_000 });
  expect(await jsonOf(page.getByTestId('header-json'))).toEqual(HEADER);
  expect(await jsonOf(page.getByTestId('payload-json'))).toEqual(payload);
  await expect(page.getByTestId('signature')).toHaveText(SIGNATURE);
  await expect(page.getByTestId('decoding-status')).toHaveCount(0);
  await expectHeldWhole(page, token);
}

/** The editor holds the token as a summary, and shows all of it, unchanged, on request. */
async function expectHeldWhole(page: Page, token: string) {
  const input = page.getByTestId('token-input');
  await expect(page.getByTestId('token-summary')).toContainText(`${token.length.toLocaleString('en-US')} characters`);
  await expect(input).toHaveValue('');
  await page.getByRole('button', { name: /Show all of it as text/ }).click();
  await expect(page.getByTestId('token-summary')).toHaveCount(0);
  expect(await input.inputValue()).toBe(token);
}

test.describe('a token of 2 MB', () => {
  test.slow();

  test('with long arrays of claims: header, payload and the last claim are shown, and the editor keeps it', async ({ page }) => {
    const payload = manyClaims();
    const token = compact(payload);
    expect(token.length).toBeGreaterThan(1_900_000);
    await openDecoder(page);
    await expectDecoded(page, token, payload);
  });

  test('with one string claim of megabytes: shown whole, the claims table folds it', async ({ page }) => {
    const payload = oneLongString();
    const token = compact(payload);
    await openDecoder(page);
    await expectDecoded(page, token, payload);
    await expect(page.getByTestId('claim-blob')).toContainText(`Show all ${String(payload.blob).length.toLocaleString('en-US')} characters`);
  });

  test('says it is decoding until it is shown, and a small token pasted next replaces it', async ({ page }) => {
    const payload = manyClaims();
    // The worker's script is held back until the status has been read, so the decoding
    // state is seen however fast the machine.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/large-input\.worker-[\w-]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await openDecoder(page);
    await page.getByTestId('token-input').fill(compact(payload));
    const status = page.getByTestId('decoding-status');
    await expect(status).toHaveAttribute('aria-busy', 'true');
    await expect(status).toContainText(/Decoding 2\.\d MB/);
    release();
    await expect(page.getByTestId('claim-last_claim')).toBeVisible({ timeout: 90_000 });
    await expect(status).toHaveCount(0);

    const small = compact({ sub: 'small', exp: 4102444800 });
    await page.getByTestId('token-input').fill(small);
    expect(await jsonOf(page.getByTestId('payload-json'))).toEqual({ sub: 'small', exp: 4102444800 });
    await expect(page.getByTestId('claim-last_claim')).toHaveCount(0);
  });

  test('pasted from the clipboard, it never fills the field: a summary stands in, and a small paste replaces it', async ({ page, context }) => {
    const payload = manyClaims();
    const token = compact(payload);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openDecoder(page);
    await page.evaluate((text) => navigator.clipboard.writeText(text), token);
    const input = page.getByTestId('token-input');
    await input.focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(page.getByTestId('token-summary')).toBeVisible();
    await expect(input).toHaveValue('');
    await expect(page.getByTestId('claim-last_claim')).toContainText(String(payload.last_claim), { timeout: 90_000 });
    expect(await jsonOf(page.getByTestId('payload-json'))).toEqual(payload);
    await expectHeldWhole(page, token);

    const small = compact({ sub: 'small', exp: 4102444800 });
    await page.evaluate((text) => navigator.clipboard.writeText(text), small);
    await input.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    await expect(input).toHaveValue(small);
    expect(await jsonOf(page.getByTestId('payload-json'))).toEqual({ sub: 'small', exp: 4102444800 });
  });

  test('is decoded on the page itself where no worker can start', async ({ page }) => {
    // As when the app is opened from a file: the worker scripts cannot be loaded.
    await page.route(/\.worker-[\w-]+\.js$/, (route) => route.abort());
    const payload = manyClaims();
    await openDecoder(page);
    await expectDecoded(page, compact(payload), payload);
  });
});
