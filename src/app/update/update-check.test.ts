import { describe, expect, it, vi } from 'vitest';
import { createUpdateCheck } from './update-check';

const HOUR = 60 * 60 * 1000;

describe('createUpdateCheck', () => {
  it('checks when the gap since the last check has passed, not before', () => {
    let now = 0;
    const update = vi.fn(() => Promise.resolve());
    const check = createUpdateCheck(update, () => now, HOUR);
    now = HOUR - 1;
    check();
    expect(update).not.toHaveBeenCalled();
    now = HOUR;
    check();
    expect(update).toHaveBeenCalledOnce();
    now = HOUR + 1000;
    check();
    expect(update).toHaveBeenCalledOnce();
  });

  it('tries again at the next chance after a failed check', async () => {
    let now = 0;
    const update = vi.fn(() => Promise.reject(new Error('offline')));
    const check = createUpdateCheck(update, () => now, HOUR);
    now = HOUR;
    check();
    await Promise.resolve();
    await Promise.resolve();
    now = HOUR + 1000;
    check();
    expect(update).toHaveBeenCalledTimes(2);
  });
});
