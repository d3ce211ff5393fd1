import { expect, test } from '@playwright/test';
import { createHmac, generateKeyPairSync, sign as signWith } from 'node:crypto';
import { base64url } from './support/tokens';
import { hs256Token, openWithToken, settledVerdict, signedToken, verifyWith } from './support/verifier';

/** The verdict is on exactly the token the page shows. */

const SECRET = 'a-shared-secret-of-thirty-two-bytes!!';

test('a genuine token wrapped by a terminal verifies, and the verdict says the line breaks were removed', async ({ page }) => {
  const token = hs256Token({ sub: 'wrapped', name: 'A name long enough to wrap' }, SECRET);
  // Breaks fall in the header and in the payload, as a terminal 80 columns wide puts them.
  const wrapped = `${token.slice(0, 20)}\n${token.slice(20, 80)}\n${token.slice(80)}`;
  const status = await verifyWith(page, wrapped, SECRET);
  await expect(status).toHaveAttribute('data-status', 'verified');
  await expect(page.getByTestId('verify-whitespace-note')).toBeVisible();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy the token' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
});

test("a bare token with a trailing dot is malformed and never verified; the rest would verify", async ({ page }) => {
  const token = hs256Token({ sub: 'dot' }, SECRET);
  const status = await verifyWith(page, `${token}.`, SECRET);
  await expect(status).toHaveAttribute('data-status', 'invalid');
  await expect(status).toHaveAttribute('data-code', 'malformed-token');
  await expect(status).toContainText("Without the trailing '.', the rest would verify.");
  await expect(page.getByTestId('warning-malformed-token')).toContainText(`'.' at offset ${token.length}`);
  await expect(page.getByTestId('token-source')).toContainText('malformed');
  // The parts before the dot are still shown.
  await expect(page.getByTestId('payload-json')).toContainText('"dot"');
});

test('a token inside a sentence stops where the sentence goes on, and the page says what it left out', async ({ page }) => {
  const token = hs256Token({ sub: 'sentence' }, SECRET);
  const status = await verifyWith(page, `The gateway rejected ${token}. Then it retried.`, SECRET);
  await expect(status).toHaveAttribute('data-status', 'verified');
  await expect(page.getByTestId('token-source')).toContainText('“.” after it is not part of it');
});

test('an empty payload verifies as one, and detached content is verified when pasted', async ({ page }) => {
  const header = base64url(JSON.stringify({ alg: 'HS256' }));
  const over = (payload: string) => createHmac('sha256', SECRET).update(`${header}.${payload}`).digest('base64url');
  const content = 'detached content, sent apart from the token';
  const detached = `${header}..${over(base64url(content))}`;
  const status = await verifyWith(page, detached, SECRET);
  await expect(status).toHaveAttribute('data-code', 'detached-payload');
  await page.getByTestId('detached-payload-input').fill(content);
  await expect(status).toHaveAttribute('data-status', 'verified');
  await expect(status).toContainText('detached content you pasted');

  await page.getByTestId('token-input').fill(`${header}..${over('')}`);
  await page.getByTestId('detached-payload-input').fill('');
  await expect(settledVerdict(page)).resolves.toHaveAttribute('data-status', 'verified');
  await expect(status).toContainText('JWT libraries refuse');
});

test('a key set mixing a secret and a public key is refused, and one key can be chosen alone', async ({ page }) => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const token = signedToken({ alg: 'ES256', typ: 'JWT' }, { sub: 'mixed' }, (input) => signWith('sha256', input, { key: privateKey, dsaEncoding: 'ieee-p1363' }));
  const set = JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'ec' }, { kty: 'oct', kid: 'hmac', k: Buffer.from(SECRET).toString('base64url') }] });
  await openWithToken(page, token);
  await page.getByTestId('key-input').fill(set);
  const status = await settledVerdict(page);
  await expect(status).toHaveAttribute('data-status', 'error');
  await expect(status).toHaveAttribute('data-code', 'mixed-key-set');
  await page.getByTestId('verify-with-key-0').click();
  await expect(status).toHaveAttribute('data-status', 'verified');
  await expect(status).toContainText('You chose key 0 alone');
  await page.getByTestId('verify-with-whole-set').click();
  await expect(status).toHaveAttribute('data-code', 'mixed-key-set');
});
