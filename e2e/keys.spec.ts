import { expect, test, type Page } from '@playwright/test';
import { calculateJwkThumbprint, exportJWK, exportPKCS8, exportSPKI, generateKeyPair, importJWK, importPKCS8, importSPKI, SignJWT, type JWK } from 'jose';
import { expectNoViolations } from './support/axe';
import { generateOnPage, outputText } from './support/keys';
import { settledVerdict } from './support/verifier';

const PAYLOAD = { sub: 'key-tools-e2e', iat: 1_700_000_000, exp: 4_102_444_800 };
const PEM_ARMOUR = (label: string) => new RegExp(`^-----BEGIN ${label}-----\\n[A-Za-z0-9+/=\\n]+\\n-----END ${label}-----$`);

/** Pastes a token and a key into the decoder's verifier and returns the verdict. */
async function verifyInDecoder(page: Page, token: string, key: string) {
  await page.goto('/');
  await page.getByTestId('token-input').fill(token);
  await page.getByTestId('key-input').fill(key);
  return settledVerdict(page);
}

test.describe('generating keys', () => {
  const pairs = [
    { kind: 'RSA-2048', alg: 'RS256', shape: { kty: 'RSA' } },
    { kind: 'RSA-2048', alg: 'PS256', shape: { kty: 'RSA' } },
    { kind: 'EC-P-256', alg: 'ES256', shape: { kty: 'EC', crv: 'P-256' } },
    { kind: 'EC-P-521', alg: 'ES512', shape: { kty: 'EC', crv: 'P-521' } },
    { kind: 'Ed25519', alg: 'EdDSA', shape: { kty: 'OKP', crv: 'Ed25519' } },
  ];

  for (const { kind, alg, shape } of pairs) {
    test(`${kind} for ${alg}: every form parses, the kid is the thumbprint, and a token signed with it verifies in the decoder`, async ({ page }) => {
      await generateOnPage(page, kind, alg);
      const publicPem = await outputText(page, 'keygen-public-pem');
      const privatePem = await outputText(page, 'keygen-private-pem');
      expect(publicPem).toMatch(PEM_ARMOUR('PUBLIC KEY'));
      expect(privatePem).toMatch(PEM_ARMOUR('PRIVATE KEY'));
      const publicJwk = JSON.parse(await outputText(page, 'keygen-public-jwk')) as JWK;
      const privateJwk = JSON.parse(await outputText(page, 'keygen-private-jwk')) as JWK;
      const jwks = JSON.parse(await outputText(page, 'keygen-jwks')) as { keys: JWK[] };

      const thumbprint = await calculateJwkThumbprint(publicJwk);
      await expect(page.getByTestId('keygen-kid')).toHaveValue(thumbprint);
      await expect(page.getByTestId('keygen-thumbprint')).toHaveText(thumbprint);
      expect(publicJwk).toMatchObject({ ...shape, kid: thumbprint, alg, use: 'sig' });
      expect(publicJwk).not.toHaveProperty('d');
      expect(privateJwk).toMatchObject({ ...shape, kid: thumbprint, alg, use: 'sig' });
      expect(privateJwk.d).toEqual(expect.any(String));
      expect(jwks).toEqual({ keys: [publicJwk] });
      // The PEM and the JWK are the same key.
      const fromPem = await exportJWK(await importSPKI(publicPem, alg, { extractable: true }));
      expect({ ...fromPem, kid: thumbprint, alg, use: 'sig' }).toEqual(publicJwk);

      const token = await new SignJWT(PAYLOAD).setProtectedHeader({ alg, typ: 'JWT', kid: thumbprint }).sign(await importPKCS8(privatePem, alg));
      const signedWithJwk = await new SignJWT(PAYLOAD).setProtectedHeader({ alg }).sign(await importJWK(privateJwk, alg));
      await expect(await verifyInDecoder(page, token, publicPem)).toHaveAttribute('data-status', 'verified');
      await expect(await verifyInDecoder(page, signedWithJwk, JSON.stringify(jwks))).toHaveAttribute('data-status', 'verified');
    });
  }

  test('an HS256 secret: 32 random bytes as base64url, hex and an "oct" JWK whose token verifies in the decoder', async ({ page }) => {
    await generateOnPage(page, 'HS256');
    const base64url = await outputText(page, 'keygen-secret-base64url');
    const hex = await outputText(page, 'keygen-secret-hex');
    const jwk = JSON.parse(await outputText(page, 'keygen-private-jwk')) as JWK;
    expect(base64url).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hex).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(hex, 'hex')).toEqual(Buffer.from(base64url, 'base64url'));
    const thumbprint = await calculateJwkThumbprint({ kty: 'oct', k: base64url });
    expect(jwk).toEqual({ kty: 'oct', k: base64url, kid: thumbprint, alg: 'HS256', use: 'sig' });
    await expect(page.getByTestId('keygen-kid')).toHaveValue(thumbprint);

    const token = await new SignJWT(PAYLOAD).setProtectedHeader({ alg: 'HS256' }).sign(Buffer.from(hex, 'hex'));
    await page.goto('/');
    await page.getByTestId('token-input').fill(token);
    await page.getByTestId('key-input').fill(hex);
    await page.getByTestId('secret-encoding').selectOption('hex');
    await expect(await settledVerdict(page)).toHaveAttribute('data-status', 'verified');
  });

  test('the kid can be edited, and every JWK follows it', async ({ page }) => {
    await generateOnPage(page, 'EC-P-256');
    await page.getByTestId('keygen-kid').fill('signing-2026');
    expect(JSON.parse(await outputText(page, 'keygen-public-jwk'))).toMatchObject({ kid: 'signing-2026' });
    expect(JSON.parse(await outputText(page, 'keygen-private-jwk'))).toMatchObject({ kid: 'signing-2026' });
    expect(JSON.parse(await outputText(page, 'keygen-jwks'))).toMatchObject({ keys: [{ kid: 'signing-2026' }] });
    await page.getByRole('button', { name: 'Use the thumbprint' }).click();
    await expect(page.getByTestId('keygen-kid')).toHaveValue(await page.getByTestId('keygen-thumbprint').innerText());
  });

  test('RSA 4096 from the keyboard: a busy state while it is made, focus kept on the button, then the key', async ({ page }) => {
    await page.goto('/keys/');
    // Every state the status passes through, recorded as it changes: no timing involved.
    await page.evaluate(() => {
      const status = document.querySelector('[data-testid="keygen-status"]')!;
      const record = () => `${status.getAttribute('data-status') ?? ''} ${document.activeElement?.getAttribute('data-testid') ?? ''}`;
      const seen: string[] = [];
      (window as unknown as { seenStatuses: string[] }).seenStatuses = seen;
      new MutationObserver(() => seen.push(record())).observe(status, { attributes: true });
    });
    await page.getByTestId('keygen-type').selectOption('RSA-4096');
    await page.getByTestId('keygen-generate').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('keygen-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { seenStatuses: string[] }).seenStatuses)).toEqual(['busy keygen-generate', 'done keygen-generate']);
    await expect(page.getByTestId('keygen-generate')).toBeFocused();
    const publicJwk = JSON.parse(await outputText(page, 'keygen-public-jwk')) as JWK;
    expect(Buffer.from(publicJwk.n!, 'base64url').length * 8).toBe(4096);
    await expect(page.getByTestId('keygen-generate')).toBeEnabled();
  });

  test('copy buttons put the shown key on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await generateOnPage(page, 'Ed25519');
    await page.getByRole('button', { name: 'Copy public key (pem, spki)' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await outputText(page, 'keygen-public-pem'));
  });
});

