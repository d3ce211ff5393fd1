import { describe, expect, it } from 'vitest';
import { wallClockToEpoch } from './wall-clock-epoch';

describe('wallClockToEpoch', () => {
  it('gives every unit for each reading of a skipped time', () => {
    const result = wallClockToEpoch('2024-03-10', '02:30', 'America/New_York');
    expect(result.ok && result.value.readings).toEqual([
      {
        role: 'offset-after',
        instant: 1_710_052_200_000_000_000n,
        offsetSeconds: -14_400,
        offset: '-04:00',
        values: { seconds: '1710052200', milliseconds: '1710052200000', microseconds: '1710052200000000', nanoseconds: '1710052200000000000' },
        rfc3339Utc: '2024-03-10T06:30:00Z',
      },
      {
        role: 'offset-before',
        instant: 1_710_055_800_000_000_000n,
        offsetSeconds: -18_000,
        offset: '-05:00',
        values: { seconds: '1710055800', milliseconds: '1710055800000', microseconds: '1710055800000000', nanoseconds: '1710055800000000000' },
        rfc3339Utc: '2024-03-10T07:30:00Z',
      },
    ]);
  });

  it('gives one reading for an ordinary time, with fractions exact', () => {
    const result = wallClockToEpoch('2014-07-16', '10:37:03.107', 'UTC');
    expect(result.ok && result.value.readings.map((r) => [r.role, r.values.seconds])).toEqual([['only', '1405507023.107']]);
  });

  it('passes errors on', () => {
    expect(wallClockToEpoch('2023-02-29', '', 'UTC')).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
    expect(wallClockToEpoch('2024-02-29', '', 'Nowhere/Special')).toMatchObject({ ok: false, error: { code: 'unknown-zone' } });
  });
});
