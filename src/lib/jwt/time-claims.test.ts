import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  MILLISECONDS_THRESHOLD,
  formatDurationExact,
  lifetimeSeconds,
  readTimeClaim,
  relativePhrase,
  toRfc3339Utc,
} from './time-claims';

// RFC 7519 §3.1 example: exp 1300819380 is 2011-03-22T18:43:00Z.
const EXP = 1300819380;
const AT_EXP = new Date(EXP * 1000);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('readTimeClaim', () => {
  it('reads a NumericDate as an instant with RFC 3339 text', () => {
    const view = readTimeClaim('exp', EXP, new Date(AT_EXP.getTime() - 252 * SECOND));
    expect(view).toEqual({
      name: 'exp',
      seconds: EXP,
      instant: AT_EXP,
      iso: '2011-03-22T18:43:00Z',
      looksLikeMilliseconds: false,
      finerReading: null,
      outOfRange: false,
      status: 'valid',
      relativeMs: 252 * SECOND,
    });
  });

  it('treats exp == now as expired (RFC 7519 §4.1.4: not on or after exp)', () => {
    expect(readTimeClaim('exp', EXP, AT_EXP)?.status).toBe('expired');
    expect(readTimeClaim('exp', EXP, new Date(AT_EXP.getTime() - 1))?.status).toBe('valid');
  });

  it('treats nbf == now as valid and a later nbf as not yet valid (RFC 7519 §4.1.5)', () => {
    expect(readTimeClaim('nbf', EXP, AT_EXP)?.status).toBe('valid');
    expect(readTimeClaim('nbf', EXP + 1, AT_EXP)?.status).toBe('not-yet-valid');
    expect(readTimeClaim('nbf', EXP - 1, AT_EXP)?.status).toBe('valid');
  });

  it('says in-future or past for iat and other time claims', () => {
    expect(readTimeClaim('iat', EXP + 1, AT_EXP)?.status).toBe('in-future');
    expect(readTimeClaim('iat', EXP, AT_EXP)?.status).toBe('past');
    expect(readTimeClaim('auth_time', EXP - 10, AT_EXP)?.status).toBe('past');
    expect(readTimeClaim('updated_at', EXP + 10, AT_EXP)?.status).toBe('in-future');
  });

  it('keeps the milliseconds of a fractional NumericDate', () => {
    const view = readTimeClaim('iat', 1405507023.107, AT_EXP);
    expect(view?.instant?.getTime()).toBe(1405507023107);
    expect(view?.iso).toBe('2014-07-16T10:37:03.107Z');
    expect(readTimeClaim('iat', 1.001, AT_EXP)?.instant?.getTime()).toBe(1001);
  });

  it('returns null for anything but a finite number', () => {
    for (const value of ['1300819380', null, true, undefined, [], {}, Number.NaN, Infinity, -Infinity]) {
      expect(readTimeClaim('exp', value, AT_EXP)).toBeNull();
    }
  });

  it('flags values from 1e11 on as probable milliseconds', () => {
    expect(readTimeClaim('exp', MILLISECONDS_THRESHOLD, AT_EXP)?.looksLikeMilliseconds).toBe(true);
    expect(readTimeClaim('exp', MILLISECONDS_THRESHOLD - 1, AT_EXP)?.looksLikeMilliseconds).toBe(false);
    expect(readTimeClaim('exp', EXP * 1000, AT_EXP)?.looksLikeMilliseconds).toBe(true);
  });

  it('gives no instant beyond the range of a JS Date', () => {
    const edge = readTimeClaim('exp', 8.64e12, AT_EXP);
    expect(edge?.outOfRange).toBe(false);
    expect(edge?.iso).toBe('+275760-09-13T00:00:00Z');
    for (const value of [8.64e12 + 1, -8.64e12 - 1, 1e300, -1e300]) {
      const view = readTimeClaim('exp', value, AT_EXP);
      expect(view).toMatchObject({ outOfRange: true, instant: null, iso: null });
    }
    expect(readTimeClaim('exp', -1e300, AT_EXP)?.status).toBe('expired');
    expect(readTimeClaim('nbf', 1e300, AT_EXP)?.status).toBe('not-yet-valid');
  });

  it('never throws for any number', () => {
    fc.assert(
      fc.property(fc.double(), fc.constantFrom('exp', 'nbf', 'iat', 'other'), (value, name) => {
        const view = readTimeClaim(name, value, AT_EXP);
        if (!Number.isFinite(value)) return view === null;
        return view !== null && (view.instant === null) === view.outOfRange && (view.iso === null) === view.outOfRange;
      }),
    );
  });
});

