import { expect, test, type Page, type Route } from '@playwright/test';
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { openDecoder } from './support/decoder';
import { STATIC_HOST_URL } from './support/hosts';
import { publishedVector } from './support/published-vectors';
import { base64url } from './support/tokens';

// RFC 7515 A.2: an RS256 token and the JWK that verifies it, served as if by an identity provider.
const a2 = publishedVector('rfc7515-a2-rs256-jwk');
const JWKS = { keys: [{ ...(JSON.parse(a2.key) as object), kid: 'a2', use: 'sig' }] };
const ISSUER = 'https://login.example.test/realms/acme';

async function serveJson(route: Route, body: unknown) {
  await route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(body) });
}

async function openWithToken(page: Page, token: string) {
  const input = await openDecoder(page);
  await input.fill(token);
  await expect(page.getByTestId('jwks-url-input')).toBeVisible();
}

const status = (page: Page) => page.getByTestId('verify-status');

test.describe('keys from a URL', () => {
  test('a JWKS URL: fetched on request, its keys shown and used', async ({ page }) => {
    await page.route('https://login.example.test/jwks.json', (route) => serveJson(route, JWKS));
    await openWithToken(page, a2.token);
    await page.getByTestId('jwks-url-input').fill('https://login.example.test/jwks.json');
    await page.getByTestId('jwks-url-fetch').click();
    await expect(page.getByTestId('jwks-url-result')).toContainText('Fetched 1 key from https://login.example.test/jwks.json');
    await expect(page.getByTestId('key-input')).toHaveValue(/"kid": "a2"/);
    await expect(status(page)).toHaveAttribute('data-status', 'verified');
  });

  test('an issuer resolved through OpenID Connect discovery', async ({ page }) => {
    await page.route(`${ISSUER}/.well-known/openid-configuration`, (route) => serveJson(route, { issuer: ISSUER, jwks_uri: `${ISSUER}/certs` }));
    await page.route(`${ISSUER}/certs`, (route) => serveJson(route, JWKS));
    await page.route(ISSUER, (route) => route.fulfill({ status: 404, headers: { 'access-control-allow-origin': '*' }, body: 'not here' }));
    await openWithToken(page, a2.token);
    await page.getByTestId('jwks-url-input').fill(ISSUER);
    await page.getByTestId('jwks-url-fetch').click();
    const result = page.getByTestId('jwks-url-result');
    await expect(result).toContainText(`${ISSUER}/.well-known/openid-configuration — 200`);
    await expect(status(page)).toHaveAttribute('data-status', 'verified');
  });

  test('a server that does not allow other sites to read its keys: says so and offers pasting', async ({ page }) => {
    // A real cross-origin request: the plain static server sends no Access-Control-Allow-Origin,
    // so the browser withholds its answer (CORS).
    await openWithToken(page, a2.token);
    await page.getByTestId('jwks-url-input').fill(`${STATIC_HOST_URL}/404.html`);
    await page.getByTestId('jwks-url-fetch').click();
    const message = page.getByTestId('jwks-url-result').locator('[data-code]');
    await expect(message).toHaveAttribute('data-code', 'network-or-cors');
    await expect(message).toContainText('paste');
  });

  test('offline: says the browser is offline', async ({ page, context }) => {
    await openWithToken(page, a2.token);
    await context.setOffline(true);
    await page.getByTestId('jwks-url-input').fill('https://login.example.test/jwks.json');
    await page.getByTestId('jwks-url-fetch').click();
    await expect(page.getByTestId('jwks-url-result').locator('[data-code]')).toHaveAttribute('data-code', 'offline');
    await context.setOffline(false);
  });

  test('nothing is fetched from the token’s own iss until the user asks', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const header = base64url(JSON.stringify({ alg: 'RS256', jku: 'https://attacker.example/keys' }));
    const payload = base64url(JSON.stringify({ iss: ISSUER, exp: 4102444800 }));
    await openWithToken(page, `${header}.${payload}.c2ln`);
    await page.getByRole('button', { name: `Use the token’s issuer: ${ISSUER}` }).click();
    await expect(page.getByTestId('jwks-url-input')).toHaveValue(ISSUER);
    expect(requested.filter((url) => !url.startsWith('http://localhost'))).toEqual([]);
  });
});

test('a token signed with a well-known secret is caught without any key', async ({ page }) => {
  const input = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }))}`;
  const token = `${input}.${createHmac('sha256', 'your-256-bit-secret').update(input).digest('base64url')}`;
  await openWithToken(page, token);
  const warning = page.getByTestId('warning-weak-secret');
  await expect(warning).toContainText('your-256-bit-secret');
  await warning.getByRole('button', { name: 'Verify with it' }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'verified');
});

test('clearing the token keeps the key that was typed', async ({ page }) => {
  await openWithToken(page, a2.token);
  await page.getByTestId('key-input').fill(a2.key);
  await expect(status(page)).toHaveAttribute('data-status', 'verified');
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByTestId('key-input')).toHaveValue(a2.key);
});

test('a key the token carries is used only when asked, and the verdict says it proves nothing', async ({ page }) => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const header = base64url(JSON.stringify({ alg: 'ES256', jwk: publicKey.export({ format: 'jwk' }) }));
  const payload = base64url(JSON.stringify({ sub: 'self-signed', exp: 4102444800 }));
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url');
  await openWithToken(page, `${header}.${payload}.${signature}`);
  await expect(status(page)).toHaveAttribute('data-status', 'idle');
  await page.getByTestId('use-embedded-key').check();
  await expect(status(page)).toHaveAttribute('data-status', 'verified');
  await expect(status(page)).toContainText('the key the token carries itself');
});

test('keys from the token’s own jku are fetched only on request, and the verdict is marked as proving nothing', async ({ page }) => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jku = 'https://attacker.example.test/keys.json';
  await page.route(jku, (route) => serveJson(route, { keys: [publicKey.export({ format: 'jwk' })] }));
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const header = base64url(JSON.stringify({ alg: 'RS256', jku }));
  const payload = base64url(JSON.stringify({ sub: 'admin', exp: 4102444800 }));
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
  await openWithToken(page, `${header}.${payload}.${signature}`);
  await page.getByRole('button', { name: `Use the URL in the token’s jku header: ${jku}` }).click();
  expect(requested).not.toContain(jku);
  await page.getByTestId('jwks-url-fetch').click();
  await expect(status(page)).toHaveAttribute('data-status', 'verified');
  await expect(page.getByTestId('jku-key-notice')).toContainText('proves nothing');
});
