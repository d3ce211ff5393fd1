import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { jsonOf } from './support/decoder';
import { hs256Token, settledVerdict } from './support/verifier';

const SECRET = 'encoder-e2e-secret-0123456789-abcdefghij';
const PAYLOAD = { sub: 'alice', name: 'Alice Example', admin: true, iat: 1700000000 };

async function openEncoder(page: Page) {
  await page.goto('/encoder/');
  await expect(page.getByTestId('encoder-header')).toBeVisible();
}

/** Types a secret of one's own over the random one the page starts with, read as UTF-8 text. */
async function typeSecret(page: Page, secret: string) {
  await page.getByTestId('encoder-secret-encoding').selectOption('utf8');
  await page.getByTestId('encoder-key').fill(secret);
}

/** The token once the output says it matches what was typed. */
async function signedToken(page: Page): Promise<string> {
  const output = page.getByTestId('encoder-output');
  await expect(output).toHaveAttribute('data-state', 'signed');
  const token = (await output.textContent()) ?? '';
  expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]*$/);
  return token;
}

/** Opens the token in the decoder, checks its claims, and verifies it with `key`. */
async function verifyInDecoder(page: Page, token: string, key: string, alg: string) {
  await page.getByTestId('encoder-open-decoder').click();
  await expect(page).toHaveURL(/\/#token=/);
  await expect(page.getByTestId('token-input')).toHaveValue(token);
  expect(await jsonOf(page.getByTestId('payload-json'))).toEqual(PAYLOAD);
  expect(await jsonOf(page.getByTestId('header-json'))).toEqual({ alg, typ: 'JWT' });
  await page.getByTestId('key-input').fill(key);
  await expect(await settledVerdict(page)).toHaveAttribute('data-status', 'verified');
}

test('the first view shows a token signed with a random secret made in the page, which the decoder verifies with that secret', async ({ page, request }) => {
  // The build's page holds no secret: the field is empty until the browser makes one.
  const built = await (await request.get('/encoder/')).text();
  expect(built).toMatch(/<textarea[^>]*id="encoder-key"[^>]*><\/textarea>/);

  await openEncoder(page);
  const key = page.getByTestId('encoder-key');
  await expect(key).toHaveValue(/^[\w-]{43}$/);
  await expect(key).toBeEditable();
  await expect(page.getByTestId('encoder-secret-encoding')).toHaveValue('base64url');
  await expect(page.getByTestId('encoder-error')).toHaveText('');
  const secret = await key.inputValue();
  const token = await signedToken(page);
  expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });

  await page.getByTestId('encoder-open-decoder').click();
  await expect(page.getByTestId('token-input')).toHaveValue(token);
  await page.getByTestId('key-input').fill(secret);
  await page.getByTestId('secret-encoding').selectOption('base64url');
  await expect(await settledVerdict(page)).toHaveAttribute('data-status', 'verified');

  // Memory only: a new visit makes another secret.
  await page.goto('/encoder/');
  await expect(page.getByTestId('encoder-key')).toHaveValue(/^[\w-]{43}$/);
  await expect(page.getByTestId('encoder-key')).not.toHaveValue(secret);
});

test('"Generate a random secret" makes a new one, as long as the hash for HS512', async ({ page }) => {
  await openEncoder(page);
  const first = await page.getByTestId('encoder-key').inputValue();
  await page.getByTestId('encoder-alg').selectOption('HS512');
  await page.getByRole('button', { name: 'Generate a random secret' }).click();
  await expect(page.getByTestId('encoder-key')).toHaveValue(/^[\w-]{86}$/);
  await expect(page.getByTestId('encoder-key')).not.toHaveValue(first);
  await signedToken(page);
});

