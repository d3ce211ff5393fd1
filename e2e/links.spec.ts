import { expect, test } from '@playwright/test';
import { jsonOf } from './support/decoder';
import { RFC7515_A1, jwsParts } from './support/tokens';

const { token, payload } = RFC7515_A1;

for (const param of ['token', 'id_token', 'access_token']) {
  test(`a link with #${param}= opens with the token decoded`, async ({ page }) => {
    await page.goto(`/#${param}=${token}`);

    await expect(page.getByTestId('token-input')).toHaveValue(token);
    expect(await jsonOf(page.getByTestId('payload-json'))).toEqual(payload);
    await expect(page.getByTestId('query-token-notice')).toHaveCount(0);
  });
}

test('the token in the fragment is never sent in any request', async ({ page }) => {
  const signature = jwsParts(token).signature;
  const requested: string[] = [];
  // The context sees the page's requests and its service worker's.
  page.context().on('request', (request) => requested.push(request.url()));

  await page.goto(`/#token=${token}`);
  await expect(page.getByTestId('payload-json')).toBeVisible();
  await page.waitForLoadState('networkidle');

  expect(requested.length).toBeGreaterThan(0);
  expect(requested.filter((url) => url.includes(signature))).toEqual([]);
});

test('a token in the query string moves to the fragment, with a notice', async ({ page }) => {
  await page.goto(`/?token=${token}`);

  await expect(page.getByTestId('query-token-notice')).toBeVisible();
  expect(await jsonOf(page.getByTestId('payload-json'))).toEqual(payload);
  const location = await page.evaluate(() => ({ search: window.location.search, hash: window.location.hash }));
  expect(location.search).not.toContain('token=');
  expect(location.hash).toContain(`#token=`);
  expect(decodeURIComponent(location.hash)).toContain(token);
});
