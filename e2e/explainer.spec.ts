import { expect, test, type Page } from '@playwright/test';
import { expectLabelsInNames, expectNoViolations } from './support/axe';
import { STATIC_HOST_URL } from './support/hosts';

// The sections in reading order, as the page lists them; the first six are the ones every
// link to the explainer may rely on.
const SLUGS = [
  'how-sessions-work',
  'how-jwt-works',
  'revocation',
  'refresh-token-rotation',
  'storage-and-xss',
  'csrf-and-samesite',
  'hybrid-patterns',
  'debugging',
  'practical-rule',
];

test.describe('section links', () => {
  test('every section has an id and a link to share, in reading order', async ({ page }) => {
    await page.goto('/explainer/');
    await expect(page.locator('article section[id]')).toHaveCount(SLUGS.length);
    const ids = await page.locator('article section[id]').evaluateAll((sections) => sections.map((s) => s.id));
    expect(ids).toEqual(SLUGS);
    for (const slug of SLUGS) {
      const href = await page.getByTestId(`section-link-${slug}`).evaluate((link: HTMLAnchorElement) => link.href);
      expect(new URL(href).pathname).toBe('/explainer/');
      expect(new URL(href).hash).toBe(`#${slug}`);
    }
  });

  for (const slug of SLUGS) {
    test(`${slug}: opened directly on a static host, the section is at the top with focus on its heading`, async ({ page }) => {
      await page.goto(`${STATIC_HOST_URL}/explainer/#${slug}`);
      const heading = page.locator(`#${slug} h2`);
      await expect(heading).toBeFocused();
      const top = await page.locator(`#${slug}`).evaluate((section) => section.getBoundingClientRect().top);
      // At the top of the view (scroll-margin aside), unless the page ends before it can scroll that far.
      const atEnd = await page.evaluate(() => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight);
      if (!atEnd) expect(Math.abs(top)).toBeLessThanOrEqual(20);
      await expect(page.getByRole('navigation', { name: 'Sections' }).locator('[aria-current="location"]')).toHaveAttribute('href', `#${slug}`);
    });
  }

  test('the table of contents follows the reader', async ({ page }) => {
    await page.goto('/explainer/');
    const toc = page.getByRole('navigation', { name: 'Sections' });
    await expect(toc.locator('[aria-current="location"]')).toHaveAttribute('href', '#how-sessions-work');
    await page.locator('#csrf-and-samesite').evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await expect(toc.locator('[aria-current="location"]')).toHaveAttribute('href', '#csrf-and-samesite');
  });

  test('a link in the table of contents moves focus to its section', async ({ page }) => {
    await page.goto('/explainer/');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'The practical rule' }).click();
    await expect(page.locator('#practical-rule h2')).toBeFocused();
    await expect(page).toHaveURL(/\/explainer\/#practical-rule$/);
  });
});

test.describe('print', () => {
  test('printed, the text stands alone: no navigation or link buttons', async ({ page }) => {
    await page.goto('/explainer/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
    await expect(page.getByTestId('section-link-revocation')).toBeHidden();
    await expect(page.locator('#revocation')).toContainText('deny list');
  });
});

test.describe('accessibility', () => {
  test.slow();
  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme}: no WCAG violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/explainer/#revocation');
      await expect(page.locator('#revocation h2')).toBeFocused();
      await expectNoViolations(page);
    });
  }
});

interface DiagramLayout {
  /** Rendered width over drawn width: the scale the diagram is shown at. */
  scale: number;
  fontSizes: string[];
  /** Each lane label's left and right edge in the drawing, left to right. */
  labels: { text: string; left: number; right: number }[];
  width: number;
  /** Whether its box has to scroll sideways to show it whole. */
  scrolls: boolean;
}

function diagramLayouts(page: Page): Promise<DiagramLayout[]> {
  return page.getByTestId('flow-diagram').evaluateAll((svgs) =>
    (svgs as SVGSVGElement[]).map((svg) => {
      const texts = [...svg.querySelectorAll<SVGTextElement>('[data-testid="flow-lane-label"]')];
      const labels = texts.map((text) => {
        const box = text.getBBox();
        return { text: text.textContent ?? '', left: box.x, right: box.x + box.width };
      });
      const scroller = svg.parentElement!;
      return {
        scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
        fontSizes: texts.map((text) => getComputedStyle(text).fontSize),
        labels,
        width: svg.viewBox.baseVal.width,
        scrolls: scroller.scrollWidth > scroller.clientWidth,
      };
    }),
  );
}