test('signs with an HMAC secret; the decoder shows the same claims and verifies with that secret', async ({ page }) => {
  await openEncoder(page);
  await page.getByTestId('encoder-header').fill(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  await page.getByTestId('encoder-payload').fill(JSON.stringify(PAYLOAD, null, 2));
  await page.getByTestId('encoder-alg').selectOption('HS384');
  expect(JSON.parse(await page.getByTestId('encoder-header').inputValue())).toEqual({ alg: 'HS384', typ: 'JWT' });
  await typeSecret(page, SECRET);
  await expect(page.getByTestId('encoder-secret-strength')).toBeVisible();
  const token = await signedToken(page);
  await verifyInDecoder(page, token, SECRET, 'HS384');
});

test('a hex secret signs with the bytes it spells', async ({ page }) => {
  await openEncoder(page);
  await page.getByTestId('encoder-payload').fill(JSON.stringify(PAYLOAD));
  await page.getByTestId('encoder-header').fill(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const hex = Buffer.from(SECRET).toString('hex');
  await page.getByTestId('encoder-secret-encoding').selectOption('hex');
  await page.getByTestId('encoder-key').fill(hex);
  // The same bytes as the UTF-8 secret: the same token as one signed elsewhere with it.
  expect(await signedToken(page)).toBe(hs256Token(PAYLOAD, SECRET));
});

for (const alg of ['ES256', 'RS256', 'EdDSA']) {
  test(`${alg}: a generated key pair signs, and the decoder verifies with the public key shown as PEM`, async ({ page }) => {
    await openEncoder(page);
    await page.getByTestId('encoder-payload').fill(JSON.stringify(PAYLOAD));
    await page.getByTestId('encoder-alg').selectOption(alg);
    await page.getByTestId('encoder-generate').click();
    const pem = page.getByTestId('encoder-public-pem');
    await expect(pem).toContainText('-----BEGIN PUBLIC KEY-----');
    await expect(page.getByTestId('encoder-key')).toHaveValue(/^-----BEGIN PRIVATE KEY-----/);
    expect(await jsonOf(page.getByTestId('encoder-public-jwk'))).toMatchObject({ alg, use: 'sig' });
    const publicPem = (await pem.textContent()) ?? '';
    const token = await signedToken(page);
    await verifyInDecoder(page, token, publicPem, alg);
  });
}

test('invalid JSON is shown with its line and column as it is typed, and no token is made', async ({ page }) => {
  await openEncoder(page);
  await signedToken(page);
  await page.getByTestId('encoder-payload').fill('{\n  "sub": "alice",\n  "admin": tru\n}');
  await expect(page.getByTestId('encoder-payload-error')).toContainText('Line 3:12');
  await expect(page.getByTestId('encoder-payload')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('encoder-output')).toHaveAttribute('data-state', 'error');
  await expect(page.getByTestId('encoder-output')).toHaveText('');
  await page.getByTestId('encoder-header').fill('{"alg": "HS256" "typ": "JWT"}');
  await expect(page.getByTestId('encoder-header-error')).toContainText('Line 1:17');
  await page.getByTestId('encoder-header').fill('{"alg": "HS256"}');
  await page.getByTestId('encoder-payload').fill('{"sub": "alice"}');
  await expect(page.getByTestId('encoder-payload-error')).toHaveText('');
  await signedToken(page);
});

test('claim helpers set iat, nbf and exp from the clock, a random jti, and templates start an ID token or an RFC 9068 access token', async ({ page }) => {
  const now = Date.UTC(2026, 0, 15, 9, 30, 0) / 1000;
  await page.clock.setFixedTime(now * 1000);
  await openEncoder(page);
  const payload = async () => JSON.parse(await page.getByTestId('encoder-payload').inputValue()) as Record<string, unknown>;
  const header = async () => JSON.parse(await page.getByTestId('encoder-header').inputValue()) as Record<string, unknown>;

  await page.getByRole('button', { name: 'iat = now' }).click();
  await page.getByRole('button', { name: 'nbf = now' }).click();
  await page.getByLabel('Lifetime for exp').selectOption({ label: '30 seconds' });
  await page.getByTestId('encoder-set-exp').click();
  await page.getByRole('button', { name: 'Random jti' }).click();
  const first = await payload();
  expect(first).toMatchObject({ iat: now, nbf: now, exp: now + 30 });
  expect(first.jti).toMatch(/^[\w-]{22}$/);
  await page.getByRole('button', { name: 'Random jti' }).click();
  expect((await payload()).jti).not.toBe(first.jti);

  // The token that expires in 30 seconds, signed with the page's random secret, read back by the decoder.
  await signedToken(page);
  await page.getByTestId('encoder-open-decoder').click();
  await expect(page.getByTestId('claim-exp')).toContainText('2026-01-15T09:30:30Z');
  await page.goBack();
  await expect(page.getByTestId('encoder-header')).toBeVisible();

  await page.getByTestId('encoder-template').selectOption({ label: 'OpenID Connect ID token' });
  expect(await payload()).toMatchObject({ iss: 'https://issuer.example.com', aud: 's6BhdRkqt3', nonce: 'n-0S6_WzA2Mj', iat: now, auth_time: now, exp: now + 3600 });
  expect(await header()).toMatchObject({ typ: 'JWT' });

  await page.getByTestId('encoder-template').selectOption({ label: 'OAuth 2.0 access token (RFC 9068)' });
  const access = await payload();
  expect(access).toMatchObject({ client_id: 's6BhdRkqt3', iat: now, exp: now + 3600 });
  expect(access.jti).toMatch(/^[\w-]{22}$/);
  expect(await header()).toMatchObject({ typ: 'at+jwt' });
});

test('alg none makes an unsecured token under a warning', async ({ page }) => {
  await openEncoder(page);
  await page.getByTestId('encoder-alg').selectOption('none');
  await expect(page.getByRole('alert').filter({ hasText: 'An unsecured token' })).toBeVisible();
  await expect(page.getByTestId('encoder-key')).toHaveCount(0);
  const token = await signedToken(page);
  expect(token.endsWith('.')).toBe(true);
  expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString())).toEqual({ alg: 'none', typ: 'JWT' });
});

