import { expect, test, type Locator, type Page } from '@playwright/test';
import { openDecoder } from './support/decoder';
import { RFC7515_A1, base64url, jwsParts } from './support/tokens';

const { header, payload, signature } = jwsParts(RFC7515_A1.token);

/** The payload segment with one character replaced: base64url has no '%'. */
const PERCENT_AT = 17;
const badPayload = `${payload.slice(0, PERCENT_AT)}%${payload.slice(PERCENT_AT + 1)}`;

// A trailing comma: JSON.parse rejects it, so the header cannot be read.
const badHeaderJson = base64url('{"alg":"HS256",}');

const malformed: { name: string; token: string; message: string | RegExp }[] = [
  { name: 'a payload with a character outside base64url', token: `${header}.${badPayload}.${signature}`, message: `payload: invalid base64url character "%" at offset ${PERCENT_AT}` },
  { name: 'a header that is not JSON', token: `${badHeaderJson}.${payload}.${signature}`, message: /header: JSON error at line 1 column \d+/ },
  { name: 'two parts', token: `${header}.${payload}`, message: /token: 2 parts \(1 dot\)/ },
  { name: 'four parts', token: `${header}.${payload}.${signature}.${signature}`, message: /token: 4 parts \(3 dots\)/ },
];

async function expectEditorKept(page: Page, input: Locator, value: string) {
  // A broken token never blanks the page: the editor and what was typed stay.
  await expect(input).toBeVisible();
  await expect(input).toHaveValue(value);
  await expect(page.getByTestId('app-error')).toHaveCount(0);
}

for (const { name, token, message } of malformed) {
  test(`${name}: says which part is wrong and why`, async ({ page }) => {
    const input = await openDecoder(page);
    await input.fill(token);

    const error = page.getByTestId('decode-error');
    await expect(error).toBeVisible();
    await expect(error).toHaveRole('alert');
    await expect(error).toContainText(message);
    await expectEditorKept(page, input, token);
  });
}

test('each broken token has its own message', async ({ page }) => {
  const input = await openDecoder(page);
  const seen = new Set<string>();
  for (const { token } of malformed) {
    await input.fill(token);
    const error = page.getByTestId('decode-error');
    await expect(error).toBeVisible();
    seen.add((await error.textContent()) ?? '');
  }
  expect(seen.size).toBe(malformed.length);
});

test('fixing the token replaces the error with the decoded view', async ({ page }) => {
  const input = await openDecoder(page);
  await input.fill(`${header}.${badPayload}.${signature}`);
  await expect(page.getByTestId('decode-error')).toBeVisible();

  await input.fill(RFC7515_A1.token);
  await expect(page.getByTestId('decode-error')).toHaveCount(0);
  await expect(page.getByTestId('payload-json')).toBeVisible();
  await expectEditorKept(page, input, RFC7515_A1.token);
});
