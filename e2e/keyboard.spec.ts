import { expect, test, type Locator, type Page } from '@playwright/test';
import { publishedVector } from './support/published-vectors';

const hs256 = publishedVector('rfc7515-a1-hs256-jwk');

/** Whether `locator` holds the focus now. */
function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it never does within `max` presses. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}) {
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/**
 * The focused element's indicator: an outline or a ring (box-shadow) that is drawn, and its
 * contrast with the background behind it (WCAG 1.4.11: at least 3:1). Chromium's own "auto"
 * outline is two-toned, dark and light, so it shows on any background.
 */
async function focusIndicator(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    // A field may draw its ring on the box around it (focus-within): look a few levels up.
    const drawsIndicator = (node: HTMLElement) => {
      const s = getComputedStyle(node);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    };
    let element = focused;
    for (let node = focused, depth = 0; node.parentElement && depth < 3 && !drawsIndicator(element); depth++) {
      node = node.parentElement;
      if (drawsIndicator(node)) element = node;
    }
    const style = getComputedStyle(element);
    // Any CSS colour (Tailwind writes lab() and oklch()) to sRGB, through a canvas pixel.
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgba = (text: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = '#00000000';
      context.fillStyle = text;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data as unknown as [number, number, number, number];
      return { r, g, b, a: a / 255 };
    };
    const background = () => {
      for (let node: Element | null = element.parentElement; node; node = node.parentElement) {
        const colour = rgba(getComputedStyle(node).backgroundColor);
        if (colour && colour.a > 0.5) return colour;
      }
      return rgba(getComputedStyle(document.documentElement).backgroundColor) ?? { r: 255, g: 255, b: 255, a: 1 };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const channel = (v: number) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const contrast = (fg: { r: number; g: number; b: number; a: number }, bg: { r: number; g: number; b: number }) => {
      const mixed = { r: fg.r * fg.a + bg.r * (1 - fg.a), g: fg.g * fg.a + bg.g * (1 - fg.a), b: fg.b * fg.a + bg.b * (1 - fg.a) };
      const [hi, lo] = [luminance(mixed), luminance(bg)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const behind = background();
    const label = `${focused.tagName.toLowerCase()}${focused.dataset.testid ? `[${focused.dataset.testid}]` : ''} “${(focused.textContent ?? '').trim().slice(0, 30)}”`;
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) {
      if (style.outlineStyle === 'auto') return { label, kind: 'outline auto', contrast: Infinity };
      const colour = rgba(style.outlineColor);
      return { label, kind: `outline ${style.outlineColor}`, contrast: colour ? contrast(colour, behind) : 0 };
    }
    if (style.boxShadow !== 'none') {
      // The ring's colour: the best of the shadows drawn (Tailwind's ring is one of them).
      const colours = [...style.boxShadow.matchAll(/((?:rgba?|hsla?|lab|lch|oklab|oklch|color)\([^)]*\))/g)].map((m) => rgba(m[1]!)).filter((c) => c && c.a > 0);
      const best = Math.max(0, ...colours.map((c) => contrast(c!, behind)));
      return { label, kind: `ring ${style.boxShadow}`, contrast: best };
    }
    return { label, kind: 'none', contrast: 0 };
  });
}

async function expectVisibleFocus(page: Page) {
  const indicator = await focusIndicator(page);
  expect(indicator.kind, `${indicator.label} shows where focus is`).not.toBe('none');
  expect(indicator.contrast, `${indicator.label}: ${indicator.kind}`).toBeGreaterThanOrEqual(3);
}

test.describe('from the keyboard alone', () => {
  test('skip link, token, key and verdict, a time claim into the converter, then the explainer and one of its sections', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('token-input')).toBeVisible();

    // The first Tab reaches the skip link, which takes focus past the header.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();

    const token = page.getByTestId('token-input');
    await tabTo(page, token);
    await expectVisibleFocus(page);
    await page.keyboard.insertText(hs256.token);
    await expect(page.getByTestId('claim-exp')).toBeVisible();

    const key = page.getByTestId('key-input');
    await tabTo(page, key);
    await expectVisibleFocus(page);
    await page.keyboard.insertText(hs256.key);
    await expect(page.getByTestId('verify-status')).toHaveAttribute('data-status', 'verified');

    // Back up to the exp claim's link to the converter, and follow it.
    const toConverter = page.getByTestId('claim-exp').getByTestId('open-in-converter');
    await tabTo(page, toConverter, { backwards: true });
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('ts-iso-utc')).toHaveText('2011-03-22T18:43:00Z');
    // The link is gone with its view: focus starts again at the top of the new one.
    await expect(page.locator('#main')).toBeFocused();

    const timestamp = page.getByTestId('timestamp-input');
    await tabTo(page, timestamp);
    await expectVisibleFocus(page);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('1700000000');
    await expect(page.getByTestId('ts-iso-utc')).toHaveText('2023-11-14T22:13:20Z');

    const explainer = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions vs JWTs' });
    await tabTo(page, explainer, { backwards: true });
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/explainer\/$/);
    await expect(page.locator('#main')).toBeFocused();

    const revocation = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Revocation: taking access away' });
    await tabTo(page, revocation);
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/explainer\/#revocation$/);
    await expect(page.locator('#revocation h2')).toBeFocused();
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme} theme: every control on the decoder shows a focus indicator that stands out`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await page.getByTestId('example-select').selectOption('id-token');
    await expect(page.getByTestId('key-input')).toBeVisible();
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    // The first twenty stops of the Tab order: header links, the theme select, the editor's controls, panels.
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const indicator = await focusIndicator(page);
      seen.push(indicator.label);
      expect(indicator.kind, `${indicator.label} shows where focus is`).not.toBe('none');
      expect(indicator.contrast, `${indicator.label}: ${indicator.kind}`).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(seen).size).toBeGreaterThan(10);
  });
}

test.describe('with reduced motion asked for', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  for (const path of ['/', '/timestamp/', '/explainer/', '/keys/']) {
    test(`${path}: no transition or animation takes time, and nothing scrolls smoothly`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('#main')).not.toBeEmpty();
      const moving = await page.evaluate(() => {
        const seconds = (list: string) => Math.max(...list.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d))));
        return [...document.querySelectorAll('*')].flatMap((element) => {
          const style = getComputedStyle(element);
          const slow = seconds(style.transitionDuration) > 0.001 || seconds(style.animationDuration) > 0.001;
          return slow || style.scrollBehavior === 'smooth' ? [`${element.tagName.toLowerCase()}.${element.className}: ${style.transitionDuration} ${style.animationDuration} ${style.scrollBehavior}`] : [];
        });
      });
      expect(moving).toEqual([]);
    });
  }

  test('a jump from the explainer’s table of contents lands on its section without gliding', async ({ page }) => {
    await page.goto('/explainer/');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Revocation: taking access away' }).click();
    await expect(page.locator('#revocation h2')).toBeFocused();
    // Two frames apart the page is already where it lands: nothing is still gliding towards it.
    const positions = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const first = window.scrollY;
          requestAnimationFrame(() => requestAnimationFrame(() => resolve([first, window.scrollY])));
        }),
    );
    expect(positions[1]).toBe(positions[0]);
    const top = await page.locator('#revocation').evaluate((element) => element.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(200);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  });
});