describe('toRfc3339Utc', () => {
  it('drops zero milliseconds and keeps the rest', () => {
    expect(toRfc3339Utc(AT_EXP)).toBe('2011-03-22T18:43:00Z');
    expect(toRfc3339Utc(new Date(1405507023107))).toBe('2014-07-16T10:37:03.107Z');
    expect(toRfc3339Utc(new Date(1405507023100))).toBe('2014-07-16T10:37:03.100Z');
    expect(toRfc3339Utc(new Date(0))).toBe('1970-01-01T00:00:00Z');
  });

  it('throws for an invalid Date', () => {
    expect(() => toRfc3339Utc(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('formatDurationExact', () => {
  it.each([
    [0, '0 s'],
    [500, '500 ms'],
    [1500, '1 s'],
    [252 * SECOND, '4 min 12 s'],
    [HOUR, '1 h'],
    [HOUR + 5 * SECOND, '1 h 5 s'],
    [DAY, '1 day'],
    [2 * DAY, '2 days'],
    [3 * DAY + 4 * HOUR + 12 * MINUTE, '3 days 4 h 12 min'],
    [3 * DAY + 4 * HOUR + 12 * MINUTE + 9 * SECOND, '3 days 4 h 12 min'],
    [20784 * DAY + 5 * HOUR, '20,784 days 5 h'],
    [DAY + 5 * SECOND, '1 day'],
    [DAY + 5 * MINUTE + 5 * SECOND, '1 day 5 min'],
    [-(252 * SECOND), '4 min 12 s'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatDurationExact(ms)).toBe(text);
  });

  it('throws for a duration that is not finite', () => {
    expect(() => formatDurationExact(Infinity)).toThrow(RangeError);
    expect(() => formatDurationExact(Number.NaN)).toThrow(RangeError);
  });

  it('shows at most three units, largest first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 8.64e15 }), (ms) => {
        const units = formatDurationExact(ms).match(/(day|days|h|min|s)\b/g) ?? [];
        return units.length >= 1 && units.length <= 3;
      }),
    );
  });
});

describe('relativePhrase', () => {
  it('says how far ahead or behind, or now', () => {
    expect(relativePhrase(252 * SECOND)).toBe('in 4 min 12 s');
    expect(relativePhrase(-(3 * DAY + 4 * HOUR))).toBe('3 days 4 h ago');
    expect(relativePhrase(0)).toBe('now');
  });
});

describe('lifetimeSeconds', () => {
  it('is exp − iat, or exp − nbf without a numeric iat', () => {
    expect(lifetimeSeconds({ iat: 1000, nbf: 1500, exp: 4600 })).toBe(3600);
    expect(lifetimeSeconds({ nbf: 1000, exp: 4600 })).toBe(3600);
    expect(lifetimeSeconds({ iat: '1000', nbf: 1000, exp: 4600 })).toBe(3600);
    expect(lifetimeSeconds({ iat: 1000.5, exp: 1001 })).toBe(0.5);
  });

  it('is null without a numeric exp or start', () => {
    expect(lifetimeSeconds({ iat: 1000 })).toBeNull();
    expect(lifetimeSeconds({ exp: 1000 })).toBeNull();
    expect(lifetimeSeconds({ exp: '4600', iat: 1000 })).toBeNull();
  });
});