test('a mismatched key says why: a public key cannot sign, an RSA key cannot make ES256', async ({ page }) => {
  await openEncoder(page);
  await page.getByTestId('encoder-alg').selectOption('RS256');
  await page.getByTestId('encoder-generate').click();
  const publicPem = (await page.getByTestId('encoder-public-pem').textContent()) ?? '';
  const privatePem = await page.getByTestId('encoder-key').inputValue();
  await page.getByTestId('encoder-alg').selectOption('ES256');
  await page.getByTestId('encoder-key').fill(privatePem);
  await expect(page.getByTestId('encoder-error')).toContainText('ES256 cannot be made with an RSA');
  await page.getByTestId('encoder-key').fill(publicPem);
  await expect(page.getByTestId('encoder-key-error')).toContainText('Signing needs the private key');
});

test('"Edit this token" in the decoder carries its header and payload to the encoder', async ({ page }) => {
  const token = hs256Token(PAYLOAD, SECRET);
  await page.goto('/');
  await page.getByTestId('token-input').fill(token);
  await page.getByTestId('edit-token').click();
  await expect(page).toHaveURL(/\/encoder\/$/);
  await expect.poll(async () => JSON.parse(await page.getByTestId('encoder-payload').inputValue()) as unknown).toEqual(PAYLOAD);
  expect(JSON.parse(await page.getByTestId('encoder-header').inputValue())).toEqual({ alg: 'HS256', typ: 'JWT' });
  await expect(page.getByTestId('encoder-alg')).toHaveValue('HS256');
  // Signed again with the same secret, it is the same token.
  await typeSecret(page, SECRET);
  expect(await signedToken(page)).toBe(token);
});

test('a link to the encoder with #token= opened directly fills the editors', async ({ page }) => {
  const token = hs256Token(PAYLOAD, SECRET);
  await page.goto(`/encoder/#token=${token}`);
  await expect.poll(async () => JSON.parse(await page.getByTestId('encoder-payload').inputValue()) as unknown).toEqual(PAYLOAD);
  expect(page.url()).not.toContain('token=');
});

test('privacy: after generating and signing, no key or secret is in storage or the address', async ({ page }) => {
  await openEncoder(page);
  await signedToken(page);
  const startingSecret = await page.getByTestId('encoder-key').inputValue();
  await typeSecret(page, SECRET);
  await signedToken(page);
  await page.getByTestId('encoder-alg').selectOption('ES256');
  await page.getByTestId('encoder-generate').click();
  await expect(page.getByTestId('encoder-public-pem')).toBeVisible();
  const privatePem = await page.getByTestId('encoder-key').inputValue();
  const token = await signedToken(page);
  const privateBody = privatePem.split('\n')[1]!;
  const stored = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookies: document.cookie }));
  for (const secret of [startingSecret, SECRET, privateBody]) {
    expect(stored).not.toContain(secret);
    expect(page.url()).not.toContain(secret);
    expect(decodeURIComponent(page.url())).not.toContain(secret);
  }
  // Opening it in the decoder puts the token in the fragment, and only the token.
  await page.getByTestId('encoder-open-decoder').click();
  await expect(page).toHaveURL(new RegExp(`#token=${token.replace(/[.]/g, '\\.')}$`));
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test.slow();

    test('the encoder with a weak secret, a generated key pair and an error: no WCAG violations', async ({ page }) => {
      await openEncoder(page);
      await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${scheme}\\b`));
      await typeSecret(page, 'secret');
      await expect(page.getByTestId('warning-weak-secret')).toBeVisible();
      await signedToken(page);
      await expectNoViolations(page);
      await page.getByTestId('encoder-alg').selectOption('ES256');
      await page.getByTestId('encoder-generate').click();
      await expect(page.getByTestId('encoder-public-pem')).toBeVisible();
      await page.getByTestId('encoder-payload').fill('{"sub": }');
      await expect(page.getByTestId('encoder-payload-error')).toContainText('Line 1:9');
      await expectNoViolations(page);
      await page.getByTestId('encoder-alg').selectOption('none');
      await expectNoViolations(page);
    });
  });
}
