import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { openDecoder } from './support/decoder';
import { STATIC_HOST_URL } from './support/hosts';
import { RFC7515_A1 } from './support/tokens';

// The project runs every page in Europe/Berlin with the en-US locale (playwright.config.ts).

async function openConverter(page: Page, fragment = '') {
  await page.goto(`/timestamp/${fragment}`);
  const input = page.getByTestId('timestamp-input');
  await expect(input).toBeVisible();
  return input;
}

test.describe('epoch numbers', () => {
  test('seconds: the unit is named and every output is shown, in the local zone by default', async ({ page }) => {
    const input = await openConverter(page);
    await input.fill('1700000000');
    await expect(page.getByTestId('ts-unit')).toHaveText('seconds');
    await expect(page.getByTestId('ts-iso-utc')).toHaveText('2023-11-14T22:13:20Z');
    await expect(page.getByTestId('ts-unix-seconds')).toHaveText('1700000000');
    await expect(page.getByTestId('ts-unix-ms')).toHaveText('1700000000000');
    await expect(page.getByTestId('ts-unix-us')).toHaveText('1700000000000000');
    await expect(page.getByTestId('ts-unix-ns')).toHaveText('1700000000000000000');
    await expect(page.getByTestId('ts-zone')).toHaveValue('Europe/Berlin');
    await expect(page.getByTestId('ts-in-zone')).toHaveText('2023-11-14 23:13:20 +01:00');
    await expect(page.getByTestId('ts-weekday')).toHaveText('Tuesday');
    await expect(page.getByTestId('ts-iso-week')).toHaveText('2023-W46-2');
    await expect(page.getByTestId('ts-day-of-year')).toHaveText('318');
    await expect(page.getByTestId('ts-http-date')).toHaveText('Tue, 14 Nov 2023 22:13:20 GMT');
    await expect(page.getByTestId('ts-rfc2822')).toHaveText('Tue, 14 Nov 2023 23:13:20 +0100');
    await expect(page.getByTestId('ts-relative')).toHaveText(/ago$/);
  });

  test('the unit is guessed at each boundary, and one click overrides it', async ({ page }) => {
    const input = await openConverter(page);
    for (const [value, unit] of [
      ['99999999999', 'seconds'],
      ['100000000000', 'milliseconds'],
      ['100000000000000', 'microseconds'],
      ['9999999999999999', 'microseconds'],
      ['10000000000000000', 'nanoseconds'],
      ['-100000000000', 'milliseconds'],
    ] as const) {
      await input.fill(value);
      await expect(page.getByTestId('ts-unit')).toHaveText(unit);
    }
    await input.fill('1700000000');
    await page.getByText('ms', { exact: true }).click();
    await expect(page.getByTestId('ts-unit')).toHaveText('milliseconds');
    await expect(page.getByTestId('ts-iso-utc')).toHaveText('1970-01-20T16:13:20Z');
    await page.getByText('Auto', { exact: true }).click();
    await expect(page.getByTestId('ts-unit')).toHaveText('seconds');
  });

  test('19-digit nanoseconds keep every digit; negative and fractional seconds read exactly', async ({ page }) => {
    const input = await openConverter(page);
    await input.fill('1700000000123456789');
    await expect(page.getByTestId('ts-unit')).toHaveText('nanoseconds');
    await expect(page.getByTestId('ts-unix-ns')).toHaveText('1700000000123456789');
    await expect(page.getByTestId('ts-unix-seconds')).toHaveText('1700000000.123456789');
    await expect(page.getByTestId('ts-iso-utc')).toHaveText('2023-11-14T22:13:20.123456789Z');
    await input.fill('-86400');
    await expect(page.getByTestId('ts-iso-utc')).toHaveText('1969-12-31T00:00:00Z');
    await input.fill('1405507023.107');
    await expect(page.getByTestId('ts-iso-utc')).toHaveText('2014-07-16T10:37:03.107Z');
  });

  test('the 2038 limit, the end of the Date range and leap seconds are said, not hidden', async ({ page }) => {
    const input = await openConverter(page);
    await input.fill('2147483647');
    await expect(page.getByTestId('ts-iso-utc')).toHaveText('2038-01-19T03:14:07Z');
    await expect(page.getByTestId('ts-notice-after-2038')).toHaveCount(0);
    await input.fill('2147483648');
    await expect(page.getByTestId('ts-notice-after-2038')).toBeVisible();
    await input.fill('10000000000000000000000');
    await expect(page.getByTestId('ts-notice-beyond-date-range')).toBeVisible();
    await expect(page.getByTestId('ts-unix-seconds')).toHaveText('10000000000000');
    await expect(page.getByTestId('ts-iso-utc')).toHaveText('beyond the range of a JavaScript Date');
    await input.fill('2016-12-31T23:59:60Z');
    await expect(page.getByTestId('ts-notice-leap-second')).toContainText('ignore leap seconds');
    await expect(page.getByTestId('ts-iso-utc')).toHaveText('2017-01-01T00:00:00Z');
  });
});

