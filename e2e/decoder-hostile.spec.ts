import { expect, test } from '@playwright/test';
import { jsonOf, openDecoder, tokenView } from './support/decoder';
import { RFC7515_A1, base64url } from './support/tokens';

const unsigned = (header: object | string, payload: string) =>
  `${base64url(typeof header === 'string' ? header : JSON.stringify(header))}.${base64url(payload)}.c2ln`;

test.describe('input that could break the view', () => {
  test('extreme and malformed values keep every panel on screen', async ({ page }) => {
    const input = await openDecoder(page);
    const hostile = [
      unsigned({ alg: 'HS256' }, '{"exp":1900000000,"iat":-1e307}'),
      unsigned({ alg: 'HS256' }, `{"a":${'['.repeat(20_000)}${']'.repeat(20_000)}}`),
      unsigned({ alg: 'HS256' }, '{"<img src=x onerror=alert(1)>":"<script>alert(1)</script>","link":"javascript:alert(1)","bidi":"\u202Egnp.exe"}'),
    ];
    page.on('dialog', () => {
      throw new Error('a dialog opened: markup in a claim ran as script');
    });
    for (const token of hostile) {
      await input.fill(token);
      await expect(page.getByTestId('payload-json')).toBeVisible();
      // The verifier renders a moment later, and judges the same claims: wait for it too.
      await expect(page.getByTestId('claims-status')).toBeVisible();
      await expect(page.getByTestId('app-error')).toHaveCount(0);
      await expect(input).toHaveValue(token);
    }
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  });

  test('a JWE whose cty is an object still shows its header', async ({ page }) => {
    const input = await openDecoder(page);
    await input.fill(`${base64url('{"alg":"dir","enc":"A128GCM","cty":{"toString":1}}')}..aXYxMjM0NTY3ODkw.Y2lwaGVy.dGFndGFndGFndGFndGFn`);
    await expect(page.getByTestId('jwe-note')).toBeVisible();
  });

  test('names given twice and numbers too big for JavaScript are findings', async ({ page }) => {
    const input = await openDecoder(page);
    await input.fill(unsigned({ alg: 'HS256' }, '{"exp":4102444800,"id":12345678901234567890,"role":"user","role":"admin"}'));
    await expect(page.getByTestId('warning-duplicate-member')).toContainText('role');
    await expect(page.getByTestId('warning-imprecise-number')).toContainText('12345678901234567890');
  });
});

test.describe('finding the token', () => {
  test('two tokens in one paste: the first is shown and the other counted', async ({ page }) => {
    const input = await openDecoder(page);
    const second = unsigned({ alg: 'HS256' }, '{"sub":"second"}');
    await input.fill(`${RFC7515_A1.token}\n${second}`);
    expect(await jsonOf(tokenView(page).getByTestId('payload-json'))).toEqual(RFC7515_A1.payload);
    await expect(page.getByTestId('token-source')).toContainText('1 more token');
  });

  test('a percent-encoded token in a URL', async ({ page }) => {
    const input = await openDecoder(page);
    await input.fill(`https://app.example/cb#id_token=${RFC7515_A1.token.replaceAll('.', '%2E')}&state=1`);
    expect(await jsonOf(page.getByTestId('payload-json'))).toEqual(RFC7515_A1.payload);
    await expect(page.getByTestId('token-source')).toContainText('percent-encoded');
  });

  test('a token wrapped over lines is reported as non-canonical', async ({ page }) => {
    const input = await openDecoder(page);
    const token = RFC7515_A1.token;
    await input.fill(`${token.slice(0, 60)}\n${token.slice(60)}`);
    await expect(page.getByTestId('warning-non-canonical-encoding')).toBeVisible();
    await expect(page.getByTestId('signature')).toHaveText(token.split('.')[2]!);
  });
});

test.describe('from the keyboard', () => {
  test('arrow keys step through every example', async ({ page }) => {
    await openDecoder(page);
    const select = page.getByTestId('example-select');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(select).toHaveValue('access-token');
    await expect(page.getByTestId('token-type')).toHaveText('JWS');
  });

  test('the editor keeps focus when a paste makes the token very large', async ({ page }) => {
    const input = await openDecoder(page);
    await input.focus();
    const big = unsigned({ alg: 'HS256' }, JSON.stringify({ exp: 4102444800, data: 'x'.repeat(30_000) }));
    await input.fill(big);
    await expect(input).toBeFocused();
    await expect(page.getByTestId('token-source')).toContainText('unwrapped');
  });
});

test('on a 360 px phone, a long claim name does not make the page scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const input = await openDecoder(page);
  await input.fill(unsigned({ alg: 'HS256' }, '{"https://example.com/claims/password_for_legacy_system":"x","exp":4102444800}'));
  await expect(page.getByTestId('warning-sensitive-claim')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