test('a key made here signs a token in the encoder, which the decoder verifies with its public PEM, all in the browser', async ({ page }) => {
  await generateOnPage(page, 'EC-P-384');
  const publicPem = await outputText(page, 'keygen-public-pem');
  const privatePem = await outputText(page, 'keygen-private-pem');
  await page.getByTestId('keys-encoder-link').click();
  await expect(page).toHaveURL(/\/encoder\/$/);
  await page.getByTestId('encoder-alg').selectOption('ES384');
  await page.getByTestId('encoder-key').fill(privatePem);
  const output = page.getByTestId('encoder-output');
  await expect(output).toHaveAttribute('data-state', 'signed');
  const token = (await output.textContent()) ?? '';
  await page.getByTestId('encoder-open-decoder').click();
  await expect(page.getByTestId('token-input')).toHaveValue(token);
  await page.getByTestId('key-input').fill(publicPem);
  await expect(await settledVerdict(page)).toHaveAttribute('data-status', 'verified');
  // And back: the encoder links to the key tools.
  await page.goto('/encoder/');
  await page.getByTestId('encoder-keys-link').click();
  await expect(page).toHaveURL(/\/keys\/$/);
  await expect(page.getByTestId('keygen-type')).toBeVisible();
});

test.describe('converting keys', () => {
  test('PEM to JWK and JWK to PEM, public only or with the private part', async ({ page }) => {
    const { publicKey, privateKey } = await generateKeyPair('ES384', { extractable: true });
    const [spki, pkcs8, publicJwk, privateJwk] = await Promise.all([exportSPKI(publicKey), exportPKCS8(privateKey), exportJWK(publicKey), exportJWK(privateKey)]);
    await page.goto('/keys/');
    const input = page.getByTestId('keyconv-input');

    await input.fill(spki);
    await expect(page.getByTestId('keyconv-jwk')).toBeVisible();
    expect(JSON.parse(await outputText(page, 'keyconv-jwk'))).toEqual(publicJwk);
    expect((await outputText(page, 'keyconv-pem')).trim()).toBe(spki.trim());

    await page.getByTestId('keyconv-part-private').check();
    await input.fill(JSON.stringify(privateJwk, null, 2));
    await expect(page.getByTestId('keyconv-pem')).toContainText('BEGIN PRIVATE KEY');
    expect((await outputText(page, 'keyconv-pem')).trim()).toBe(pkcs8.trim());
    expect(JSON.parse(await outputText(page, 'keyconv-jwk'))).toEqual(privateJwk);

    await page.getByTestId('keyconv-part-public').check();
    await expect(page.getByTestId('keyconv-pem')).toContainText('BEGIN PUBLIC KEY');
    expect((await outputText(page, 'keyconv-pem')).trim()).toBe(spki.trim());
    expect(JSON.parse(await outputText(page, 'keyconv-jwk'))).toEqual(publicJwk);

    // A public key with the private part asked for: said, not failed.
    await page.getByTestId('keyconv-part-private').check();
    await input.fill(spki);
    await expect(page.getByTestId('keyconv-private-missing')).toBeVisible();
  });

  test('garbage and broken keys get a specific message, and the pasted text stays', async ({ page }) => {
    await page.goto('/keys/');
    const input = page.getByTestId('keyconv-input');
    await input.fill('this is not a key');
    const error = page.getByTestId('keyconv-error');
    await expect(error).toHaveAttribute('data-code', 'not-a-key');
    await expect(error).toHaveAttribute('role', 'alert');
    await expect(error).toContainText('neither a PEM key');
    await expect(input).toHaveValue('this is not a key');

    const { publicKey } = await generateKeyPair('ES256', { extractable: true });
    const lines = (await exportSPKI(publicKey)).split('\n');
    lines[1] = `${lines[1]!.slice(0, 9)}!${lines[1]!.slice(10)}`;
    const broken = lines.join('\n');
    await input.fill(broken);
    await expect(error).toHaveAttribute('data-code', 'pem-invalid-base64');
    await expect(error).toContainText('Line 2, column 10');
    await expect(input).toHaveValue(broken);
    await expect(page.getByTestId('keyconv-pem')).toHaveCount(0);

    await input.fill('{"kty": "EC",\n "crv": "P-256" "x": 1}');
    await expect(error).toHaveAttribute('data-code', 'invalid-json');
    await expect(error).toContainText('line 2');
  });
});

