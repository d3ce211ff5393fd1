import { describe, expect, it } from 'vitest';
import { edgeFlags, INT32_MAX_SECONDS, INT32_MIN_SECONDS, LEAP_SECONDS_NOTE } from './edge-flags';
import { formatRfc3339Utc } from './rfc3339';
import { DATE_LIMIT_NS, epochNs } from './units';

const S = 1_000_000_000n;

describe('edgeFlags', () => {
  it('puts the last 32-bit second at 2038-01-19T03:14:07Z and flags what follows', () => {
    expect(formatRfc3339Utc(epochNs(INT32_MAX_SECONDS * S))).toBe('2038-01-19T03:14:07Z');
    expect(edgeFlags(epochNs(INT32_MAX_SECONDS * S)).afterInt32).toBe(false);
    expect(edgeFlags(epochNs(INT32_MAX_SECONDS * S + S - 1n)).afterInt32).toBe(false);
    expect(edgeFlags(epochNs((INT32_MAX_SECONDS + 1n) * S)).afterInt32).toBe(true);
  });

  it('flags instants before 1901-12-13T20:45:52Z', () => {
    expect(formatRfc3339Utc(epochNs(INT32_MIN_SECONDS * S))).toBe('1901-12-13T20:45:52Z');
    expect(edgeFlags(epochNs(INT32_MIN_SECONDS * S)).beforeInt32).toBe(false);
    expect(edgeFlags(epochNs(INT32_MIN_SECONDS * S - 1n)).beforeInt32).toBe(true);
  });

  it('flags instants beyond the Date range', () => {
    expect(edgeFlags(epochNs(DATE_LIMIT_NS)).outsideDateRange).toBe(false);
    expect(edgeFlags(epochNs(DATE_LIMIT_NS + 1n))).toEqual({ afterInt32: true, beforeInt32: false, outsideDateRange: true });
    expect(edgeFlags(epochNs(-DATE_LIMIT_NS - 1n))).toEqual({ afterInt32: false, beforeInt32: true, outsideDateRange: true });
  });
});

describe('LEAP_SECONDS_NOTE', () => {
  it('cites RFC 7519 and POSIX', () => {
    expect(LEAP_SECONDS_NOTE.sources.map((s) => s.source)).toEqual([expect.stringContaining('RFC 7519 §2'), expect.stringContaining('POSIX')]);
  });
});
