import { describe, expect, it } from 'vitest';
import { exactRelativeText, formatExactDuration, relativeText } from './relative';
import { epochNs } from './units';

const S = 1_000_000_000n;
const now = epochNs(1_700_000_000n * S);
const from = (delta: bigint) => epochNs(now + delta);

describe('relativeText', () => {
  it.each([
    [0n, 'now'],
    [S / 2n, 'now'],
    [S, 'in 1 second'],
    [-45n * S, '45 seconds ago'],
    [4n * 60n * S + 59n * S, 'in 4 minutes'],
    [-(3n * 86_400n + 4n * 3600n) * S, '3 days ago'],
    [2n * 3600n * S, 'in 2 hours'],
    [-45n * 86_400n * S, '1 month ago'],
    [400n * 86_400n * S, 'in 1 year'],
    [-(10n ** 25n), '316,887,385 years ago'],
  ])('%s ns from now is %s', (delta, text) => expect(relativeText(from(delta), now)).toBe(text));
});

describe('exactRelativeText', () => {
  it('gives the three largest units', () => {
    const delta = (3n * 86_400n + 4n * 3600n + 12n * 60n + 9n) * S;
    expect(exactRelativeText(from(-delta), now)).toBe('3 days 4 h 12 min ago');
    expect(exactRelativeText(from(delta), now)).toBe('in 3 days 4 h 12 min');
    expect(exactRelativeText(from(4n * 60n * S + 12n * S), now)).toBe('in 4 min 12 s');
    expect(exactRelativeText(now, now)).toBe('now');
  });
});

describe('formatExactDuration', () => {
  it.each([
    [0n, '0 s'],
    [7n, '7 ns'],
    [12_345n, '12 µs'],
    [500_000_000n, '500 ms'],
    [86_400n * S, '1 day'],
    [(86_400n + 5n) * S, '1 day'],
    [(3600n + 60n + 1n) * S, '1 h 1 min 1 s'],
    [-(3600n + 1n) * S, '1 h 1 s'],
    [(20_784n * 86_400n + 5n * 3600n) * S, '20,784 days 5 h'],
  ])('%s ns is %s', (ns, text) => expect(formatExactDuration(ns)).toBe(text));
});