test('privacy: generated and converted keys are written nowhere, and the URL never changes', async ({ page }) => {
  await generateOnPage(page, 'RSA-2048');
  const privatePem = await outputText(page, 'keygen-private-pem');
  const privateJwk = JSON.parse(await outputText(page, 'keygen-private-jwk')) as JWK;
  await page.getByTestId('keyconv-part-private').check();
  await page.getByTestId('keyconv-input').fill(privatePem);
  await expect(page.getByTestId('keyconv-jwk')).toContainText('"d"');
  await generateOnPage(page, 'HS512');
  const secret = await outputText(page, 'keygen-secret-base64url');

  const secrets = [privateJwk.d!, privateJwk.p!, secret, privatePem.split('\n')[2]!];
  const stored = await page.evaluate(() => JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage), document.cookie]));
  for (const value of secrets) {
    expect(stored).not.toContain(value);
    expect(page.url()).not.toContain(value.slice(0, 16));
  }
  expect(new URL(page.url()).pathname).toBe('/keys/');
  expect(new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toBe('');
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test.slow();

    test('with a generated key, a conversion and a conversion error: no WCAG violations', async ({ page }) => {
      await generateOnPage(page, 'EC-P-256');
      await page.getByTestId('keygen-kid').fill('edited');
      await page.getByTestId('keyconv-input').fill(await outputText(page, 'keygen-private-pem'));
      await expect(page.getByTestId('keyconv-jwk')).toBeVisible();
      await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${scheme}\\b`));
      await expectNoViolations(page);
      await page.getByTestId('keyconv-input').fill('not a key');
      await expect(page.getByTestId('keyconv-error')).toBeVisible();
      await expectNoViolations(page);
    });
  });
}
