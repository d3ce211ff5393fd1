import { describe, expect, it } from 'vitest';
import { formatRfc3339Utc, formatRfc3339WithOffset } from './rfc3339';
import { DATE_LIMIT_NS, epochNs } from './units';

describe('formatRfc3339Utc', () => {
  it.each([
    [0n, '1970-01-01T00:00:00Z'],
    [1_300_819_380n * 10n ** 9n, '2011-03-22T18:43:00Z'],
    [1_405_507_023_107_000_000n, '2014-07-16T10:37:03.107Z'],
    [1_700_000_000_123_456_789n, '2023-11-14T22:13:20.123456789Z'],
    [1_000n, '1970-01-01T00:00:00.000001Z'],
    [-1n, '1969-12-31T23:59:59.999999999Z'],
    [2_147_483_647n * 10n ** 9n, '2038-01-19T03:14:07Z'],
    [253_402_300_800n * 10n ** 9n, '+010000-01-01T00:00:00Z'],
    [-62_198_755_200n * 10n ** 9n, '-000001-01-01T00:00:00Z'],
    [DATE_LIMIT_NS, '+275760-09-13T00:00:00Z'],
    [-DATE_LIMIT_NS, '-271821-04-20T00:00:00Z'],
  ])('%s ns is %s', (ns, text) => expect(formatRfc3339Utc(epochNs(ns))).toBe(text));

  it('matches Date#toISOString to the millisecond', () => {
    for (const ms of [0, 1, -1, 951_782_400_000, -62_135_596_800_001]) {
      expect(formatRfc3339Utc(epochNs(BigInt(ms) * 1_000_000n))).toBe(new Date(ms).toISOString().replace('.000Z', 'Z').replace(/(\.\d*?)0+Z$/, '$1Z'));
    }
  });

  it('gives nothing beyond the Date range', () => {
    expect(formatRfc3339Utc(epochNs(DATE_LIMIT_NS + 1n))).toBeNull();
  });
});

describe('formatRfc3339WithOffset', () => {
  it('spells the offset out', () => {
    expect(formatRfc3339WithOffset(epochNs(1_710_055_800n * 10n ** 9n), -4 * 3600)).toBe('2024-03-10T03:30:00-04:00');
    expect(formatRfc3339WithOffset(epochNs(0n), 0)).toBe('1970-01-01T00:00:00+00:00');
    expect(formatRfc3339WithOffset(epochNs(0n), 19_270)).toBe('1970-01-01T05:21:10+05:21:10');
  });
});