test.describe('dates and zones', () => {
  test('a zone typed in the zone control shows the instant there', async ({ page }) => {
    const input = await openConverter(page);
    await input.fill('1700000000');
    await page.getByTestId('ts-zone').fill('Asia/Kolkata');
    await expect(page.getByTestId('ts-in-zone')).toHaveText('2023-11-15 03:43:20 +05:30');
  });

  test('a date without an offset is read in the chosen zone, and DST gaps and overlaps show both readings', async ({ page }) => {
    const input = await openConverter(page);
    await page.getByTestId('ts-zone').fill('America/New_York');
    await input.fill('2024-03-10T02:30:00');
    await expect(page.getByTestId('ts-notice-assumed-zone')).toContainText('America/New_York');
    await expect(page.getByTestId('ts-notice-nonexistent-local-time')).toBeVisible();
    await expect(page.getByTestId('ts-reading-offset-before')).toContainText('2024-03-10T07:30:00Z');
    await expect(page.getByTestId('ts-reading-offset-after')).toContainText('2024-03-10T06:30:00Z');
    await input.fill('2024-11-03 01:30');
    await expect(page.getByTestId('ts-notice-ambiguous-local-time')).toBeVisible();
    await expect(page.getByTestId('ts-reading-earlier')).toContainText('2024-11-03T05:30:00Z');
    await expect(page.getByTestId('ts-reading-later')).toContainText('2024-11-03T06:30:00Z');
  });

  test('RFC 2822, HTTP-date and now are recognised by name', async ({ page }) => {
    const input = await openConverter(page);
    await input.fill('Sun, 06 Nov 1994 08:49:37 GMT');
    await expect(page.getByTestId('ts-unit')).toHaveText('HTTP-date');
    await expect(page.getByTestId('ts-iso-utc')).toHaveText('1994-11-06T08:49:37Z');
    await input.fill('Tue, 1 Jul 2003 10:52:37 +0200');
    await expect(page.getByTestId('ts-unit')).toHaveText('RFC 2822');
    await expect(page.getByTestId('ts-iso-utc')).toHaveText('2003-07-01T08:52:37Z');
    await input.fill('now');
    await expect(page.getByTestId('ts-unit')).toHaveText('now');
    await expect(page.getByTestId('ts-relative')).toHaveText('now');
  });

  test('what cannot be read says what was expected, and keeps the text', async ({ page }) => {
    const input = await openConverter(page);
    await input.fill('the day after tomorrow');
    await expect(page.getByTestId('ts-error')).toContainText('Expected an epoch number');
    await expect(input).toHaveValue('the day after tomorrow');
    await input.fill('2023-02-29');
    await expect(page.getByTestId('ts-error')).toHaveAttribute('data-code', 'invalid-date');
  });

  test('many lines: each is converted in its own row, and a hyphen is never a minus sign', async ({ page }) => {
    const input = await openConverter(page);
    await input.fill('1700000000\nINFO build-1646914900-abc done\nno time here\n2024-03-10T02:30:00Z');
    const rows = page.getByTestId('ts-line-row');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(1).getByTestId('ts-line-text')).toHaveText('1646914900');
    await expect(rows.nth(1).getByTestId('ts-line-iso')).toHaveText('2022-03-10T12:21:40Z');
    await expect(rows.nth(2)).toHaveAttribute('data-status', 'none');
    await rows.nth(3).getByRole('button', { name: 'Show' }).click();
    await expect(page.getByTestId('ts-unit')).toHaveText('RFC 3339');
    await expect(page.getByTestId('ts-iso-utc')).toHaveText('2024-03-10T02:30:00Z');
  });

  test('zones side by side: searched by city and abbreviation, each with offset, DST and next change', async ({ page }) => {
    const input = await openConverter(page);
    await input.fill('1700000000');
    const zones = page.getByTestId('ts-zone-row');
    await expect(zones).toHaveCount(2);
    const add = page.getByTestId('ts-zone-add');
    await add.fill('sao paulo');
    await page.getByRole('button', { name: 'America/Sao_Paulo', exact: true }).click();
    await expect(add).toHaveValue('');
    await add.fill('PST');
    await page.getByRole('button', { name: 'America/Los_Angeles (abbreviation)' }).click();
    await expect(zones).toHaveCount(4);
    const la = page.locator('[data-testid="ts-zone-row"][data-zone="America/Los_Angeles"]');
    await expect(la.getByTestId('ts-zone-time')).toHaveText('2023-11-14 14:13:20 -08:00');
    await expect(la.getByTestId('ts-zone-dst')).toHaveText('standard time');
    await expect(la.getByTestId('ts-zone-next')).toContainText('2024-03-10T10:00:00Z');
    const utc = page.locator('[data-testid="ts-zone-row"][data-zone="UTC"]');
    await expect(utc.getByTestId('ts-zone-dst')).toHaveText('no daylight saving time');
  });

  test('date, time and zone in, every epoch unit out, with both readings of a repeated time', async ({ page }) => {
    await openConverter(page);
    await page.getByTestId('ts-wall-date').fill('2024-11-03');
    await page.getByTestId('ts-wall-time').fill('01:30');
    await page.getByTestId('ts-wall-zone').fill('America/New_York');
    await expect(page.getByTestId('ts-wall-result')).toHaveAttribute('data-kind', 'overlap');
    await expect(page.getByTestId('ts-wall-reading-earlier').getByTestId('ts-wall-seconds')).toHaveText('1730611800');
    await expect(page.getByTestId('ts-wall-reading-later').getByTestId('ts-wall-seconds')).toHaveText('1730615400');
    await page.getByTestId('ts-wall-date').fill('2023-02-29');
    await expect(page.getByTestId('ts-wall-error')).toHaveAttribute('data-code', 'invalid-date');
  });
});