test.describe('sequence diagrams', () => {
  for (const width of [1366, 390]) {
    test(`at ${width} px, each flow's session and JWT diagrams are drawn at one scale, every lane label whole`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/explainer/#how-jwt-works');
      for (const kind of ['login', 'request', 'logout'] as const) {
        await page.getByTestId(`flow-kind-${kind}`).check({ force: true });
        await expect(page.getByTestId(`flow-jwt-${kind}`)).toBeVisible();
        const layouts = await diagramLayouts(page);
        expect(layouts, kind).toHaveLength(2);
        expect(new Set(layouts.flatMap((layout) => layout.fontSizes)), kind).toEqual(new Set(['12px']));
        for (const layout of layouts) {
          expect(layout.scale, kind).toBeCloseTo(1, 2);
          for (const [index, label] of layout.labels.entries()) {
            expect(label.left, `${kind}: ${label.text}`).toBeGreaterThanOrEqual(0);
            expect(label.right, `${kind}: ${label.text}`).toBeLessThanOrEqual(layout.width);
            const next = layout.labels[index + 1];
            if (next) expect(label.right, `${kind}: ${label.text} beside ${next.text}`).toBeLessThan(next.left);
          }
          // Side by side, each diagram fits its column; on a phone the wider ones scroll in their box.
          if (width === 1366) expect(layout.scrolls, kind).toBe(false);
        }
      }
      // The text alternative stays: one image per diagram, named by its current step.
      await expect(page.getByTestId('flow-jwt-logout').getByRole('img')).toHaveAccessibleName(/^Step 1 of \d+: Browser to Authorization server, /);
    });
  }
});

test.describe('label in name', () => {
  test('every "Copy link" and "Back" button is named by its visible text, and axe finds no name that leaves its label out', async ({ page }) => {
    await page.goto('/explainer/');
    const copyLinks = page.getByRole('button').filter({ hasText: /^Copy link$/ });
    // One per section and one per flow shown (the session flow and the JWT flow).
    await expect(copyLinks).toHaveCount(SLUGS.length + 2);
    for (const button of await copyLinks.all()) await expect(button).toHaveAccessibleName(/^Copy link to /);
    const backs = page.getByTestId('flows-explorer').getByRole('button').filter({ hasText: /Back$/ });
    await expect(backs).toHaveCount(2);
    for (const button of await backs.all()) await expect(button).toHaveAccessibleName(/^Back to the previous step of /);
    await expectLabelsInNames(page);
  });
});

