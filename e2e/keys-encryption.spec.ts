import { expect, test, type Page } from '@playwright/test';
import { calculateJwkThumbprint, compactDecrypt, CompactEncrypt, importJWK, importPKCS8, importSPKI, type JWK } from 'jose';
import { expectNoViolations } from './support/axe';
import { outputText } from './support/keys';

const PLAINTEXT = 'for the recipient only';

/** Opens the key tools, chooses the encryption purpose, generates a key of `kind` for `alg` and waits for it. */
async function generateForEncryption(page: Page, kind: string, alg?: string) {
  if (!page.url().endsWith('/keys/')) await page.goto('/keys/');
  await page.getByTestId('keygen-purpose').selectOption('enc');
  await page.getByTestId('keygen-type').selectOption(kind);
  if (alg) await page.getByTestId('keygen-alg').selectOption(alg);
  await page.getByTestId('keygen-generate').click();
  await expect(page.getByTestId('keygen-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
}

/** The pair's forms as the page shows them. */
async function shownPair(page: Page) {
  return {
    publicJwk: JSON.parse(await outputText(page, 'keygen-public-jwk')) as JWK,
    privateJwk: JSON.parse(await outputText(page, 'keygen-private-jwk')) as JWK,
    jwks: JSON.parse(await outputText(page, 'keygen-jwks')) as { keys: JWK[] },
    publicPem: await outputText(page, 'keygen-public-pem'),
    privatePem: await outputText(page, 'keygen-private-pem'),
  };
}

async function decrypted(jwe: string, key: Parameters<typeof compactDecrypt>[1]) {
  return new TextDecoder().decode((await compactDecrypt(jwe, key)).plaintext);
}

const pairs = [
  { kind: 'X25519', alg: 'ECDH-ES', shape: { kty: 'OKP', crv: 'X25519' } },
  { kind: 'RSA-OAEP-2048', alg: 'RSA-OAEP-256', shape: { kty: 'RSA' } },
];

for (const { kind, alg, shape } of pairs) {
  test(`${kind} for ${alg}, made by Chromium: JWKs marked for encryption, and a JWE to the public key opens with the private one`, async ({ page }) => {
    await generateForEncryption(page, kind, alg);
    const { publicJwk, privateJwk, jwks, publicPem, privatePem } = await shownPair(page);
    const thumbprint = await calculateJwkThumbprint(publicJwk);
    await expect(page.getByTestId('keygen-kid')).toHaveValue(thumbprint);
    expect(publicJwk).toMatchObject({ ...shape, use: 'enc', alg, kid: thumbprint });
    expect(publicJwk).not.toHaveProperty('d');
    expect(privateJwk).toMatchObject({ ...shape, use: 'enc', alg, kid: thumbprint, d: expect.any(String) });
    expect(jwks).toEqual({ keys: [publicJwk] });
    expect(privatePem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PRIVATE KEY-----$/);
    if (shape.kty === 'RSA') expect(Buffer.from(publicJwk.n!, 'base64url').length * 8).toBe(2048);
    await expect(page.getByTestId('keygen-roles')).toContainText('keeps the private key');

    // The sender encrypts to the published key; the recipient opens it with the key kept.
    const toJwk = await new CompactEncrypt(new TextEncoder().encode(PLAINTEXT)).setProtectedHeader({ alg, enc: 'A256GCM', kid: thumbprint }).encrypt(await importJWK(jwks.keys[0]!, alg));
    const toPem = await new CompactEncrypt(new TextEncoder().encode(PLAINTEXT)).setProtectedHeader({ alg, enc: 'A128CBC-HS256' }).encrypt(await importSPKI(publicPem, alg));
    for (const jwe of [toJwk, toPem]) {
      expect(await decrypted(jwe, await importPKCS8(privatePem, alg))).toBe(PLAINTEXT);
      expect(await decrypted(jwe, await importJWK(privateJwk, alg))).toBe(PLAINTEXT);
    }
  });
}

test('the purpose is chosen from the keyboard, and signing keys stay as they were', async ({ page }) => {
  await page.goto('/keys/');
  const purpose = page.getByTestId('keygen-purpose');
  await expect(purpose).toBeEnabled();
  await expect(page.getByLabel('Purpose')).toHaveValue('sig');
  await purpose.focus();
  await page.keyboard.press('ArrowDown');
  await expect(purpose).toHaveValue('enc');
  await expect(purpose).toBeFocused();
  await expect(page.getByTestId('keygen-alg')).toHaveValue('RSA-OAEP-256');
  await page.keyboard.press('ArrowUp');
  await expect(purpose).toHaveValue('sig');
  await expect(page.getByTestId('keygen-alg')).toHaveValue('RS256');
  await page.getByTestId('keygen-type').selectOption('EC-P-256');
  await page.getByTestId('keygen-generate').click();
  await expect(page.getByTestId('keygen-status')).toHaveAttribute('data-status', 'done');
  expect(JSON.parse(await outputText(page, 'keygen-public-jwk'))).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
  await expect(page.getByTestId('keygen-roles')).toHaveCount(0);
});

test('a 192-bit AES key is made in Chromium, with the note that Chromium cannot use it', async ({ page }) => {
  await generateForEncryption(page, 'AES-192', 'A192GCMKW');
  await expect(page.getByTestId('keygen-a192-note')).toContainText('Chromium');
  const base64url = await outputText(page, 'keygen-secret-base64url');
  expect(Buffer.from(base64url, 'base64url')).toHaveLength(24);
  expect(JSON.parse(await outputText(page, 'keygen-private-jwk'))).toMatchObject({ kty: 'oct', k: base64url, alg: 'A192GCMKW', use: 'enc' });
  await page.getByTestId('keygen-type').selectOption('AES-256');
  await expect(page.getByTestId('keygen-a192-note')).toHaveCount(0);
});

test.describe('on a small phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the encryption generator, with its longest kind and a key, never makes the page scroll sideways', async ({ page }) => {
    await generateForEncryption(page, 'dir-A256CBC-HS512');
    await generateForEncryption(page, 'RSA-OAEP-2048', 'RSA-OAEP-512');
    await page.getByTestId('keygen-type').selectOption('dir-A192CBC-HS384');
    await expect(page.getByTestId('keygen-a192-note')).toBeVisible();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test.slow();

    test('the encryption generator with a pair, a shared key and the 192-bit note: no WCAG violations', async ({ page }) => {
      await generateForEncryption(page, 'X25519', 'ECDH-ES+A128KW');
      await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${scheme}\\b`));
      await expectNoViolations(page);
      await generateForEncryption(page, 'AES-192');
      await expect(page.getByTestId('keygen-a192-note')).toBeVisible();
      await expectNoViolations(page);
    });
  });
}
