import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { jsonOf, openDecoder } from './support/decoder';
import { base64url } from './support/tokens';
import { hs256Token, openWithToken, settledVerdict } from './support/verifier';

// Markup and URLs that would run if any of them reached the DOM as HTML or as a link.
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const JS_URL = 'javascript:window.__pwned=3';
const SVG = '<svg onload="window.__pwned=4"></svg>';
const ANCHOR = '<a href="javascript:window.__pwned=5">click</a>';
const RLO = '\u202E';
const LRI = '\u2066';
const RLI = '\u2067';
const PDI = '\u2069';
const LONG = 50_000;

const unsigned = (header: object, payload: object) => `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.c2ln`;

declare global {
  interface Window {
    __pwned?: unknown;
    /** Elements added after load that could run script or fetch: recorded by the observer below. */
    __risky?: string[];
  }
}

/**
 * Watches the page for every way markup could come alive: a dialog, a navigation, a new
 * page, a script that ran, an element made from the markup or a javascript: link.
 */
async function watch(page: Page, context: BrowserContext) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const pages: string[] = [];
  context.on('page', (opened) => pages.push(opened.url()));
  await page.addInitScript(() => {
    window.__risky = [];
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        for (const node of mutation.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const element of [node, ...node.querySelectorAll('*')]) {
            const handlers = [...element.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name);
            const tag = element.tagName.toLowerCase();
            if (['script', 'iframe', 'object', 'embed'].includes(tag) || (tag === 'img' && element.getAttribute('src') === 'x') || handlers.length > 0) {
              window.__risky!.push(`${tag} ${handlers.join(' ')}`.trim());
            }
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  let url = '';
  return {
    /** Call once the page is open: the URL it must keep, and the DOM as the app built it. */
    async start() {
      url = page.url();
      await page.evaluate(() => {
        window.__risky = [];
      });
    },
    async expectInert() {
      expect(dialogs, 'no dialog opens').toEqual([]);
      expect(pages, 'no page opens').toEqual([]);
      expect(page.url(), 'the page stays where it was').toBe(url);
      expect(await page.evaluate(() => window.__pwned), 'no payload ran').toBeUndefined();
      expect(await page.evaluate(() => window.__risky), 'no element made from the markup').toEqual([]);
      await expect(page.locator('img[src="x"], [onerror], [onload]')).toHaveCount(0);
      await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
    },
  };
}

/** The page is no wider than the window: long values wrap or scroll in their own box. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

const HOSTILE_HEADER = {
  alg: 'HS256',
  typ: `${IMG}${RLO}TWJ`,
  cty: SCRIPT,
  jku: `${JS_URL}${RLO}//moc.elpmaxe`,
  x5u: 'javascript:alert(document.domain)',
  kid: `${LRI}${SVG}${PDI}`,
  [`${RLI}x-${ANCHOR}${PDI}`]: 1,
};

const HOSTILE_PAYLOAD = {
  sub: IMG,
  name: `${RLO}gnp.exe`,
  website: JS_URL,
  bio: `${SCRIPT}${ANCHOR}`,
  [IMG]: SVG,
  [`role${RLO}nimda`]: 'user',
  exp: 4102444800,
};

test.describe('markup, script URLs and bidi controls render as inert, legible text', () => {
  test('in claims and header values (typ, cty, jku, x5u, kid)', async ({ page, context }) => {
    const guard = await watch(page, context);
    const input = await openDecoder(page);
    await guard.start();
    await input.fill(unsigned(HOSTILE_HEADER, HOSTILE_PAYLOAD));

    // The panels show every value as written: their text parses back to the same JSON.
    expect(await jsonOf(page.getByTestId('header-json'))).toEqual(HOSTILE_HEADER);
    expect(await jsonOf(page.getByTestId('payload-json'))).toEqual(HOSTILE_PAYLOAD);
    await expect(page.getByTestId('claims-status')).toBeVisible();

    // Bidi controls are written as escapes in the JSON, never applied.
    for (const testId of ['header-json', 'payload-json']) {
      const text = (await page.getByTestId(testId).textContent()) ?? '';
      expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      expect(text).toContain('\\u202e');
    }
    await expect(page.getByTestId('header-json')).toContainText('"typ": "<img src=x onerror=\\"window.__pwned=1\\">\\u202eTWJ"');

    // Elsewhere they are shown as their code point, in reading order.
    await expect(page.getByTestId('claim-name')).toContainText('⟨U+202E⟩gnp.exe');
    await expect(page.getByTestId('claim-name').locator('[data-bidi-control="U+202E"]')).toBeVisible();
    await expect(page.getByTestId(`claim-role${RLO}nimda`)).toContainText('role⟨U+202E⟩nimda');
    await expect(page.getByTestId('claim-sub')).toContainText(IMG);
    await expect(page.getByTestId('claim-website')).toContainText(JS_URL);
    await expect(page.getByTestId(`header-param-${RLI}x-${ANCHOR}${PDI}`)).toContainText(`⟨U+2067⟩x-${ANCHOR}⟨U+2069⟩`);
    await expect(page.getByTestId('warning-embedded-key').filter({ hasText: 'jku' })).toContainText(`${JS_URL}⟨U+202E⟩//moc.elpmaxe`);

    // A URL the token names is offered as text to fetch, never as a link; a script URL is not offered at all.
    await expect(page.getByRole('button', { name: /Use the URL in the token’s x5u header/ })).toHaveCount(0);
    // Typed in by hand, it is refused.
    await page.getByTestId('jwks-url-input').fill('javascript:alert(document.domain)');
    await page.getByTestId('jwks-url-fetch').click();
    await expect(page.getByTestId('jwks-url-result')).toHaveAttribute('data-ok', 'false');

    await guard.expectInert();
  });

  test('in a JWK Set pasted into the verifier (kid, alg, use, x5u, n)', async ({ page, context }) => {
    const guard = await watch(page, context);
    await openWithToken(page, hs256Token({ sub: 'jwks', exp: 4102444800 }, 'the real secret, which no key here holds'));
    await guard.start();
    const jwks = {
      keys: [
        { kty: 'RSA', kid: `${IMG}${RLO}cba`, alg: SCRIPT, use: JS_URL, x5u: ANCHOR, n: `${IMG}${'A'.repeat(LONG)}`, e: 'AQAB' },
        { kty: 'oct', kid: `${LRI}${SCRIPT}${PDI}`, alg: 'HS256', use: 'sig', k: base64url('another secret of thirty-two bytes!') },
        { kty: 'EC', kid: JS_URL, crv: 'P-256', x: SVG, y: ANCHOR },
      ],
    };
    await page.getByTestId('key-input').fill(JSON.stringify(jwks, null, 2));
    const status = await settledVerdict(page);
    await expect(status).not.toHaveAttribute('data-status', 'verified');

    // Each key that was not used is listed by its kid, as text.
    await expect(page.getByTestId('jwks-skipped-0')).toContainText(`${IMG}⟨U+202E⟩cba`);
    await expect(page.getByTestId('jwks-skipped-0').locator('[data-bidi-control="U+202E"]')).toBeVisible();
    const keyRows = page.locator('[data-testid^="jwks-skipped-"], [data-testid="jwks-key-used"]');
    await expect(keyRows.filter({ hasText: `⟨U+2066⟩${SCRIPT}⟨U+2069⟩` })).toHaveCount(1);
    await expect(keyRows.filter({ hasText: JS_URL })).toHaveCount(1);

    await guard.expectInert();
  });

  test('in Set-Cookie lines in the explainer’s cookie linter', async ({ page, context }) => {
    const guard = await watch(page, context);
    await page.goto('/explainer/#debugging');
    await guard.start();
    const lines = [
      `Set-Cookie: sid=${IMG}${RLO}cba; Domain=${SCRIPT}; Path=${JS_URL}; SameSite=${LRI}None${PDI}; Secure`,
      `Set-Cookie: ${ANCHOR}=1; ${SVG}; Max-Age=${RLO}0004`,
    ];
    await page.getByTestId('cookie-input').fill(lines.join('\n'));
    const results = page.getByTestId('cookie-result');
    await expect(results).toHaveCount(2);
    await expect(results.first()).toContainText(`${IMG}⟨U+202E⟩cba`);
    await expect(results.first()).toContainText(SCRIPT);
    await expect(results.first()).toContainText(JS_URL);
    await expect(results.first()).toContainText('⟨U+2066⟩None⟨U+2069⟩');
    // The name ends at the first "=", as a browser reads it; the rest is the value.
    await expect(results.nth(1)).toContainText('"javascript:window.__pwned=5">click</a>=1');
    await expect(results.nth(1)).toContainText(SVG);
    await expect(results.nth(1)).toContainText('⟨U+202E⟩0004');
    // The route's own fragment is all that changed the URL: the linter navigates nowhere.
    await guard.expectInert();
  });
});

for (const width of [360, 1280]) {
  test.describe(`very long values at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('claims, header values, key ids and cookie attributes of 50,000 characters stay inside their panels', async ({ page, context }) => {
      const guard = await watch(page, context);
      const long = (c: string) => c.repeat(LONG);
      const input = await openDecoder(page);
      await guard.start();
      await input.fill(unsigned({ alg: 'HS256', typ: 'JWT', kid: long('k'), x5u: `https://example.com/${long('u')}` }, { sub: long('s'), [long('n')]: 1, exp: 4102444800 }));
      await expect(page.getByTestId('claim-sub')).toContainText(`Show all ${LONG.toLocaleString('en-US')} characters`);
      await expect(page.getByTestId('claims-status')).toBeVisible();
      await expectNoSidewaysScroll(page);

      await page.getByTestId('key-input').fill(JSON.stringify({ keys: [{ kty: 'oct', kid: long('d'), alg: 'HS256', k: base64url(long('q')) }] }));
      await settledVerdict(page);
      await expect(page.locator('[data-testid^="jwks-skipped-"], [data-testid="jwks-key-used"]').first()).toContainText('ddddd');
      await expectNoSidewaysScroll(page);

      await page.goto('/explainer/#debugging');
      await page.getByTestId('cookie-input').fill(`Set-Cookie: sid=${long('v')}; Path=/${long('p')}; Max-Age=${long('9')}; Domain=${long('e')}.example`);
      await expect(page.getByTestId('cookie-finding-too-large')).toBeVisible();
      await expectNoSidewaysScroll(page);
      expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    });
  });
}
