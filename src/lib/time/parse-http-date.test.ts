import { describe, expect, it } from 'vitest';
import { parseHttpDate, rfc850Year } from './parse-http-date';

const now = new Date('2024-06-01T00:00:00Z');

function read(text: string) {
  const result = parseHttpDate(text, now);
  if (!result?.ok) throw new Error(`not read: ${text}`);
  return result.value;
}

const SUNDAY_1994 = { year: 1994, month: 11, day: 6, hour: 8, minute: 49, second: 37 };

describe('parseHttpDate', () => {
  it('reads the three forms of RFC 9110 §5.6.7', () => {
    expect(read('Sun, 06 Nov 1994 08:49:37 GMT')).toMatchObject({ format: 'HTTP-date', wall: SUNDAY_1994, offsetSeconds: 0, notices: [] });
    expect(read('Sunday, 06-Nov-94 08:49:37 GMT')).toMatchObject({ format: 'HTTP-date (RFC 850)', wall: SUNDAY_1994 });
    expect(read('Sun Nov  6 08:49:37 1994')).toMatchObject({ format: 'HTTP-date (asctime)', wall: SUNDAY_1994, notices: [] });
    expect(read('Sun Nov 06 08:49:37 1994').wall).toMatchObject(SUNDAY_1994);
  });

  it('is case-sensitive, as RFC 9110 says', () => {
    expect(parseHttpDate('sun, 06 nov 1994 08:49:37 gmt', now)).toBeNull();
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 +0000', now)).toBeNull();
  });

  it('notes a wrong weekday and checks the date', () => {
    expect(read('Mon, 06 Nov 1994 08:49:37 GMT').notices.map((n) => n.code)).toEqual(['weekday-mismatch']);
    expect(parseHttpDate('Thu, 29 Feb 2023 08:49:37 GMT', now)).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
  });
});

describe('rfc850Year', () => {
  it('puts the year no more than 50 years ahead of now', () => {
    expect(rfc850Year(94, 2024)).toBe(1994);
    expect(rfc850Year(74, 2024)).toBe(2074);
    expect(rfc850Year(75, 2024)).toBe(1975);
    expect(rfc850Year(24, 2024)).toBe(2024);
    expect(rfc850Year(10, 2095)).toBe(2110);
    expect(rfc850Year(45, 2095)).toBe(2145);
    expect(rfc850Year(46, 2095)).toBe(2046);
  });
});
