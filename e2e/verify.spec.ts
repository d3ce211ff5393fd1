import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createHmac, createPublicKey, generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { openDecoder } from './support/decoder';
import { publishedVector } from './support/published-vectors';
import { RFC7515_A5_UNSECURED, base64url } from './support/tokens';

/** Pastes a token and a key, and waits until the verifier has a verdict for them. */
async function verify(page: Page, token: string, key: string) {
  const input = await openDecoder(page);
  await input.fill(token);
  await page.getByTestId('key-input').fill(key);
  await expect(page.getByTestId('verify-status')).not.toHaveAttribute('data-status', 'idle');
  // The verdict for this key, not the previous one kept on screen while it was checked.
  await expect(page.getByTestId('verify-status')).not.toHaveAttribute('data-checking', 'true');
}

const status = (page: Page) => page.getByTestId('verify-status');

/** An HS256 token signed by hand, with any secret (RFC 7515 §5.1). */
function hs256(payload: object, secret: string | Buffer): string {
  const input = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(payload))}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

test.describe('HMAC secrets (RFC 7515 A.1)', () => {
  const a1 = publishedVector('rfc7515-a1-hs256-secret-b64url');

  test('verifies with the base64url secret only when read as base64url, and offers that encoding', async ({ page }) => {
    await verify(page, a1.token, a1.key);
    // Read as text, the same characters are another secret: the signature does not match.
    await expect(page.getByTestId('secret-encoding')).toHaveValue('utf8');
    await expect(status(page)).toHaveAttribute('data-status', 'invalid');
    await page.getByRole('button', { name: 'This looks like base64url — use it' }).click();
    await expect(page.getByTestId('secret-encoding')).toHaveValue('base64url');
    await expect(status(page)).toHaveAttribute('data-status', 'verified');
    await expect(status(page)).toContainText('HS256');
    await expect(page.getByTestId('key-thumbprint')).toHaveText(/^[A-Za-z0-9_-]{43}$/);
    await page.getByTestId('secret-encoding').selectOption('utf8');
    await expect(status(page)).toHaveAttribute('data-status', 'invalid');
  });

  test('flags a weak secret', async ({ page }) => {
    await verify(page, hs256({ sub: 'x' }, 'secret'), 'secret');
    await expect(status(page)).toHaveAttribute('data-status', 'verified');
    await expect(page.getByTestId('warning-weak-secret')).toContainText('well-known');
  });

  test('shows a valid signature on an expired token, and valid claims at a time set by hand', async ({ page }) => {
    const jwk = publishedVector('rfc7515-a1-hs256-jwk');
    await verify(page, jwk.token, jwk.key);
    await expect(status(page)).toHaveAttribute('data-status', 'verified');
    await expect(page.getByTestId('claims-status')).toHaveAttribute('data-status', 'invalid');
    await expect(page.getByTestId('claim-check-exp')).toHaveAttribute('data-ok', 'false');
    await page.getByLabel('Check at (UTC)').fill('2011-03-22T00:00');
    await expect(page.getByTestId('claims-status')).toHaveAttribute('data-status', 'valid');
    await expect(status(page)).toHaveAttribute('data-status', 'verified');
  });

  test('checks the issuer and audience asked for', async ({ page }) => {
    const jwk = publishedVector('rfc7515-a1-hs256-jwk');
    await verify(page, jwk.token, jwk.key);
    await page.getByLabel('Check at (UTC)').fill('2011-03-22T00:00');
    await page.getByLabel(/Expected issuer/).fill('joe');
    await expect(page.getByTestId('claims-status')).toHaveAttribute('data-status', 'valid');
    await page.getByLabel(/Expected audience/).fill('api, web');
    await expect(page.getByTestId('claims-status')).toHaveAttribute('data-status', 'invalid');
    await expect(page.getByTestId('claim-check-aud')).toContainText('No aud claim');
  });
});

test.describe('public keys', () => {
  const a2 = publishedVector('rfc7515-a2-rs256-jwk');

  test('verifies RS256 (RFC 7515 A.2) with its JWK and with the same key as PEM SPKI', async ({ page }) => {
    await verify(page, a2.token, a2.key);
    await expect(status(page)).toHaveAttribute('data-status', 'verified');
    await expect(status(page)).toContainText('RS256');
    const thumbprint = await page.getByTestId('key-thumbprint').textContent();
    const pem = createPublicKey({ key: JSON.parse(a2.key) as JsonWebKey, format: 'jwk' }).export({ type: 'spki', format: 'pem' }) as string;
    await page.getByTestId('key-input').fill(pem);
    await expect(status(page)).toHaveAttribute('data-status', 'verified');
    await expect(status(page)).toContainText('PEM');
    await expect(page.getByTestId('key-thumbprint')).toHaveText(thumbprint ?? '');
  });

  test('verifies with a JWK Set and says which key was used and why the other was skipped (RFC 7520 §4.1)', async ({ page }) => {
    const set = publishedVector('rfc7520-4.1-rs256-jwks-shared-kid');
    await verify(page, set.token, set.key);
    await expect(status(page)).toHaveAttribute('data-status', 'verified');
    await expect(page.getByTestId('jwks-key-used')).toContainText('bilbo.baggins@hobbiton.example');
    await expect(page.getByTestId('jwks-skipped-0')).toHaveAttribute('data-reason', 'wrong-type');
  });

  test('uses only the public part of a pasted private JWK and says so (RFC 7515 A.3)', async ({ page }) => {
    const a3 = publishedVector('rfc7515-a3-es256-private-jwk-pasted');
    await verify(page, a3.token, a3.key);
    await expect(status(page)).toHaveAttribute('data-status', 'verified');
    await expect(page.getByTestId('private-key-notice')).toContainText('never needs a private key');
  });
});

test.describe('refusals', () => {
  test('refuses an HS256 token signed with the PEM text of an RSA public key (RFC 8725 §3.1)', async ({ page }) => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
    await verify(page, hs256({ sub: 'admin' }, pem), pem);
    await expect(status(page)).toHaveAttribute('data-status', 'error');
    await expect(page.getByTestId('warning-key-as-secret')).toBeVisible();
  });

  test('never verifies alg none', async ({ page }) => {
    await verify(page, RFC7515_A5_UNSECURED, 'any secret at all');
    await expect(status(page)).toHaveAttribute('data-status', 'error');
  });

  test('keeps the key out of storage and the address bar', async ({ page }) => {
    const a2 = publishedVector('rfc7515-a2-rs256-jwk');
    await verify(page, a2.token, a2.key);
    await expect(status(page)).toHaveAttribute('data-status', 'verified');
    expect(page.url()).not.toContain('kty');
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain('ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd');
  });
});

test.describe('accessibility with a key pasted', () => {
  test.slow();
  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme} theme: no WCAG violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const jwk = publishedVector('rfc7515-a1-hs256-jwk');
      await verify(page, jwk.token, jwk.key);
      await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${scheme}\\b`));
      await expect(status(page)).toHaveAttribute('data-status', 'verified');
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
