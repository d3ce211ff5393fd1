import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatHttpDate, formatRfc2822 } from './protocol-formats';
import { parseHttpDate } from './parse-http-date';
import { parseRfc2822 } from './parse-rfc2822';
import { epochNs } from './units';

const at = (iso: string) => epochNs(BigInt(Date.parse(iso)) * 1_000_000n);

describe('formatRfc2822', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('writes the RFC 5322 example at its offset', () => {
    expect(formatRfc2822(at('2003-07-01T08:52:37Z'), 7200)).toBe('Tue, 01 Jul 2003 10:52:37 +0200');
    expect(formatRfc2822(at('2003-07-01T08:52:37Z'), -5.5 * 3600)).toBe('Tue, 01 Jul 2003 03:22:37 -0530');
    expect(formatRfc2822(at('2003-07-01T08:52:37Z'), 0)).toBe('Tue, 01 Jul 2003 08:52:37 +0000');
  });

  it('does not depend on the runtime zone', () => {
    vi.stubEnv('TZ', 'Pacific/Kiritimati');
    expect(new Date(0).getTimezoneOffset()).not.toBe(0);
    expect(formatRfc2822(at('2003-07-01T23:52:37Z'), 0)).toBe('Tue, 01 Jul 2003 23:52:37 +0000');
    expect(formatHttpDate(at('1994-11-06T23:49:37Z'))).toBe('Sun, 06 Nov 1994 23:49:37 GMT');
  });

  it('writes nothing it cannot write correctly', () => {
    expect(formatRfc2822(at('1899-12-31T23:59:59Z'), 0)).toBeNull();
    expect(formatRfc2822(at('2003-07-01T08:52:37Z'), 19_270)).toBeNull();
    expect(formatRfc2822(epochNs(10n ** 28n), 0)).toBeNull();
    expect(formatHttpDate(at('+010000-01-01T00:00:00Z'))).toBeNull();
  });

  it('reads back what it writes', () => {
    const instant = at('2038-01-19T03:14:07Z');
    const text = formatRfc2822(instant, 3600) ?? '';
    const back = parseRfc2822(text);
    expect(back?.ok && back.value.offsetSeconds).toBe(3600);
    const http = parseHttpDate(formatHttpDate(instant) ?? '', new Date(0));
    expect(http?.ok && http.value.format).toBe('HTTP-date');
  });
});
