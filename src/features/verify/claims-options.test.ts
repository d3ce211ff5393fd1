import { describe, expect, it } from 'vitest';
import { durationText, EMPTY_CLAIMS_FORM, parseUtcOverride, toClaimsOptions } from './claims-options';

const NOW = new Date('2024-05-01T12:00:00Z');

describe('toClaimsOptions', () => {
  it('asks for no check from empty fields and uses the live clock', () => {
    expect(toClaimsOptions(EMPTY_CLAIMS_FORM, NOW, {})).toEqual({ now: NOW, leewaySeconds: 0, header: {} });
  });

  it('splits comma-separated audiences and required claims, and reads the time override as UTC', () => {
    const options = toClaimsOptions(
      { issuer: ' joe ', audience: 'api, web,,', typ: 'at+jwt', requiredClaims: 'sub ,exp', leewaySeconds: 30, maxAgeSeconds: '3600', nowUtc: '2011-03-22T00:00' },
      NOW,
      { alg: 'HS256' },
    );
    expect(options).toEqual({
      now: new Date('2011-03-22T00:00:00Z'),
      leewaySeconds: 30,
      header: { alg: 'HS256' },
      issuer: 'joe',
      audience: ['api', 'web'],
      typ: 'at+jwt',
      requiredClaims: ['sub', 'exp'],
      maxAgeSeconds: 3600,
    });
  });

  it('ignores a maximum age that is not a number of seconds', () => {
    expect(toClaimsOptions({ ...EMPTY_CLAIMS_FORM, maxAgeSeconds: '-5' }, NOW, {})).not.toHaveProperty('maxAgeSeconds');
    expect(toClaimsOptions({ ...EMPTY_CLAIMS_FORM, maxAgeSeconds: 'x' }, NOW, {})).not.toHaveProperty('maxAgeSeconds');
  });
});

describe('parseUtcOverride', () => {
  it('reads datetime-local values with or without seconds as UTC, and nothing else', () => {
    expect(parseUtcOverride('2011-03-22T18:43')?.toISOString()).toBe('2011-03-22T18:43:00.000Z');
    expect(parseUtcOverride('2011-03-22T18:43:05')?.toISOString()).toBe('2011-03-22T18:43:05.000Z');
    expect(parseUtcOverride('')).toBeNull();
    expect(parseUtcOverride('2011-13-40T00:00')).toBeNull();
    expect(parseUtcOverride('yesterday')).toBeNull();
  });
});

describe('durationText', () => {
  it('says a leeway in minutes and seconds', () => {
    expect(durationText(0)).toBe('0 seconds');
    expect(durationText(1)).toBe('1 second');
    expect(durationText(45)).toBe('45 seconds');
    expect(durationText(60)).toBe('1 minute');
    expect(durationText(150)).toBe('2 minutes 30 seconds');
    expect(durationText(61)).toBe('1 minute 1 second');
    expect(durationText(600)).toBe('10 minutes');
  });
});

