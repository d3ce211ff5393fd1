import { expect, test, type Page } from '@playwright/test';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { CompactEncrypt, SignJWT, exportJWK, importPKCS8 } from 'jose';
import { expectNoViolations } from './support/axe';
import { jsonOf, openDecoder } from './support/decoder';

// Decrypting runs in a worker that loads jose; on a busy machine that takes a moment.
test.slow();

const encoder = new TextEncoder();
const claims = { iss: 'https://idp.example', sub: `user-${randomBytes(4).toString('hex')}`, aud: 'api', exp: 4102444800, iat: 1700000000 };

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const rsaPrivatePem = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const rsaPublicPem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const otherRsaPem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

async function rsaJwe(plaintext: string, header: Record<string, unknown> = {}): Promise<string> {
  return new CompactEncrypt(encoder.encode(plaintext)).setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', ...header }).encrypt(rsa.publicKey);
}

/** The decryption verdict once it is the one for what was typed last. */
async function settledDecryption(page: Page) {
  const status = page.getByTestId('decrypt-status');
  await expect(status).toBeVisible();
  await expect(status).not.toHaveAttribute('data-code', 'no-key');
  await expect(status).not.toHaveAttribute('data-checking', 'true');
  return status;
}

async function openJwe(page: Page, jwe: string) {
  const input = await openDecoder(page);
  await input.fill(jwe);
  await expect(page.getByTestId('token-type').first()).toHaveText('JWE');
  await expect(page.getByTestId('decrypt-key-input')).toBeVisible();
}

test('an RSA-OAEP-256 JWE opens with the private key: its claims and times are shown as for a JWS', async ({ page }) => {
  await openJwe(page, await rsaJwe(JSON.stringify(claims)));
  await expect(page.getByTestId('decrypt-status')).toHaveAttribute('data-status', 'idle');
  await page.getByTestId('decrypt-key-input').fill(rsaPrivatePem);
  const status = await settledDecryption(page);
  await expect(status).toHaveAttribute('data-status', 'decrypted');
  await expect(status).toHaveAttribute('data-code', 'decrypted');
  expect(await jsonOf(page.getByTestId('plaintext-json'))).toEqual(claims);
  await expect(page.getByTestId('claim-exp')).toContainText('2100-01-01T00:00:00Z');
  // The JWE carries no signature: the signature verifier has nothing to say about it.
  await expect(page.getByTestId('key-input')).toBeHidden();
});

test('a key that does not open it fails, a public key is refused with the reason', async ({ page }) => {
  await openJwe(page, await rsaJwe(JSON.stringify(claims)));
  const key = page.getByTestId('decrypt-key-input');
  await key.fill(otherRsaPem);
  let status = await settledDecryption(page);
  await expect(status).toHaveAttribute('data-status', 'failed');
  await expect(page.getByTestId('plaintext-json')).toHaveCount(0);

  await key.fill(rsaPublicPem);
  status = await settledDecryption(page);
  await expect(status).toHaveAttribute('data-status', 'error');
  await expect(status).toHaveAttribute('data-code', 'public-key');
  await expect(status).toContainText(/private key/i);
  // What was typed stays as typed.
  await expect(key).toHaveValue(rsaPublicPem);
});

test('a nested token decrypts, and its inner signature is checked with the signer’s key', async ({ page }) => {
  const signer = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const signed = await new SignJWT(claims).setProtectedHeader({ alg: 'ES256', typ: 'JWT' }).sign(signer.privateKey);
  const recipient = generateKeyPairSync('x25519');
  const jwe = await new CompactEncrypt(encoder.encode(signed))
    .setProtectedHeader({ alg: 'ECDH-ES+A128KW', enc: 'A128CBC-HS256', cty: 'JWT' })
    .encrypt(recipient.publicKey);
  await openJwe(page, jwe);
  const privateJwk = await exportJWK(await importPKCS8(recipient.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'ECDH-ES', { extractable: true }));
  await page.getByTestId('decrypt-key-input').fill(JSON.stringify(privateJwk));
  await expect(await settledDecryption(page)).toHaveAttribute('data-status', 'decrypted');

  const nested = page.getByTestId('nested-token-1');
  await expect(nested.getByTestId('token-type')).toHaveText('JWS');
  expect(await jsonOf(nested.getByTestId('payload-json'))).toEqual(claims);
  await nested.getByTestId('key-input').fill(signer.publicKey.export({ type: 'spki', format: 'pem' }).toString());
  const verdict = nested.getByTestId('verify-status');
  await expect(verdict).not.toHaveAttribute('data-checking', 'true');
  await expect(verdict).toHaveAttribute('data-status', 'verified');
});

test('a PBES2 count past the limit is refused before any work', async ({ page }) => {
  const jwe = await new CompactEncrypt(encoder.encode('{}')).setProtectedHeader({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' }).setKeyManagementParameters({ p2c: 1000 }).encrypt(encoder.encode('a long enough password'));
  const [header, ...rest] = jwe.split('.');
  const hostile = { ...(JSON.parse(Buffer.from(header!, 'base64url').toString()) as object), p2c: 50_000_000 };
  await openJwe(page, [Buffer.from(JSON.stringify(hostile)).toString('base64url'), ...rest].join('.'));
  await expect(page.getByTestId('decrypt-key-encoding')).toBeVisible();
  await page.getByTestId('decrypt-key-input').fill('a long enough password');
  const status = await settledDecryption(page);
  await expect(status).toHaveAttribute('data-status', 'error');
  await expect(status).toHaveAttribute('data-code', 'p2c-too-large');
});

// How long the page's thread is busy is measured by `npm run bench` (it prints the longest
// task while a 1 MB JWE is decrypted); here, what keeps it free: the work is a worker's.
test('a 1 MB JWE decrypts in a worker, and its content is shown whole', async ({ page }) => {
  const big = { ...claims, blob: randomBytes(600_000).toString('base64url'), last_claim: 'end-of-the-blob' };
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await openJwe(page, await rsaJwe(JSON.stringify(big)));
  await page.getByTestId('decrypt-key-input').fill(rsaPrivatePem);
  await expect(await settledDecryption(page)).toHaveAttribute('data-status', 'decrypted');
  await expect(page.getByTestId('claim-last_claim')).toContainText('end-of-the-blob');
  expect(workers.some((url) => /decrypt\.worker/.test(url)), `workers started: ${workers.join(', ')}`).toBe(true);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the decryption panel and the decrypted content have no WCAG violations, ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openJwe(page, await rsaJwe(JSON.stringify(claims)));
    await expectNoViolations(page);
    await page.getByTestId('decrypt-key-input').fill(otherRsaPem);
    await expect(await settledDecryption(page)).toHaveAttribute('data-status', 'failed');
    await expectNoViolations(page);
    await page.getByTestId('decrypt-key-input').fill(rsaPrivatePem);
    await expect(await settledDecryption(page)).toHaveAttribute('data-status', 'decrypted');
    await expectNoViolations(page);
  });
}
