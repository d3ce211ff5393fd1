import { expect, test, type Page } from '@playwright/test';
import { STATIC_HOST_URL } from './support/hosts';
import { RFC7515_A1 } from './support/tokens';
import { publishedVector } from './support/published-vectors';

// The static host applies the build's _headers file, as Netlify and Cloudflare Pages do.
test.use({ baseURL: STATIC_HOST_URL });

const REQUIRED = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self' https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
];

const directives = (policy: string) => policy.split(';').map((part) => part.trim());

/** Every violation of the policy the page reports, kept on the page for the test to read. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { policyViolations: string[] }).policyViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations);
}

test('the headers carry the policy, no referrer, and cache rules by kind of file', async ({ request }) => {
  const page = await request.get('/timestamp/');
  const policy = page.headers()['content-security-policy'] ?? '';
  for (const directive of REQUIRED) expect(directives(policy)).toContain(directive);
  expect(directives(policy)).toContain("frame-ancestors 'none'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(page.headers()['referrer-policy']).toBe('no-referrer');
  expect(page.headers()['cache-control']).toBe('no-cache');

  const html = await page.text();
  const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
  expect(script).toMatch(/^\/assets\//);
  const asset = await request.get(script!);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
});

test('every page carries the same policy in a meta element, less what only a header can say', async ({ request }) => {
  const header = (await request.get('/')).headers()['content-security-policy'] ?? '';
  const expected = directives(header).filter((directive) => !directive.startsWith('frame-ancestors'));
  for (const path of ['/', '/timestamp/', '/explainer/', '/keys/', '/no-such-page']) {
    const html = await (await request.get(path)).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
    expect(meta && directives(meta), path).toEqual(expected);
    // The policy must come before anything it governs.
    expect(html.indexOf('Content-Security-Policy'), path).toBeLessThan(html.indexOf('<script'));
  }
});

test('a whole session runs without one violation of the policy', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/');
  await page.getByTestId('token-input').fill(RFC7515_A1.token);
  await page.getByTestId('key-input').fill(publishedVector('rfc7515-a1-hs256-jwk').key);
  await expect(page.getByTestId('verify-status')).toHaveAttribute('data-code', 'verified');
  // The well-known secret search runs in a worker, whose script the policy must allow.
  await page.getByTestId('token-input').fill(publishedVector('rfc7519-s3.1-example-jwt').token);
  await page.getByRole('link', { name: 'Timestamps' }).click();
  await page.getByTestId('timestamp-input').fill('1700000000');
  await expect(page.getByTestId('ts-unit')).toContainText('seconds');
  await page.getByRole('link', { name: 'Sessions vs JWTs' }).click();
  await expect(page.locator('article section[id]').first()).toBeVisible();
  await page.reload();
  await expect(page.locator('article section[id]').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('script cannot be slipped in: inline, as HTML, or from another origin', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('token-input')).toBeVisible();
  const outcome = await page.evaluate(async () => {
    const attempts: Record<string, string> = {};
    const attempt = async (name: string, run: () => unknown) => {
      try {
        await run();
        attempts[name] = 'allowed';
      } catch (error) {
        attempts[name] = `refused: ${(error as Error).name}`;
      }
    };
    await attempt('script text', () => {
      const script = document.createElement('script');
      script.textContent = 'window.ran = true';
      document.body.append(script);
    });
    await attempt('innerHTML', () => {
      document.body.insertAdjacentElement('beforeend', document.createElement('div'))!.innerHTML = '<img src=x onerror="window.ran = true">';
    });
    // (eval is not tried here: code the test runs in the page is the debugger's, which the
    // policy does not govern. The header and meta tests check 'unsafe-eval' is absent.)
    await attempt('worker from elsewhere', () => new Worker('https://cdn.example.test/worker.js'));
    await attempt('script src from elsewhere', () => {
      document.createElement('script').src = 'https://cdn.example.test/x.js';
    });
    return { attempts, ran: (window as { ran?: boolean }).ran === true };
  });
  expect(outcome.ran, JSON.stringify(outcome.attempts)).toBe(false);
  for (const [name, result] of Object.entries(outcome.attempts)) expect(result, name).toMatch(/^refused/);
});

test('another site cannot frame the app', async ({ page }) => {
  // A page of no policy of its own, so only the app's frame-ancestors can refuse the frame.
  await page.setContent(`<iframe src="${STATIC_HOST_URL}/"></iframe>`);
  const frame = page.frameLocator('iframe');
  // A refused frame shows the browser's error page: the app's input never appears in it.
  await expect
    .poll(async () => page.frames().some((f) => f.url().startsWith('chrome-error://')))
    .toBe(true);
  await expect(frame.getByTestId('token-input')).toHaveCount(0);
});
