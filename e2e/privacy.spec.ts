import { expect, test, type Page } from '@playwright/test';
import { createHmac, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { CompactEncrypt } from 'jose';
import { openDecoder } from './support/decoder';
import { publishedVector } from './support/published-vectors';
import { RFC7515_A1, jwsParts } from './support/tokens';
import { settledVerdict, signedToken } from './support/verifier';

// A whole session with secrets in it, on the production build with its service worker.
test.slow();

/** Waits until the service worker is active and controls this page (after its precache is filled). */
async function waitForServiceWorkerControl(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  // A worker installed by this very visit takes control only once the page is loaded again.
  if (!(await controlled())) await page.reload();
  await expect.poll(controlled).toBe(true);
}

/** Everything the page can keep: both storages, every IndexedDB store, every cached response. */
async function readStorage(page: Page) {
  return page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const indexed: { where: string; text: string }[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      for (const store of db.objectStoreNames) {
        const objects = db.transaction(store, 'readonly').objectStore(store);
        const [values, keys] = await Promise.all([request(objects.getAll()), request(objects.getAllKeys())]);
        indexed.push({ where: `${info.name}/${store}`, text: JSON.stringify([keys, values]) });
      }
      db.close();
    }
    const cached: { where: string; text: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const key of await cache.keys()) {
        const response = await cache.match(key);
        cached.push({ where: `${name} ${key.url}`, text: `${key.url}\n${response ? await response.text() : ''}` });
      }
    }
    return {
      local: JSON.stringify(Object.entries(localStorage)),
      session: JSON.stringify(Object.entries(sessionStorage)),
      indexed,
      cached,
    };
  });
}

// Fresh secrets and keys, so that nothing the app ships can contain them by chance.
const hsSecret = `privacy-${randomBytes(12).toString('hex')}`;
const hsToken = signedToken({ alg: 'HS256', typ: 'JWT' }, { sub: `user-${randomBytes(6).toString('hex')}`, exp: 4102444800, iat: 1700000000 }, (input) =>
  createHmac('sha256', hsSecret).update(input).digest(),
);
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const rsaPem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const rsaToken = signedToken({ alg: 'RS256', kid: 'pem' }, { sub: 'pem-user', exp: 4102444800 }, (input) => sign('sha256', input, rsa.privateKey));
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ecKid = `kid-${randomBytes(8).toString('hex')}`;
const ecJwk = { ...ec.publicKey.export({ format: 'jwk' }), kid: ecKid, alg: 'ES256', use: 'sig' };
const ecToken = signedToken({ alg: 'ES256', kid: ecKid }, { sub: 'jwks-user', exp: 4102444800 }, (input) =>
  sign('sha256', input, { key: ec.privateKey, dsaEncoding: 'ieee-p1363' }),
);
const rfcHsJwk = publishedVector('rfc7515-a1-hs256-jwk');
const rfcRsJwk = publishedVector('rfc7515-a2-rs256-jwk');
const rfcEsPrivate = publishedVector('rfc7515-a3-es256-private-jwk-pasted');
const cookieToken = signedToken({ alg: 'HS256', typ: 'JWT' }, { sub: `cookie-${randomBytes(6).toString('hex')}`, exp: 4102444800 }, (input) =>
  createHmac('sha256', hsSecret).update(input).digest(),
);

/** A distinctive piece of each token, key and secret pasted. */
const needles: Record<string, string> = {
  'HS256 token signature': jwsParts(hsToken).signature,
  'HS256 token payload': jwsParts(hsToken).payload,
  'HS256 secret': hsSecret,
  'RFC 7515 A.1 signature': jwsParts(RFC7515_A1.token).signature,
  'RFC 7515 A.1 JWK k': (JSON.parse(rfcHsJwk.key) as { k: string }).k.slice(0, 40),
  'RFC 7515 A.2 signature': jwsParts(rfcRsJwk.token).signature.slice(0, 40),
  'RFC 7515 A.2 JWK n': (JSON.parse(rfcRsJwk.key) as { n: string }).n.slice(20, 60),
  'RFC 7515 A.3 private JWK d': (JSON.parse(rfcEsPrivate.key) as { d: string }).d,
  'RS256 token signature': jwsParts(rsaToken).signature.slice(0, 40),
  'PEM body': rsaPem.split('\n')[3]!,
  'JWKS kid': ecKid,
  'JWKS x': ecJwk.x!,
  'ES256 token signature': jwsParts(ecToken).signature,
  'token in a cookie': jwsParts(cookieToken).signature,
};

