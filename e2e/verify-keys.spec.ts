import { expect, test } from '@playwright/test';
import { constants, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { GENERIC_KEY_ERRORS, hs256Token, openWithToken, settledVerdict, signedToken, verifyStatus, verifyWith } from './support/verifier';

const PAYLOAD = { sub: 'key-checks', exp: 4102444800 };

function es256Token(privateKey: Parameters<typeof sign>[2]): string {
  return signedToken({ alg: 'ES256' }, PAYLOAD, (input) => sign('sha256', input, { key: privateKey as never, dsaEncoding: 'ieee-p1363' }));
}

test.describe('verdict codes', () => {
  test('data-code carries the verdict’s code, also for a key that cannot be read', async ({ page }) => {
    const token = hs256Token(PAYLOAD, 'x'.repeat(32));
    await openWithToken(page, token);
    await expect(verifyStatus(page)).toHaveAttribute('data-status', 'idle');
    await expect(verifyStatus(page)).toHaveAttribute('data-code', 'no-key');
    await page.getByTestId('key-input').fill('{"kty": "EC", "crv": "P-256"}');
    const status = await settledVerdict(page);
    await expect(status).toHaveAttribute('data-status', 'error');
    await expect(status).toHaveAttribute('data-code', 'jwk-missing-member');
    await page.getByTestId('key-input').fill('x'.repeat(32));
    await expect(status).toHaveAttribute('data-code', 'verified');
    await expect(status).toHaveAttribute('data-status', 'verified');
    await expect(status).toHaveAttribute('aria-busy', 'false');
  });
});

test.describe('broken keys are named, never left to WebCrypto’s words', () => {
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ecJwk = ec.publicKey.export({ format: 'jwk' });
  const ed = generateKeyPairSync('ed25519');
  const edJwk = ed.publicKey.export({ format: 'jwk' });
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const rsaJwk = rsa.publicKey.export({ format: 'jwk' });
  const rs256 = signedToken({ alg: 'RS256' }, PAYLOAD, (input) => sign('sha256', input, rsa.privateKey));

  const cases: { name: string; token: () => string; key: object; code: string; words: RegExp }[] = [
    {
      name: 'an EC coordinate one byte short',
      token: () => es256Token(ec.privateKey),
      key: { ...ecJwk, x: Buffer.from(ecJwk.x ?? '', 'base64url').subarray(1).toString('base64url') },
      code: 'jwk-wrong-length',
      words: /coordinate "x" is 31 bytes; on P-256 it is exactly 32 bytes/,
    },
    {
      name: 'an EC coordinate cut short',
      token: () => es256Token(ec.privateKey),
      key: { ...ecJwk, y: (ecJwk.y ?? '').slice(0, 24) },
      code: 'jwk-wrong-length',
      words: /coordinate "y" is 18 bytes; on P-256 it is exactly 32 bytes.*cut short/,
    },
    {
      name: 'an EC point moved off its curve',
      token: () => es256Token(ec.privateKey),
      key: { ...ecJwk, y: `${(ecJwk.y ?? '').slice(0, 10)}${(ecJwk.y ?? '')[10] === 'A' ? 'B' : 'A'}${(ecJwk.y ?? '').slice(11)}` },
      code: 'jwk-point-not-on-curve',
      words: /not a point on P-256/,
    },
    {
      name: 'an Ed25519 "x" cut short',
      token: () => signedToken({ alg: 'EdDSA' }, PAYLOAD, (input) => sign(null, input, ed.privateKey)),
      key: { ...edJwk, x: (edJwk.x ?? '').slice(0, 40) },
      code: 'jwk-wrong-length',
      words: /coordinate "x" is 30 bytes; on Ed25519 it is exactly 32 bytes \(RFC 8037 §2\)/,
    },
    {
      name: 'an RSA "n" with a character base64url does not use',
      token: () => rs256,
      key: { ...rsaJwk, n: `${(rsaJwk.n ?? '').slice(0, 100)}!${(rsaJwk.n ?? '').slice(101)}` },
      code: 'jwk-not-base64url',
      words: /"n" has "!" at character 101/,
    },
    {
      name: 'an RSA "n" cut short',
      token: () => rs256,
      key: { ...rsaJwk, n: (rsaJwk.n ?? '').slice(0, 300) },
      code: 'jwk-rsa-modulus-malformed',
      words: /modulus "n" is (an even number|1800 bits, not a size RSA keys are made in)/,
    },
    {
      name: 'an RSA "e" that is no exponent, which WebCrypto refuses without a word',
      token: () => rs256,
      key: { ...rsaJwk, e: 'AQAA' },
      code: 'jwk-rsa-exponent-invalid',
      words: /exponent "e" is 65536, but an RSA public exponent is odd/,
    },
  ];

  for (const { name, token, key, code, words } of cases) {
    test(name, async ({ page }) => {
      const status = await verifyWith(page, token(), JSON.stringify(key));
      await expect(status).toHaveAttribute('data-status', 'error');
      await expect(status).toHaveAttribute('data-code', code);
      await expect(status).toContainText(words);
      await expect(status).not.toContainText(GENERIC_KEY_ERRORS);
    });
  }
});

test.describe('RSASSA-PSS keys, which Chromium will not import under their own OID', () => {
  const pss = generateKeyPairSync('rsa-pss', { modulusLength: 2048, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256' });
  const pem = pss.publicKey.export({ type: 'spki', format: 'pem' }) as string;
  const psToken = (bits: 256 | 384, privateKey: KeyObject) =>
    signedToken({ alg: `PS${bits}` }, PAYLOAD, (input) => sign(`sha${bits}`, input, { key: privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: bits / 8 }));

  test('verify PS256 when their parameters pin SHA-256', async ({ page }) => {
    const status = await verifyWith(page, psToken(256, pss.privateKey), pem);
    await expect(status).toHaveAttribute('data-status', 'verified');
    await expect(status).toHaveAttribute('data-code', 'verified');
    await expect(status).toContainText('PS256');
  });

  test('refuse any other algorithm', async ({ page }) => {
    // The pinned key cannot even make a PS384 signature; another key made this one.
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const status = await verifyWith(page, psToken(384, other.privateKey), pem);
    await expect(status).toHaveAttribute('data-code', 'alg-not-allowed-for-key');
    await expect(status).toContainText('RSASSA-PSS only, SHA-256');
    await expect(status).not.toContainText(GENERIC_KEY_ERRORS);
  });
});

test('a weak secret inside a pasted oct JWK is flagged like a typed one', async ({ page }) => {
  const token = hs256Token(PAYLOAD, 'secret');
  const status = await verifyWith(page, token, JSON.stringify({ kty: 'oct', k: Buffer.from('secret').toString('base64url') }));
  await expect(status).toHaveAttribute('data-status', 'verified');
  const warning = page.getByTestId('warning-weak-secret');
  await expect(warning).toContainText('well-known');
  await expect(warning).toContainText('6 bytes, 26 bytes short of the 32 HS256 needs');
});