test.describe('interactive pieces', () => {
  test('flows: step through both models, open a step by its link, open a token in the decoder', async ({ page }) => {
    await page.goto('/explainer/#how-jwt-works');
    const jwtLogin = page.getByTestId('flow-jwt-login');
    await expect(jwtLogin.getByTestId('flow-jwt-login-position')).toHaveText(/^Step 1 of \d+$/);
    await jwtLogin.getByRole('button', { name: /^Next step of/ }).click();
    await expect(jwtLogin.getByTestId('flow-jwt-login-position')).toHaveText(/^Step 2 of \d+$/);
    // The keyboard steps too, from the flow's own group.
    await jwtLogin.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(jwtLogin.getByTestId('flow-jwt-login-position')).toHaveText(/^Step 1 of \d+$/);

    await page.getByTestId('flows-explorer').getByText('Logout', { exact: true }).click();
    await expect(page.getByTestId('flow-kind-logout')).toBeChecked();
    await expect(page.getByTestId('flow-session-logout')).toBeVisible();
    await expect(page.getByTestId('flow-jwt-logout')).toBeVisible();

    await page.goto('/explainer/#jwt-logout-2');
    await expect(page.locator('#jwt-logout-2 h5')).toBeFocused();
    await expect(page.getByTestId('flow-jwt-logout-position')).toHaveText(/^Step 2 of \d+$/);

    await page.goto('/explainer/#jwt-login-2');
    await page.locator('#jwt-login-2').getByTestId('open-token-in-decoder').first().click();
    await expect(page).toHaveURL(/\/#token=eyJ/);
    await expect(page.getByTestId('token-type')).toHaveText('JWS');
    await expect(page.getByTestId('claim-jti')).toBeVisible();
  });

  test('the revocation simulator: a deny list closes the window a stolen access token leaves open', async ({ page }) => {
    await page.goto('/explainer/#revocation');
    const simulator = page.getByTestId('revocation-simulator');
    await expect(simulator.getByTestId('sim-access-after-logout')).toHaveAttribute('data-seconds', '300');
    await expect(simulator.getByTestId('sim-session-after-logout')).toHaveAttribute('data-seconds', '0');
    await simulator.getByTestId('sim-deny-list').check();
    await expect(simulator.getByTestId('sim-access-after-logout')).toHaveAttribute('data-seconds', '0');
    await simulator.getByTestId('sim-access-lifetime').fill('60');
    await simulator.getByTestId('sim-deny-list').uncheck();
    await expect(simulator.getByTestId('sim-access-after-logout')).not.toHaveAttribute('data-seconds', '300');
    await expect(simulator.getByTestId('sim-timeline')).toBeVisible();
    await simulator.getByTestId('sim-logout-at').fill('100000');
    await expect(simulator.getByTestId('sim-error')).toBeVisible();
  });

  test('the Set-Cookie linter: one finding per problem, and a JWT inside opens in the decoder', async ({ page }) => {
    await page.goto('/explainer/#debugging');
    const input = page.getByTestId('cookie-input');
    await input.fill('Set-Cookie: __Host-sid=abc; Domain=example.com; Path=/app');
    await expect(page.getByTestId('cookie-finding-host-prefix')).toBeVisible();
    await input.fill('Set-Cookie: __Secure-id=abc; Path=/');
    await expect(page.getByTestId('cookie-finding-secure-prefix')).toBeVisible();
    await input.fill('Set-Cookie: pref=dark; SameSite=None; Path=/');
    await expect(page.getByTestId('cookie-finding-samesite-none-insecure')).toBeVisible();
    await input.fill('Set-Cookie: pref=dark; Secure; Path=/');
    await expect(page.getByTestId('cookie-finding-samesite-missing')).toBeVisible();
    await input.fill('Set-Cookie: sessionid=8f3a9c1e77b24d0a9e6f; Path=/; SameSite=Lax');
    await expect(page.getByTestId('cookie-finding-no-httponly')).toBeVisible();
    await expect(page.getByTestId('cookie-finding-no-secure')).toBeVisible();
    await input.fill('Set-Cookie: pref=dark; Domain=example.com; Secure; SameSite=Lax; Max-Age=63072000');
    await expect(page.getByTestId('cookie-finding-broad-domain')).toBeVisible();
    await expect(page.getByTestId('cookie-finding-long-lifetime')).toBeVisible();
    await input.fill(`Set-Cookie: big=${'a'.repeat(4100)}; Secure; SameSite=Lax`);
    await expect(page.getByTestId('cookie-finding-too-large')).toBeVisible();
    await page.getByRole('button', { name: 'A JWT in a cookie, with problems' }).click();
    await expect(page.getByTestId('cookie-finding-contains-jwt')).toBeVisible();
    await expect(page.getByTestId('cookie-jwt-decoded')).toContainText('"name": "John Doe"');
    await page.getByTestId('cookie-open-jwt').click();
    await expect(page.getByTestId('token-type')).toHaveText('JWS');
    await expect(page.getByTestId('claim-name')).toBeVisible();
  });

  test('will this cookie be sent: Lax goes with a cross-site link, not with a cross-site POST', async ({ page }) => {
    await page.goto('/explainer/#csrf-and-samesite');
    const widget = page.getByTestId('cookie-sent');
    await widget.getByTestId('cookie-sent-method').selectOption('GET');
    await expect(widget.getByTestId('cookie-sent-verdict')).toHaveAttribute('data-sent', 'true');
    await widget.getByTestId('cookie-sent-method').selectOption('POST');
    await expect(widget.getByTestId('cookie-sent-verdict')).toHaveAttribute('data-sent', 'false');
    await expect(widget.getByTestId('cookie-sent-verdict')).toHaveAttribute('data-decided-by', 'same-site');
    await widget.getByTestId('cookie-sent-request').fill('https://app.example.com/other');
    await widget.getByTestId('cookie-sent-cookie').fill('id=1; Path=/docs; Secure; SameSite=None');
    await expect(widget.getByTestId('cookie-sent-verdict')).toHaveAttribute('data-decided-by', 'path');
  });

  test('request sizes: the decoder’s token is compared when one is open', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('example-select').selectOption('id-token');
    await expect(page.getByTestId('claim-email')).toBeVisible();
    const token = await page.getByTestId('token-input').inputValue();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions vs JWTs' }).click();
    await page.locator('#hybrid-patterns').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('size-token-input')).toHaveValue(token);
    const cookieBytes = Number(await page.getByTestId('size-cookie-bytes').textContent());
    const jwtBytes = Number((await page.getByTestId('size-jwt-bytes').textContent())?.replace(/,/g, ''));
    expect(jwtBytes).toBe(`Authorization: Bearer ${token}\r\n`.length);
    expect(jwtBytes).toBeGreaterThan(cookieBytes);
  });

  test('the decision helper leads to a recommendation and the sections behind it', async ({ page }) => {
    await page.goto('/explainer/#practical-rule');
    const helper = page.getByTestId('decision-helper');
    await helper.getByTestId('decision-own-backend-yes').check();
    await helper.getByTestId('decision-same-site-yes').check();
    await expect(helper.getByTestId('decision-result')).toHaveAttribute('data-code', 'session-cookie');
    await helper.getByTestId('decision-own-backend-no').check();
    await helper.getByTestId('decision-browser-only-yes').check();
    await expect(helper.getByTestId('decision-result')).toHaveAttribute('data-code', 'browser-only-tokens');
    await helper.getByTestId('decision-result').getByRole('link', { name: 'Where the browser keeps it: storage and XSS' }).first().click();
    await expect(page.locator('#storage-and-xss h2')).toBeFocused();
  });
});