function expectNoneIn(where: string, text: string) {
  for (const [name, needle] of Object.entries(needles)) {
    expect(text.includes(needle), `${name} found in ${where}`).toBe(false);
  }
}

test('a whole session asks no other origin for anything, and leaves no token, key or secret behind', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  let fromWorker = 0;
  // The context sees the service worker's own requests (its precache, say) as well as the page's.
  context.on('request', (request) => {
    requests.push(request.url());
    if (request.serviceWorker()) fromWorker += 1;
  });

  const input = await openDecoder(page);
  await waitForServiceWorkerControl(page);
  const main = page.getByRole('navigation', { name: 'Main' });
  const keyInput = page.getByTestId('key-input');

  // Tokens pasted, each verified with its key: a secret, a JWK, a PEM public key, a JWK Set, a private JWK.
  await input.fill(RFC7515_A1.token);
  await keyInput.fill(rfcHsJwk.key);
  await expect(await settledVerdict(page)).toHaveAttribute('data-status', 'verified');

  await input.fill(hsToken);
  await keyInput.fill(hsSecret);
  await expect(await settledVerdict(page)).toHaveAttribute('data-status', 'verified');

  await input.fill(rfcRsJwk.token);
  await keyInput.fill(rfcRsJwk.key);
  await expect(await settledVerdict(page)).toHaveAttribute('data-status', 'verified');

  await input.fill(rsaToken);
  await keyInput.fill(rsaPem);
  await expect(await settledVerdict(page)).toHaveAttribute('data-status', 'verified');

  await input.fill(ecToken);
  await keyInput.fill(JSON.stringify({ keys: [(JSON.parse(rfcRsJwk.key) as object), ecJwk] }, null, 2));
  await expect(await settledVerdict(page)).toHaveAttribute('data-status', 'verified');

  await input.fill(rfcEsPrivate.token);
  await keyInput.fill(rfcEsPrivate.key);
  await expect(await settledVerdict(page)).toHaveAttribute('data-status', 'verified');

  // A JWE opened with its recipient's private key, and one with a PBES2 password.
  const secretClaim = `decrypted-${randomBytes(8).toString('hex')}`;
  const recipient = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const recipientPem = recipient.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const jwe = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify({ sub: secretClaim, exp: 4102444800 })))
    .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })
    .encrypt(recipient.publicKey);
  const password = `pw-${randomBytes(10).toString('hex')}`;
  const pbes2 = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify({ sub: secretClaim })))
    .setProtectedHeader({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' })
    .encrypt(new TextEncoder().encode(password));
  Object.assign(needles, {
    'decrypted claim': secretClaim,
    'JWE ciphertext': jwe.split('.')[3]!.slice(0, 40),
    'decryption key PEM body': recipientPem.split('\n')[3]!,
    'PBES2 password': password,
  });
  const decryptKey = page.getByTestId('decrypt-key-input');
  const decryptStatus = page.getByTestId('decrypt-status');
  await input.fill(jwe);
  await decryptKey.fill(recipientPem);
  await expect(decryptStatus).toHaveAttribute('data-status', 'decrypted');
  await expect(page.getByTestId('plaintext-json')).toContainText(secretClaim);
  await input.fill(pbes2);
  await decryptKey.fill(password);
  await expect(decryptStatus).toHaveAttribute('data-status', 'decrypted');

  // The last token again, then its exp claim followed into the converter.
  await input.fill(hsToken);
  await expect(page.getByTestId('claim-exp')).toBeVisible();
  await page.getByTestId('claim-exp').getByTestId('open-in-converter').click();
  await expect(page.getByTestId('ts-iso-utc')).toHaveText('2100-01-01T00:00:00Z');
  const timestamp = page.getByTestId('timestamp-input');
  await timestamp.fill('1700000000123');
  await expect(page.getByTestId('ts-unit')).toHaveText('milliseconds');
  await timestamp.fill('2024-03-10T02:30:00Z');
  await expect(page.getByTestId('ts-unix-seconds')).toHaveText('1710037800');

  // The explainer and each of its interactive pieces.
  await main.getByRole('link', { name: 'Sessions vs JWTs' }).click();
  const jwtLogin = page.getByTestId('flow-jwt-login');
  await jwtLogin.getByRole('button', { name: /^Next step of/ }).click();
  await expect(jwtLogin.getByTestId('flow-jwt-login-position')).toHaveText(/^Step 2 of \d+$/);

  const simulator = page.getByTestId('revocation-simulator');
  await simulator.getByTestId('sim-deny-list').check();
  await expect(simulator.getByTestId('sim-access-after-logout')).toHaveAttribute('data-seconds', '0');
  await simulator.getByTestId('sim-access-lifetime').fill('60');

  await page.getByTestId('cookie-input').fill(`Set-Cookie: token=${cookieToken}; Domain=example.com; SameSite=None`);
  await expect(page.getByTestId('cookie-finding-contains-jwt')).toBeVisible();

  await page.getByTestId('size-token-input').fill(hsToken);
  await expect(page.getByTestId('size-extra-bytes')).toBeVisible();

  const helper = page.getByTestId('decision-helper');
  await helper.getByTestId('decision-own-backend-yes').check();
  await helper.getByTestId('decision-same-site-yes').check();
  await expect(helper.getByTestId('decision-result')).toHaveAttribute('data-code', 'session-cookie');

  // The key tools: a key pair and a secret generated, a pasted private JWK converted to PEM.
  await main.getByRole('link', { name: 'Keys' }).click();
  await page.getByTestId('keygen-type').selectOption('EC-P-256');
  await page.getByTestId('keygen-generate').click();
  await expect(page.getByTestId('keygen-private-jwk')).toBeVisible();
  needles['generated private JWK d'] = (JSON.parse((await page.getByTestId('keygen-private-jwk').textContent()) ?? '') as { d: string }).d;
  needles['generated private PEM body'] = ((await page.getByTestId('keygen-private-pem').textContent()) ?? '').split('\n')[1]!;
  await page.getByTestId('keygen-type').selectOption('HS256');
  await page.getByTestId('keygen-generate').click();
  await expect(page.getByTestId('keygen-secret-base64url')).toBeVisible();
  needles['generated secret'] = (await page.getByTestId('keygen-secret-base64url').textContent()) ?? '';
  await page.getByTestId('keyconv-part-private').check();
  await page.getByTestId('keyconv-input').fill(rfcEsPrivate.key);
  await expect(page.getByTestId('keyconv-pem')).toContainText('BEGIN PRIVATE KEY');

  // Nothing but the page's own origin was asked for anything.
  const foreign = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
  expect(foreign).toEqual([]);
  expect(fromWorker, 'the worker’s requests are among those recorded').toBeGreaterThan(0);
  // No request, of the page or of the worker, carries a secret in its URL either.
  expectNoneIn('a request URL', requests.join('\n'));
  expectNoneIn('the address bar', page.url());

  // Nothing kept: storage, IndexedDB, cookies, the service worker's caches.
  const stored = await readStorage(page);
  expectNoneIn('localStorage', stored.local);
  expectNoneIn('sessionStorage', stored.session);
  for (const { where, text } of stored.indexed) expectNoneIn(`IndexedDB ${where}`, text);
  for (const { where, text } of stored.cached) expectNoneIn(`Cache Storage ${where}`, text);
  expectNoneIn('cookies', JSON.stringify(await context.cookies()));
  // The caches were read, not merely absent: the worker's precache holds the app.
  expect(stored.cached.some(({ where }) => where.includes('/index.html'))).toBe(true);
});
