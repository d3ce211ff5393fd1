import { expect, test, type Page } from '@playwright/test';
import { GeneralSign, exportJWK, generateKeyPair } from 'jose';
import { expectNoViolations } from './support/axe';
import { jsonOf, openDecoder } from './support/decoder';
import { settledVerdict } from './support/verifier';

/** A JWS in the general JSON serialization (RFC 7515 §7.2.1) with two signatures, made at test time. */
const SECRET = 'a shared secret of thirty-two bytes!';
const CLAIMS = { sub: 'alice', iss: 'https://issuer.example', exp: 1300819380 };

async function generalJws() {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jws = await new GeneralSign(new TextEncoder().encode(JSON.stringify(CLAIMS)))
    .addSignature(new TextEncoder().encode(SECRET))
    .setProtectedHeader({ alg: 'HS256' })
    .setUnprotectedHeader({ kid: 'hmac-1' })
    .addSignature(privateKey)
    .setProtectedHeader({ alg: 'ES256', kid: 'ec-1' })
    .sign();
  return { text: JSON.stringify(jws, null, 2), ecJwk: JSON.stringify(await exportJWK(publicKey)) };
}

async function withKey(page: Page, key: string) {
  await page.getByTestId('key-input').fill(key);
  await expect(page.getByTestId('verify-status')).not.toHaveAttribute('data-status', 'idle');
  return settledVerdict(page);
}

test('a general JWS with two signatures: decoded, then each signature checked with the key that fits it', async ({ page }) => {
  const { text, ecJwk } = await generalJws();
  const input = await openDecoder(page);
  await input.fill(text);

  await expect(page.getByTestId('token-type')).toHaveText('JWS (JSON, general)');
  expect(await jsonOf(page.getByTestId('payload-json'))).toEqual(CLAIMS);
  await expect(page.getByTestId('claim-exp')).toContainText('2011-03-22T18:43:00Z');
  const [first, second] = [page.getByTestId('signature-0'), page.getByTestId('signature-1')];
  expect(await jsonOf(first.getByTestId('signature-0-protected'))).toEqual({ alg: 'HS256' });
  expect(await jsonOf(first.getByTestId('signature-0-header'))).toEqual({ kid: 'hmac-1' });
  expect(await jsonOf(second.getByTestId('signature-1-protected'))).toEqual({ alg: 'ES256', kid: 'ec-1' });
  await expect(page.getByTestId('verify-status')).toHaveAttribute('data-status', 'idle');
  await expect(first).toHaveAttribute('data-status', 'idle');

  // The secret checks the HMAC signature; the ES256 one is listed as not checked, with why.
  const verdict = await withKey(page, SECRET);
  await expect(verdict).toHaveAttribute('data-status', 'verified');
  await expect(first).toHaveAttribute('data-status', 'verified');
  await expect(second).toHaveAttribute('data-status', 'idle');
  await expect(second).toHaveAttribute('data-code', 'alg-not-allowed-for-key');
  await expect(second).toContainText('Not checked');

  // The EC public key checks the other one, and is never used as an HMAC secret.
  await withKey(page, ecJwk);
  await expect(verdict).toHaveAttribute('data-status', 'verified');
  await expect(second).toHaveAttribute('data-status', 'verified');
  await expect(first).toHaveAttribute('data-status', 'idle');
  await expect(first).toHaveAttribute('data-code', 'key-as-secret');

  // Another secret fails the HMAC signature: the JWS is invalid.
  await withKey(page, 'another secret of thirty-two bytes');
  await expect(verdict).toHaveAttribute('data-status', 'invalid');
  await expect(first).toHaveAttribute('data-status', 'invalid');
  await expect(first).toHaveAttribute('data-code', 'signature-mismatch');
});

test('broken JSON says where, and the text stays as pasted', async ({ page }) => {
  const input = await openDecoder(page);
  const broken = '{\n  "payload": "e30",\n  "signatures": [\n    { "protected": "eyJhbGciOiJIUzI1NiJ9" "signature": "c2ln" }\n  ]\n}';
  await input.fill(broken);
  const error = page.getByTestId('decode-error');
  await expect(error).toContainText('line 4, column 43');
  await expect(error.locator('[data-code="invalid-json"]')).toHaveCount(1);
  await expect(input).toHaveValue(broken);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('the signatures with their verdicts pass axe', async ({ page }) => {
      const { text } = await generalJws();
      const input = await openDecoder(page);
      await input.fill(text);
      await expect(await withKey(page, SECRET)).toHaveAttribute('data-status', 'verified');
      await expectNoViolations(page);
    });
  });
}
