import { expect, test } from '@playwright/test';
import { generateKeyPairSync, sign, type JsonWebKey } from 'node:crypto';
import { p256PublicJwks, type P256PublicJwk } from '../scripts/p256-public-keys.mjs';
import { openWithToken, settledVerdict, signedToken, verifyStatus } from './support/verifier';

const KEY_COUNT = 10_000;

let others: P256PublicJwk[] | null = null;

/** 10,000 distinct P-256 public keys with kids k0…k9999; the signer's is the last. */
function largeKeySet(signer: JsonWebKey): string {
  others ??= p256PublicJwks(KEY_COUNT - 1);
  const keys = [...others, signer].map((key, i) => ({ ...key, kid: `k${i}` }));
  return JSON.stringify({ keys });
}

/** A token signed by a fresh P-256 key that names the last key of the set, and that set. */
function tokenAndKeySet(): { token: string; keySet: string } {
  const signer = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const token = signedToken({ alg: 'ES256', kid: `k${KEY_COUNT - 1}` }, { sub: 'large-set', exp: 4102444800 }, (input) =>
    sign('sha256', input, { key: signer.privateKey, dsaEncoding: 'ieee-p1363' }),
  );
  return { token, keySet: largeKeySet(signer.publicKey.export({ format: 'jwk' })) };
}

test('a JWK Set of 10,000 keys pasted for a token that names the last one: verified with that key', async ({ page }) => {
  test.slow();
  const { token, keySet } = tokenAndKeySet();
  await openWithToken(page, token);
  await page.getByTestId('key-input').fill(keySet);
  const status = await settledVerdict(page);
  await expect(status).toHaveAttribute('data-status', 'verified');
  await expect(page.getByTestId('jwks-key-used')).toContainText(`key ${KEY_COUNT - 1}`);
  // The key field keeps what was pasted, whole, as a summary it shows as text on request.
  await expect(page.getByTestId('key-summary')).toContainText(`${keySet.length.toLocaleString('en-US')} characters`);
  await page.getByRole('button', { name: /Show all of it as text/ }).click();
  expect(await page.getByTestId('key-input').inputValue()).toBe(keySet);
});

test('pasted from the clipboard, the set never fills the key field, and is verified the same', async ({ page, context }) => {
  test.slow();
  const { token, keySet } = tokenAndKeySet();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWithToken(page, token);
  await page.evaluate((text) => navigator.clipboard.writeText(text), keySet);
  const input = page.getByTestId('key-input');
  await input.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByTestId('key-summary')).toBeVisible();
  await expect(input).toHaveValue('');
  const status = await settledVerdict(page);
  await expect(status).toHaveAttribute('data-status', 'verified');
  await expect(page.getByTestId('jwks-key-used')).toContainText(`key ${KEY_COUNT - 1}`);
});

test('the same, read on the page itself where no worker can start', async ({ page }) => {
  test.slow();
  // As when the app is opened from a file: the worker scripts cannot be loaded.
  await page.route(/\.worker-[\w-]+\.js$/, (route) => route.abort());
  const { token, keySet } = tokenAndKeySet();
  await openWithToken(page, token);
  await page.getByTestId('key-input').fill(keySet);
  const status = await settledVerdict(page);
  await expect(status).toHaveAttribute('data-status', 'verified');
  await expect(page.getByTestId('jwks-key-used')).toContainText(`key ${KEY_COUNT - 1}`);
});

test('a JWK Set of 10,000 keys and a token without kid: a verdict, a short list, and other fields still take typing', async ({ page }) => {
  test.slow();
  const signer = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const payload = { sub: 'large-set', exp: 4102444800 };
  const es256 = (header: object) => signedToken(header, payload, (input) => sign('sha256', input, { key: signer.privateKey, dsaEncoding: 'ieee-p1363' }));

  await openWithToken(page, es256({ alg: 'ES256' }));
  await page.getByTestId('key-input').fill(largeKeySet(signer.publicKey.export({ format: 'jwk' })));
  const status = await settledVerdict(page);
  await expect(status).toHaveAttribute('data-status', 'invalid');
  await expect(status).toHaveAttribute('data-code', 'signature-mismatch');
  await expect(status).toContainText('Only the first 32 of the 10,000 keys that fit ES256 were tried; 9,968 were not');
  await expect(status).toContainText('"kid"');
  await expect(page.getByTestId(/^jwks-skipped-\d+$/)).toHaveCount(50);
  await expect(page.getByTestId('jwks-skipped-40')).toHaveAttribute('data-reason', 'attempt-limit');
  await expect(page.getByTestId('jwks-skipped-more')).toContainText('…and 9,949 more keys, not listed');

  // The page still takes typing in another field, and its answer follows.
  await page.getByTestId('claims-issuer').fill('https://issuer.example');
  await expect(page.getByTestId('claims-issuer')).toHaveValue('https://issuer.example');
  await expect(page.getByTestId('claim-check-iss')).toHaveAttribute('data-ok', 'false');

  // The same set with a token that names its kid: that one key is used, however far down.
  await page.getByTestId('token-input').fill(es256({ alg: 'ES256', kid: `k${KEY_COUNT - 1}` }));
  await expect(verifyStatus(page)).toHaveAttribute('data-status', 'verified');
  await expect(page.getByTestId('jwks-key-used')).toContainText(`key ${KEY_COUNT - 1}`);
});
