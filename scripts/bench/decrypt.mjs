// JWE decryption in the running app: how long after a key is pasted into the decryption
// field the verdict says "decrypted", per kind of key, and the longest main-thread task
// meanwhile, for a 1 MB JWE too. Tokens are made with jose in Node (RFC 7516 §7.1).
import { CompactEncrypt, exportJWK } from 'jose';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { longTasksBetween, waitUntilIdle } from './page-probes.mjs';
import { summarise } from './stats.mjs';
import { summariseLongTasks } from './verify.mjs';
import { oidcClaims } from './tokens.mjs';

const TOKEN_INPUT = '[data-testid="token-input"]';
const KEY_INPUT = '[data-testid="decrypt-key-input"]';
const ENCODING = '[data-testid="decrypt-key-encoding"]';
const TIMEOUT_MS = 60_000;

/** The pause the decryption field waits after a change before it starts, read from the source. */
export function readDecryptPauseMs(root) {
  const file = join(root, 'src', 'features', 'decrypt', 'use-decryption.ts');
  const match = /TYPING_PAUSE_MS\s*=\s*(\d+)/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`TYPING_PAUSE_MS not found in ${file}: the benchmark needs the decryption's pause`);
  return Number(match[1]);
}

const encode = (value) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const claims = (kind) => oidcClaims(`bench-decrypt-${kind}-${randomBytes(4).toString('hex')}`, Math.floor(Date.now() / 1000));

/** The cases timed: RSA-OAEP-256 + A256GCM, ECDH-ES+A128KW, PBES2 at 600,000, and a 1 MB JWE. */
export async function decryptionCases() {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const rsaPem = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ecJwk = JSON.stringify(await exportJWK(ec.privateKey));
  const password = `bench-${randomBytes(12).toString('hex')}`;
  const rsaJwe = (payload) => new CompactEncrypt(encode(payload)).setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }).encrypt(rsa.publicKey);
  const big = { ...claims('1mb'), blob: randomBytes(750_000).toString('base64url') };
  return [
    { id: 'rsa-oaep-256', label: 'RSA-OAEP-256 + A256GCM (PKCS#8 PEM)', token: await rsaJwe(claims('rsa')), key: rsaPem },
    {
      id: 'ecdh-es-a128kw',
      label: 'ECDH-ES+A128KW P-256 + A128GCM (private JWK)',
      token: await new CompactEncrypt(encode(claims('ecdh'))).setProtectedHeader({ alg: 'ECDH-ES+A128KW', enc: 'A128GCM' }).encrypt(ec.publicKey),
      key: ecJwk,
    },
    {
      id: 'pbes2-600k',
      label: 'PBES2-HS256+A128KW, p2c 600,000 (password)',
      token: await new CompactEncrypt(encode(claims('pbes2')))
        .setProtectedHeader({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' })
        .setKeyManagementParameters({ p2c: 600_000 })
        .encrypt(encode(password)),
      key: password,
      encoding: 'utf8',
    },
    { id: 'rsa-1mb', label: '1 MB JWE, RSA-OAEP-256 + A256GCM', token: await rsaJwe(big), key: rsaPem, timeoutMs: 120_000 },
  ];
}

/**
 * In the page: puts a key that cannot open the token in the decryption field and waits for
 * its verdict (so that the real key's is a new attempt, not the one remembered from the
 * last run), then puts `key` in and resolves once the verdict is "decrypted" and settled:
 * t0 the key put in, t1 the verdict in the DOM. Self-contained: Playwright serialises it.
 */
function setDecryptKeyAndTime({ key, timeoutMs }) {
  const input = document.querySelector('[data-testid="decrypt-key-input"]');
  const verdict = () => document.querySelector('[data-testid="decrypt-status"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
  const put = (text) => {
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const settled = () => ['decrypted', 'failed', 'error'].includes(verdict()?.getAttribute('data-status')) && verdict().getAttribute('data-checking') !== 'true';
  const until = (done) =>
    new Promise((resolve) => {
      const look = () => (done() ? resolve(performance.now()) : requestAnimationFrame(look));
      look();
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no verdict within ${timeoutMs} ms (status ${verdict()?.getAttribute('data-status')})`)), timeoutMs);
    put('not-the-key');
    until(() => settled() && verdict().getAttribute('data-status') !== 'decrypted').then(() => {
      const t0 = performance.now();
      put(key);
      const check = () => {
        if (!settled()) return;
        const t1 = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        const status = verdict().getAttribute('data-status');
        resolve({ t0, t1, status, message: status === 'decrypted' ? '' : verdict().innerText.replace(/\s+/g, ' ').trim() });
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-status', 'data-checking'] });
    });
  });
}

async function measureCase(openApp, testCase, runs) {
  const { context, page } = await openApp();
  const result = { label: testCase.label, tokenLength: testCase.token.length };
  const timeoutMs = testCase.timeoutMs ?? TIMEOUT_MS;
  let step = 'paste the token';
  try {
    await page.fill(TOKEN_INPUT, testCase.token, { timeout: timeoutMs });
    step = 'wait for the decryption field';
    await page.waitForSelector(KEY_INPUT, { timeout: timeoutMs });
    if (testCase.encoding) await page.selectOption(ENCODING, testCase.encoding, { timeout: timeoutMs });
    await page.evaluate(waitUntilIdle);
    const total = [];
    const longTasks = [];
    for (let run = -1; run < runs; run++) {
      step = run < 0 ? 'warm-up run' : `run ${run + 1}`;
      const { t0, t1, status, message } = await page.evaluate(setDecryptKeyAndTime, { key: testCase.key, timeoutMs });
      if (status !== 'decrypted') return { ...result, failed: { step, status, message } };
      const idleAt = await page.evaluate(waitUntilIdle);
      if (run < 0) continue;
      total.push(t1 - t0);
      longTasks.push(await page.evaluate(longTasksBetween, { start: t0, end: idleAt }));
    }
    return { ...result, ...summarise(total), longTasks: summariseLongTasks(longTasks) };
  } catch (error) {
    return { ...result, failed: { step, status: 'error', message: error instanceof Error ? error.message.split('\n')[0] : String(error) } };
  } finally {
    await context.close();
  }
}

/** Decryption time per case, each in a page of its own; `openApp()` opens one ready for a paste. */
export async function measureDecryption(openApp, root, runs) {
  const pauseMs = readDecryptPauseMs(root);
  const results = {};
  for (const testCase of await decryptionCases()) results[testCase.id] = await measureCase(openApp, testCase, runs);
  return { pauseMs, cases: results };
}
