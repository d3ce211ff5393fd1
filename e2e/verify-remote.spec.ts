import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Route } from '@playwright/test';
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDecoder } from './support/decoder';
import { STATIC_HOST_URL } from './support/hosts';
import { publishedVector } from './support/published-vectors';
import { base64url } from './support/tokens';

// RFC 7515 A.2: an RS256 token and the JWK that verifies it, served as if by an identity provider.
const a2 = publishedVector('rfc7515-a2-rs256-jwk');
const JWKS = { keys: [{ ...(JSON.parse(a2.key) as object), kid: 'a2', use: 'sig' }] };
const ISSUER = 'https://login.example.test/realms/acme';

/** The verifier's test certificates and keys (src/lib/verify/fixtures/README.md). */
function readFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../src/lib/verify/fixtures/${name}`, import.meta.url)), 'utf8');
}

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

test.describe('a metadata URL typed as it is', () => {
  const metadataUrl = `${ISSUER}/.well-known/openid-configuration`;

  test('is used when it names the issuer its URL implies', async ({ page }) => {
    await page.route(metadataUrl, (route) => serveJson(route, { issuer: ISSUER, jwks_uri: `${ISSUER}/certs` }));
    await page.route(`${ISSUER}/certs`, (route) => serveJson(route, JWKS));
    await openWithToken(page, a2.token);
    await page.getByTestId('jwks-url-input').fill(metadataUrl);
    await page.getByTestId('jwks-url-fetch').click();
    await expect(page.getByTestId('jwks-url-result').locator('[data-code]')).toHaveAttribute('data-code', 'ok');
    await expect(status(page)).toHaveAttribute('data-status', 'verified');
  });

  test('is refused when it names another issuer (OIDC Discovery §4.3), and its keys are not fetched', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.route(metadataUrl, (route) => serveJson(route, { issuer: 'https://evil.example.test', jwks_uri: 'https://evil.example.test/keys' }));
    await openWithToken(page, a2.token);
    await page.getByTestId('jwks-url-input').fill(metadataUrl);
    await page.getByTestId('jwks-url-fetch').click();
    const message = page.getByTestId('jwks-url-result').locator('[data-code]');
    await expect(message).toHaveAttribute('data-code', 'issuer-mismatch');
    await expect(message).toContainText(`not “${ISSUER}”`);
    expect(requested).not.toContain('https://evil.example.test/keys');
    await expect(page.getByTestId('key-input')).toHaveValue('');
  });
});

test.describe('fetched keys and a key already typed', () => {
  test('ask before replacing it: Keep leaves it, Replace swaps it', async ({ page }) => {
    await page.route('https://login.example.test/jwks.json', (route) => serveJson(route, JWKS));
    await openWithToken(page, a2.token);
    await page.getByTestId('key-input').fill('a secret typed by hand');
    await page.getByTestId('jwks-url-input').fill('https://login.example.test/jwks.json');
    await page.getByTestId('jwks-url-fetch').click();
    const confirm = page.getByTestId('replace-key-confirm');
    await expect(confirm).toContainText('Replace the key you pasted?');
    await expect(page.getByTestId('key-input')).toHaveValue('a secret typed by hand');
    await confirm.getByRole('button', { name: 'Keep' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByTestId('key-input')).toHaveValue('a secret typed by hand');

    await page.getByTestId('jwks-url-fetch').click();
    await confirm.getByRole('button', { name: 'Replace' }).click();
    await expect(page.getByTestId('key-input')).toHaveValue(/"kid": "a2"/);
    await expect(status(page)).toHaveAttribute('data-status', 'verified');
  });

  test('the question meets WCAG in both themes', async ({ page }) => {
    await page.route('https://login.example.test/jwks.json', (route) => serveJson(route, JWKS));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await openWithToken(page, a2.token);
      await page.getByTestId('key-input').fill('a secret typed by hand');
      await page.getByTestId('jwks-url-input').fill('https://login.example.test/jwks.json');
      await page.getByTestId('jwks-url-fetch').click();
      await expect(page.getByTestId('replace-key-confirm')).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).include('[data-testid="replace-key-confirm"]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
    }
  });
});

test('a certificate chain from the token’s own x5u: fetched only on request, read as PEM, and the verdict marked as proving nothing', async ({ page }) => {
  const x5u = 'https://certs.example.test/chain.pem';
  const chain = `${readFixture('test-rsa-certificate.pem')}${readFixture('test-ec-certificate.pem')}`;
  await page.route(x5u, (route) =>
    route.fulfill({ status: 200, contentType: 'application/pem-certificate-chain', headers: { 'access-control-allow-origin': '*' }, body: chain }),
  );
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const header = base64url(JSON.stringify({ alg: 'RS256', x5u }));
  const payload = base64url(JSON.stringify({ sub: 'x5u', exp: 4102444800 }));
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), readFixture('test-rsa-private-key.pem')).toString('base64url');
  await openWithToken(page, `${header}.${payload}.${signature}`);
  await expect(status(page)).toHaveAttribute('data-status', 'idle');
  await page.getByRole('button', { name: `Use the URL in the token’s x5u header: ${x5u}` }).click();
  await expect(page.getByTestId('jwks-url-input')).toHaveValue(x5u);
  expect(requested).not.toContain(x5u);
  await page.getByTestId('jwks-url-fetch').click();
  await expect(page.getByTestId('jwks-url-result')).toContainText(`Fetched a PEM certificate chain of 2 certificates from ${x5u}`);
  await expect(page.getByTestId('key-input')).toHaveValue(/-----BEGIN CERTIFICATE-----/);
  await expect(status(page)).toHaveAttribute('data-status', 'verified');
  await expect(page.getByTestId('x5u-key-notice')).toContainText('proves nothing');
  await expect(page.getByTestId('certificate-info')).toContainText('CN=token-lens-test');
});
