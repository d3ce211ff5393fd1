import { expect, test, type Page } from '@playwright/test';
import { makeCa, makeChain, pemOf, signedWithChain, x5cOf, type TestChain } from '../src/lib/verify/test-chain';
import { expectNoViolations } from './support/axe';
import { openWithToken } from './support/verifier';

// Certificates made when the spec starts, valid from a day ago for a year: the app checks
// them against its live clock unless the claim checks set another time.
const DAY_MS = 86_400_000;

let chain: TestChain;
let token: string;

test.beforeAll(async () => {
  const now = Date.now();
  chain = await makeChain({ notBefore: new Date(now - DAY_MS), notAfter: new Date(now + 365 * DAY_MS) });
  token = await signedWithChain(chain.leafKeys.privateKey, x5cOf(chain.leaf, chain.intermediate));
});

/** The chain's verdict once no check is running. */
async function settledChain(page: Page) {
  const status = page.getByTestId('chain-status');
  await expect(status).toBeVisible();
  await expect(status).not.toHaveAttribute('data-checking', 'true');
  return status;
}

async function withAnchor(page: Page, pem: string) {
  await page.getByTestId('trust-anchor-input').fill(pem);
  return settledChain(page);
}

test('shows every certificate of the chain, and without an anchor says the chain alone proves nothing', async ({ page }) => {
  await openWithToken(page, token);
  const status = await settledChain(page);
  await expect(status).toHaveAttribute('data-status', 'none');
  await expect(status).toHaveAttribute('data-code', 'no-anchor');
  await expect(status).toContainText('proves nothing');
  const leaf = page.getByTestId('chain-cert-0');
  await expect(leaf).toHaveAttribute('data-status', 'ok');
  await expect(leaf.getByTestId('chain-cert-subject')).toHaveText('CN=token-signer.example, O=Token Lens Tests');
  await expect(leaf.getByTestId('chain-cert-issuer')).toHaveText('CN=Test Intermediate CA');
  await expect(leaf.getByTestId('chain-cert-serial')).toHaveText(chain.leaf.serialNumber);
  await expect(leaf.getByTestId('chain-cert-key')).toContainText('EC P-256');
  await expect(leaf.getByTestId('chain-cert-sha256')).toHaveText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  await expect(leaf.getByTestId('chain-cert-validity')).toContainText(chain.leaf.notAfter.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  await expect(page.getByTestId('chain-cert-1').getByTestId('chain-cert-subject')).toHaveText('CN=Test Intermediate CA');
  await expect(page.getByTestId('chain-cert-2')).toHaveCount(0);
});

test('is trusted against its root, and untrusted against another root', async ({ page }) => {
  await openWithToken(page, token);
  const trusted = await withAnchor(page, pemOf(chain.root));
  await expect(trusted).toHaveAttribute('data-status', 'trusted');
  await expect(trusted).toHaveAttribute('data-code', 'trusted');
  await expect(page.getByTestId('trust-anchor-info')).toContainText('CN=Test Root CA');

  const other = await makeCa('CN=Another Root CA', { notBefore: chain.root.notBefore, notAfter: chain.root.notAfter });
  const untrusted = await withAnchor(page, pemOf(other.certificate));
  await expect(untrusted).toHaveAttribute('data-status', 'untrusted');
  await expect(untrusted).toHaveAttribute('data-code', 'anchor-not-reached');
});

test('is broken when the intermediate is swapped for another with the same subject but a different key', async ({ page }) => {
  const swapped = await makeCa('CN=Test Intermediate CA', { notBefore: chain.intermediate.notBefore, notAfter: chain.intermediate.notAfter }, { subject: 'CN=Test Root CA', keys: chain.rootKeys });
  await openWithToken(page, await signedWithChain(chain.leafKeys.privateKey, x5cOf(chain.leaf, swapped.certificate)));
  const status = await withAnchor(page, pemOf(chain.root));
  await expect(status).toHaveAttribute('data-status', 'broken');
  await expect(status).toHaveAttribute('data-code', 'signature-invalid');
  const leaf = page.getByTestId('chain-cert-0');
  await expect(leaf).toHaveAttribute('data-status', 'broken');
  await expect(leaf.getByTestId('chain-problem-signature-invalid')).toHaveAttribute('data-index', '0');
  await expect(page.getByTestId('chain-cert-1')).toHaveAttribute('data-status', 'ok');
});

test('an anchor that is not a certificate says so and keeps what was typed', async ({ page }) => {
  await openWithToken(page, token);
  const publicKey = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----';
  const status = await withAnchor(page, publicKey);
  await expect(status).toHaveAttribute('data-status', 'none');
  await expect(status).toHaveAttribute('data-code', 'anchor-invalid');
  const error = page.getByTestId('trust-anchor-error');
  await expect(error).toHaveAttribute('data-code', 'anchor-not-certificate');
  await expect(error).toContainText('a public key, not a certificate');
  await expect(page.getByTestId('trust-anchor-input')).toHaveValue(publicKey);
});

test('follows the time set in the claim checks: past the leaf’s notAfter the chain is broken', async ({ page }) => {
  await openWithToken(page, token);
  await withAnchor(page, pemOf(chain.root));
  const later = new Date(chain.leaf.notAfter.getTime() + DAY_MS).toISOString().slice(0, 16);
  await page.getByTestId('claims-nowUtc').fill(later);
  const status = page.getByTestId('chain-status');
  await expect(status).toHaveAttribute('data-status', 'broken');
  await expect(status).toHaveAttribute('data-code', 'expired');
  await page.getByTestId('claims-nowUtc').fill('');
  await expect(status).toHaveAttribute('data-status', 'trusted');
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('the chain panel, trusted and with an anchor that cannot be read, has no WCAG violations', async ({ page }) => {
      await openWithToken(page, token);
      await expect(await withAnchor(page, pemOf(chain.root))).toHaveAttribute('data-status', 'trusted');
      await expectNoViolations(page);
      await expect(await withAnchor(page, 'not a certificate')).toHaveAttribute('data-code', 'anchor-invalid');
      await expectNoViolations(page);
    });
  });
}
