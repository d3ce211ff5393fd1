import { describe, expect, it } from 'vitest';
import { DATE_LIMIT_NS, epochNs } from './units';
import { offsetSecondsAtMs, zoneOffsetSeconds } from './zone-offset';

const at = (iso: string) => epochNs(BigInt(Date.parse(iso)) * 1_000_000n);

describe('zoneOffsetSeconds', () => {
  it('reads offsets east of UTC in seconds', () => {
    expect(zoneOffsetSeconds('America/New_York', at('2024-01-15T12:00:00Z'))).toBe(-5 * 3600);
    expect(zoneOffsetSeconds('America/New_York', at('2024-07-15T12:00:00Z'))).toBe(-4 * 3600);
    expect(zoneOffsetSeconds('Asia/Kolkata', at('2024-07-15T12:00:00Z'))).toBe(19_800);
    expect(zoneOffsetSeconds('UTC', at('2024-07-15T12:00:00Z'))).toBe(0);
  });

  it('keeps the seconds and the sign of local mean time', () => {
    // Dublin Mean Time was 25 min 21 s behind Greenwich; @date-fns/tz's tzOffset drops that sign.
    expect(zoneOffsetSeconds('Europe/Dublin', at('1880-01-01T00:00:00Z'))).toBe(-(25 * 60 + 21));
    expect(zoneOffsetSeconds('Asia/Kolkata', at('1900-01-01T00:00:00Z'))).toBe(5 * 3600 + 21 * 60 + 10);
  });

  it('changes on the second of the transition', () => {
    expect(offsetSecondsAtMs('America/New_York', Date.parse('2024-03-10T06:59:59.999Z'))).toBe(-5 * 3600);
    expect(offsetSecondsAtMs('America/New_York', Date.parse('2024-03-10T07:00:00Z'))).toBe(-4 * 3600);
  });

  it('gives null beyond the Date range and throws for an unknown zone', () => {
    expect(zoneOffsetSeconds('UTC', epochNs(DATE_LIMIT_NS + 1n))).toBeNull();
    expect(() => zoneOffsetSeconds('Mars/Olympus_Mons', epochNs(0n))).toThrow(RangeError);
  });
});
