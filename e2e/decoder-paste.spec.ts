import { expect, test, type Page } from '@playwright/test';
import { jsonOf, openDecoder, tokenView } from './support/decoder';
import { RFC7515_A1, RFC7515_A5_UNSECURED, RFC7520_6_JWE, RFC7797_B64_FALSE, jwsParts } from './support/tokens';

const { token, header, payload, expUtc } = RFC7515_A1;

async function expectA1Decoded(page: Page) {
  expect(await jsonOf(page.getByTestId('header-json'))).toEqual(header);
  expect(await jsonOf(page.getByTestId('payload-json'))).toEqual(payload);
}

test.describe('pasting a bare token', () => {
  test('shows header, payload, type, signature, time claims and findings', async ({ page }) => {
    const input = await openDecoder(page);
    await input.fill(token);

    await expectA1Decoded(page);
    await expect(page.getByTestId('token-type')).toHaveText('JWS');
    await expect(page.getByTestId('signature')).toHaveText(jwsParts(token).signature);
    await expect(page.getByTestId('claim-exp')).toContainText(expUtc);
    await expect(page.getByTestId('warning-expired')).toBeVisible();
    await expect(page.getByTestId('token-source')).toContainText('whole input');
  });
});

test.describe('finding the token in what was pasted', () => {
  // Each form a token is copied from in practice, and the words the source line must hold.
  const forms: { name: string; text: string; source: string }[] = [
    { name: 'a Bearer value', text: `Bearer ${token}`, source: 'Bearer' },
    { name: 'an Authorization header line', text: `Authorization: Bearer ${token}\nHost: api.example.com`, source: 'Authorization' },
    { name: 'a Cookie header', text: `Cookie: a=1; session=${token}`, source: 'session' },
    { name: 'a Set-Cookie header', text: `Set-Cookie: id=${token}; Path=/; Secure`, source: 'Set-Cookie' },
    { name: 'a JSON response', text: JSON.stringify({ access_token: token }), source: 'access_token' },
    { name: 'a redirect URL', text: `https://app.example/cb#id_token=${token}&state=x`, source: 'id_token' },
    { name: 'a quoted token wrapped over lines', text: `"${token.slice(0, 60)}\n${token.slice(60, 130)}\n${token.slice(130)}"`, source: 'whole input' },
  ];

  for (const form of forms) {
    test(`decodes ${form.name} and names where the token was`, async ({ page }) => {
      const input = await openDecoder(page);
      await input.fill(form.text);

      await expectA1Decoded(page);
      await expect(page.getByTestId('signature')).toHaveText(jwsParts(token).signature);
      await expect(page.getByTestId('token-source')).toContainText(form.source);
      // The editor holds exactly what was pasted: the token is found, never rewritten.
      await expect(input).toHaveValue(form.text);
    });
  }

  test('names a Cookie header and a Set-Cookie header apart', async ({ page }) => {
    const input = await openDecoder(page);
    await input.fill(`Cookie: a=1; session=${token}`);
    await expect(page.getByTestId('token-source')).toContainText(/Cookie header/);
    await expect(page.getByTestId('token-source')).not.toContainText('Set-Cookie');
    await input.fill(`Set-Cookie: id=${token}; Path=/; Secure`);
    await expect(page.getByTestId('token-source')).toContainText('Set-Cookie');
  });
});

test.describe('the editor controls', () => {
  test('loading an example fills the editor and Clear empties it', async ({ page }) => {
    const input = await openDecoder(page);
    await page.getByTestId('example-select').selectOption('id-token');

    await expect(input).not.toHaveValue('');
    expect(await jsonOf(page.getByTestId('payload-json'))).toMatchObject({ iss: 'https://login.example.com/', name: 'Jane Doe' });

    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(input).toHaveValue('');
    await expect(page.getByTestId('payload-json')).toHaveCount(0);
  });
});

test.describe('kinds of token', () => {
  test('an unsecured token (alg none) is called out', async ({ page }) => {
    const input = await openDecoder(page);
    await input.fill(RFC7515_A5_UNSECURED);

    await expect(page.getByTestId('token-type')).toHaveText('Unsecured');
    await expect(page.getByTestId('warning-alg-none')).toBeVisible();
    expect(await jsonOf(page.getByTestId('header-json'))).toEqual({ alg: 'none' });
  });

  test('an encrypted token (JWE) shows its header and says the content is encrypted', async ({ page }) => {
    const input = await openDecoder(page);
    await input.fill(RFC7520_6_JWE);

    await expect(page.getByTestId('token-type')).toHaveText('JWE');
    await expect(page.getByTestId('jwe-note')).toBeVisible();
    expect(await jsonOf(page.getByTestId('header-json'))).toMatchObject({ alg: 'RSA-OAEP', cty: 'JWT', enc: 'A128GCM' });
    await expect(page.getByTestId('payload-json')).toHaveCount(0);
  });

  test('a nested token opens as a second view', async ({ page }) => {
    await openDecoder(page);
    await page.getByTestId('example-select').selectOption('nested');
    await expect(tokenView(page, 1)).toHaveCount(0);

    await page.getByTestId('decode-nested-0').click();

    const inner = tokenView(page, 1);
    await expect(inner).toBeVisible();
    expect(await jsonOf(inner.getByTestId('header-json'))).toMatchObject({ typ: 'at+jwt' });
    expect(await jsonOf(inner.getByTestId('payload-json'))).toMatchObject({ client_id: 's6BhdRkqt3', scope: 'openid profile orders:read' });
  });

  test('an unencoded payload (RFC 7797, b64 false) is shown as text', async ({ page }) => {
    const input = await openDecoder(page);
    await input.fill(RFC7797_B64_FALSE.token);

    await expect(page.getByTestId('payload-text')).toHaveText(RFC7797_B64_FALSE.payloadText);
    expect(await jsonOf(page.getByTestId('header-json'))).toEqual({ alg: 'HS256', b64: false, crit: ['b64'] });
    await expect(input).toHaveValue(RFC7797_B64_FALSE.token);
  });
});
