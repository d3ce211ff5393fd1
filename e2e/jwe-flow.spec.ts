import { expect, test, type Page } from '@playwright/test';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { GeneralEncrypt, exportJWK } from 'jose';
import { expectNoViolations } from './support/axe';
import { jsonOf } from './support/decoder';

// Three views, keys made in the page, a worker that loads jose: a busy machine takes a while.
test.slow();

const claims = { iss: 'https://idp.example', sub: `user-${randomBytes(4).toString('hex')}`, exp: 4102444800 };

/** Makes an encryption key pair on the Keys page and returns its public JWK and private PEM as shown. */
async function encryptionPair(page: Page, kind: string, alg: string) {
  await page.goto('/keys/');
  await expect(page.getByTestId('keygen-purpose')).toBeEnabled();
  await page.getByTestId('keygen-purpose').selectOption('enc');
  await page.getByTestId('keygen-type').selectOption(kind);
  await page.getByTestId('keygen-alg').selectOption(alg);
  await page.getByTestId('keygen-generate').click();
  await expect(page.getByTestId('keygen-private-pem')).toContainText('BEGIN PRIVATE KEY');
  return {
    publicJwk: (await page.getByTestId('keygen-public-jwk').textContent()) ?? '',
    privatePem: (await page.getByTestId('keygen-private-pem').textContent()) ?? '',
  };
}

/** Waits for the encoder's output and follows "Open in the decoder". */
async function openOutputInDecoder(page: Page) {
  await expect(page.getByTestId('encoder-output')).toHaveAttribute('data-state', 'encrypted');
  await page.getByTestId('encoder-open-decoder').click();
  await expect(page.getByTestId('token-type').first()).toHaveText('JWE');
}

async function decryptWith(page: Page, key: string) {
  await page.getByTestId('decrypt-key-input').fill(key);
  const status = page.getByTestId('decrypt-status');
  await expect(status).not.toHaveAttribute('data-code', 'no-key');
  await expect(status).not.toHaveAttribute('data-checking', 'true');
  return status;
}

test('a JWE made in the encoder, to a key pair from the Keys page, decrypts in the decoder', async ({ page }) => {
  const pair = await encryptionPair(page, 'RSA-OAEP-2048', 'RSA-OAEP-256');
  expect(JSON.parse(pair.publicJwk)).toMatchObject({ kty: 'RSA', use: 'enc', alg: 'RSA-OAEP-256' });

  await page.goto('/encoder/');
  await page.getByTestId('encoder-mode').selectOption('jwe');
  await page.getByTestId('encoder-enc-alg').selectOption('RSA-OAEP-256');
  await page.getByTestId('encoder-enc').selectOption('A256GCM');
  await page.getByTestId('encoder-enc-key').fill(pair.publicJwk);
  await page.getByTestId('encoder-payload').fill(JSON.stringify(claims));
  await openOutputInDecoder(page);

  await expect(await decryptWith(page, pair.privatePem)).toHaveAttribute('data-status', 'decrypted');
  expect(await jsonOf(page.getByTestId('plaintext-json'))).toEqual(claims);
  await expect(page.getByTestId('claim-exp')).toContainText('2100-01-01T00:00:00Z');
});

test('a nested token made in the encoder decrypts, and its inner signature verifies with the signing secret', async ({ page }) => {
  const pair = await encryptionPair(page, 'X25519', 'ECDH-ES+A128KW');
  const secret = `nested-${randomBytes(24).toString('hex')}`;

  await page.goto('/encoder/');
  await page.getByTestId('encoder-mode').selectOption('nested');
  await page.getByTestId('encoder-alg').selectOption('HS256');
  await page.getByTestId('encoder-secret-encoding').selectOption('utf8');
  await page.getByTestId('encoder-key').fill(secret);
  await page.getByTestId('encoder-payload').fill(JSON.stringify(claims));
  await page.getByTestId('encoder-enc-alg').selectOption('ECDH-ES+A128KW');
  await page.getByTestId('encoder-enc-key').fill(pair.publicJwk);
  await openOutputInDecoder(page);

  await expect(await decryptWith(page, pair.privatePem)).toHaveAttribute('data-status', 'decrypted');
  const nested = page.getByTestId('nested-token-1');
  expect(await jsonOf(nested.getByTestId('payload-json'))).toEqual(claims);
  await nested.getByTestId('key-input').fill(secret);
  const verdict = nested.getByTestId('verify-status');
  await expect(verdict).not.toHaveAttribute('data-checking', 'true');
  await expect(verdict).toHaveAttribute('data-status', 'verified');
});

test('a JWE in the general JSON serialization shows each recipient, and opens with the second one’s key', async ({ page }) => {
  const first = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const second = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwe = await new GeneralEncrypt(new TextEncoder().encode(JSON.stringify(claims)))
    .setProtectedHeader({ enc: 'A128GCM' })
    .addRecipient(first.publicKey)
    .setUnprotectedHeader({ alg: 'RSA-OAEP-256', kid: 'first' })
    .addRecipient(second.publicKey)
    .setUnprotectedHeader({ alg: 'ECDH-ES+A128KW', kid: 'second' })
    .encrypt();
  await page.goto('/');
  await page.getByTestId('token-input').fill(JSON.stringify(jwe, null, 2));
  await expect(page.getByTestId('token-type')).toHaveText('JWE (JSON, general)');
  await expect(page.getByTestId('jwe-recipient-0')).toContainText('256 bytes');
  expect(await jsonOf(page.getByTestId('jwe-recipient-1-header'))).toMatchObject({ alg: 'ECDH-ES+A128KW', kid: 'second' });

  const privateJwk = { ...(await exportJWK(second.privateKey)), kid: 'second' };
  const status = await decryptWith(page, JSON.stringify(privateJwk));
  await expect(status).toHaveAttribute('data-status', 'decrypted');
  expect(await jsonOf(page.getByTestId('plaintext-json'))).toEqual(claims);
});

test('“Edit this token” carries a JWE to the encoder, which says its payload is encrypted', async ({ page }) => {
  const recipient = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwe = await new GeneralEncrypt(new TextEncoder().encode('{}')).setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }).addRecipient(recipient.publicKey).encrypt();
  const compact = [jwe.protected, jwe.recipients[0]!.encrypted_key, jwe.iv, jwe.ciphertext, jwe.tag].join('.');
  await page.goto('/');
  await page.getByTestId('token-input').fill(compact);
  await page.getByTestId('edit-token').click();
  await expect(page.getByTestId('encoder-mode')).toHaveValue('jwe');
  await expect(page.getByTestId('encoder-jwe-incoming')).toBeVisible();
  expect(await jsonOf(page.getByTestId('encoder-header'))).toEqual({ alg: 'RSA-OAEP-256', enc: 'A256GCM' });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the encoder’s encryption controls, with a key error and with a JWE made, have no WCAG violations, ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/encoder/');
    await page.getByTestId('encoder-mode').selectOption('jwe');
    await page.getByTestId('encoder-enc-alg').selectOption('A128KW');
    await page.getByTestId('encoder-enc-key-encoding').selectOption('hex');
    await page.getByTestId('encoder-enc-key').fill('00112233');
    await expect(page.getByTestId('encoder-enc-key-error')).toHaveAttribute('data-code', 'enc-key-wrong-size');
    await expectNoViolations(page);
    await page.getByTestId('encoder-enc-key').fill('00112233445566778899aabbccddeeff');
    await expect(page.getByTestId('encoder-output')).toHaveAttribute('data-state', 'encrypted');
    await expectNoViolations(page);
  });
}
