import { describe, expect, it } from 'vitest';
import * as time from './index';

describe('the time entry point', () => {
  it('converts a pasted value end to end', () => {
    const now = new Date('2023-11-15T00:00:00Z');
    const parsed = time.parseTimestamp('1700000000', { now, zone: 'UTC' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const view = time.describeInstant(parsed.value.instant, { now, zone: 'Asia/Kolkata' });
    expect(parsed.value.label).toBe('seconds');
    expect(view.ok && view.value.rfc3339Utc).toBe('2023-11-14T22:13:20Z');
    expect(view.ok && view.value.zoned?.text).toBe('2023-11-15 03:43:20 +05:30');
  });
});
