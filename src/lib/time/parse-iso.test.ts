import { describe, expect, it } from 'vitest';
import { parseIsoDateTime } from './parse-iso';

function read(text: string) {
  const result = parseIsoDateTime(text);
  if (!result?.ok) throw new Error(`not read: ${text} ${JSON.stringify(result)}`);
  return result.value;
}

describe('parseIsoDateTime', () => {
  it('names RFC 3339 when the text is RFC 3339', () => {
    for (const text of ['2024-03-10T02:30:00Z', '2024-03-10t02:30:00z', '2024-03-10 02:30:00+05:30', '2024-03-10T02:30:00.123456789-08:00']) {
      expect(read(text).format).toBe('RFC 3339');
    }
  });

  it('reads the rest of ISO 8601 as ISO 8601', () => {
    expect(read('2024-03-10')).toMatchObject({ format: 'ISO 8601', dateOnly: true, offsetSeconds: null });
    expect(read('2024-03-10T02:30')).toMatchObject({ format: 'ISO 8601', offsetSeconds: null, wall: { hour: 2, minute: 30, second: 0 } });
    expect(read('2024-03-10T02:30:00+0530')).toMatchObject({ format: 'ISO 8601', offsetSeconds: 19_800 });
    expect(read('2024-03-10T02:30:00-03')).toMatchObject({ format: 'ISO 8601', offsetSeconds: -10_800 });
    expect(read('2024-03-10 02:30:00 +0000')).toMatchObject({ format: 'ISO 8601', offsetSeconds: 0 });
    expect(read('+010000-01-01T00:00:00Z')).toMatchObject({ format: 'ISO 8601', wall: { year: 10_000 } });
    expect(read('-000001-12-31T23:59:59Z')).toMatchObject({ wall: { year: -1, month: 12, day: 31 } });
  });

  it('reads fractions of up to nine digits, after a dot or a comma', () => {
    expect(read('2024-03-10T02:30:00.5Z').wall.nanosecond).toBe(500_000_000);
    expect(read('2024-03-10 02:30:00,123Z').wall.nanosecond).toBe(123_000_000);
    expect(read('2024-03-10T02:30:00.000000001Z').wall.nanosecond).toBe(1);
    expect(parseIsoDateTime('2024-03-10T02:30:00.0000000001Z')).toMatchObject({ ok: false, error: { code: 'too-precise' } });
  });

  it('takes a leap second with a notice rather than an error', () => {
    const value = read('2016-12-31T23:59:60Z');
    expect(value).toMatchObject({ leapSecond: true, wall: { second: 59 } });
    expect(value.notices.map((n) => n.code)).toEqual(['leap-second']);
  });

  it('notes -00:00 as an unknown local offset (RFC 3339 §4.3)', () => {
    expect(read('2024-03-10T02:30:00-00:00').notices.map((n) => n.code)).toEqual(['unknown-local-offset']);
  });

  it('says which field is wrong', () => {
    expect(parseIsoDateTime('2023-02-29')).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
    const error = parseIsoDateTime('2023-02-29');
    expect(error?.ok === false && error.error.message).toBe('2023-02-29 does not exist: February 2023 has 28 days.');
    expect(parseIsoDateTime('2024-02-29')?.ok).toBe(true);
    expect(parseIsoDateTime('2024-13-01')).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
    expect(parseIsoDateTime('2024-03-10T24:00:00Z')).toMatchObject({ ok: false, error: { code: 'invalid-time' } });
    expect(parseIsoDateTime('2024-03-10T23:59:61Z')).toMatchObject({ ok: false, error: { code: 'invalid-time' } });
    expect(parseIsoDateTime('2024-03-10T02:30:00+24:00')).toMatchObject({ ok: false, error: { code: 'invalid-offset' } });
    expect(parseIsoDateTime('-000000-01-01')).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
  });

  it('returns null for other shapes', () => {
    for (const text of ['2024-3-10', '20240310', '2024-03-10T', '2024-03-10T2:30', '10000-01-01T00:00:00Z', 'now']) {
      expect(parseIsoDateTime(text)).toBeNull();
    }
  });
});