test.describe('now, links and hosting', () => {
  test('the live clock can be paused and used as the input', async ({ page }) => {
    const input = await openConverter(page);
    await page.getByTestId('ts-now-pause').click();
    await expect(page.getByTestId('ts-now-pause')).toHaveAttribute('aria-pressed', 'true');
    const held = await page.getByTestId('ts-now-seconds').textContent();
    // Paused: a second later it still shows the same second.
    await page.waitForTimeout(1500);
    await expect(page.getByTestId('ts-now-seconds')).toHaveText(held ?? '');
    await page.getByTestId('ts-now-use').click();
    await expect(input).toHaveValue(held ?? '');
    await expect(page.getByTestId('ts-unit')).toHaveText('seconds');
  });

  test('the link keeps the input, unit and zones: reloading it reproduces the view', async ({ page }) => {
    const input = await openConverter(page);
    await input.fill('1700000000000\n1700000001000');
    await page.getByText('ms', { exact: true }).click();
    await page.getByTestId('ts-zone').fill('Asia/Kolkata');
    await expect(page.getByTestId('ts-in-zone')).toHaveText('2023-11-15 03:43:20 +05:30');
    expect(new URL(page.url()).hash).toContain('unit=ms');
    await page.reload();
    await expect(page.getByTestId('timestamp-input')).toHaveValue('1700000000000\n1700000001000');
    await expect(page.getByTestId('ts-unit')).toHaveText('milliseconds');
    await expect(page.getByTestId('ts-zone')).toHaveValue('Asia/Kolkata');
    await expect(page.getByTestId('ts-in-zone')).toHaveText('2023-11-15 03:43:20 +05:30');
  });

  test('a time claim in the decoder opens here with its value', async ({ page }) => {
    const tokenInput = await openDecoder(page);
    await tokenInput.fill(RFC7515_A1.token);
    await page.getByTestId('claim-exp').getByTestId('open-in-converter').click();
    await expect(page).toHaveURL(/\/timestamp\/#t=1300819380$/);
    await expect(page.getByTestId('timestamp-input')).toHaveValue('1300819380');
    await expect(page.getByTestId('ts-iso-utc')).toHaveText(RFC7515_A1.expUtc);
  });

  test('opened directly on a static host with no rewrite rules', async ({ page }) => {
    await page.goto(`${STATIC_HOST_URL}/timestamp/#t=1700000000`);
    await expect(page.getByTestId('ts-iso-utc')).toHaveText('2023-11-14T22:13:20Z');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timestamps' })).toHaveAttribute('aria-current', 'page');
  });
});

test.describe('accessibility', () => {
  test.slow();
  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme}: no WCAG violations with results, zones and a DST gap`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const input = await openConverter(page, '#tz=America/New_York&tz=UTC');
      await input.fill('1700000000\n2024-03-10T02:30:00');
      await page.getByTestId('ts-line-row').nth(1).getByRole('button', { name: 'Show' }).click();
      await expect(page.getByTestId('ts-notice-nonexistent-local-time')).toBeVisible();
      await page.getByTestId('ts-zone-add').fill('tokyo');
      await page.getByTestId('ts-wall-date').fill('2024-03-10');
      await page.getByTestId('ts-wall-time').fill('02:30');
      await expect(page.getByTestId('ts-wall-result')).toHaveAttribute('data-kind', 'gap');
      await expectNoViolations(page);
    });
  }
});

test.describe('on a small phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('many lines, zones and a DST gap never make the page scroll sideways', async ({ page }) => {
    const input = await openConverter(page, '#tz=America/New_York&tz=Asia/Kolkata');
    await input.fill('1700000000123456789\nINFO build-1646914900-abc done at 2024-03-10T02:30:00\nSun, 06 Nov 1994 08:49:37 GMT');
    await expect(page.getByTestId('ts-line-row')).toHaveCount(4);
    await expect(page.getByTestId('ts-iso-utc')).toHaveText('2023-11-14T22:13:20.123456789Z');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('in a browser set to UTC', () => {
  test.use({ timezoneId: 'UTC' });

  test('a local time names the zone once: "(UTC)" in the decoder, no repeated "UTC" in the converter', async ({ page }) => {
    const input = await openDecoder(page);
    await input.fill(RFC7515_A1.token);
    const exp = page.getByTestId('claim-exp');
    await expect(exp).toContainText('2011-03-22 18:43:00 +00:00 (UTC)');
    await expect(exp).not.toContainText('UTC, UTC');

    await openConverter(page, '#t=1700000000');
    await expect(page.getByTestId('ts-in-zone')).toHaveText('2023-11-14 22:13:20 +00:00');
    // The row says "In UTC"; its value has no note repeating the name.
    await expect(page.getByRole('definition').filter({ has: page.getByTestId('ts-in-zone') })).toHaveText('2023-11-14 22:13:20 +00:00');
  });
});
