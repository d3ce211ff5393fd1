import { describe, expect, it } from 'vitest';
import { OBSOLETE_ZONE_NAMES, parseRfc2822 } from './parse-rfc2822';

function read(text: string) {
  const result = parseRfc2822(text);
  if (!result?.ok) throw new Error(`not read: ${text} ${JSON.stringify(result)}`);
  return result.value;
}

describe('parseRfc2822', () => {
  it('reads the RFC 5322 example', () => {
    expect(read('Tue, 1 Jul 2003 10:52:37 +0200')).toMatchObject({
      format: 'RFC 2822',
      wall: { year: 2003, month: 7, day: 1, hour: 10, minute: 52, second: 37 },
      offsetSeconds: 7200,
      notices: [],
    });
  });

  it('reads it without the weekday or seconds, in any case, with a trailing comment', () => {
    expect(read('1 jul 2003 10:52 +0200').wall).toMatchObject({ second: 0, minute: 52 });
    expect(read('Fri, 21 Nov 1997 09:55:06 -0600 (MDT)').offsetSeconds).toBe(-21_600);
  });

  it.each(Object.entries(OBSOLETE_ZONE_NAMES))('knows the obsolete zone %s (%i h)', (name, hours) => {
    expect(read(`Tue, 1 Jul 2003 10:52:37 ${name}`).offsetSeconds).toBe(hours * 3600);
  });

  it('refuses zone names it does not define, and says what it expects', () => {
    const result = parseRfc2822('Tue, 1 Jul 2003 10:52:37 CET');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-offset' } });
    expect(result?.ok === false && result.error.message).toMatch(/\+0100/);
  });

  it('reads two-digit years per RFC 5322 §4.3, with a notice', () => {
    expect(read('1 Jul 03 10:52:37 GMT')).toMatchObject({ wall: { year: 2003 }, notices: [{ code: 'two-digit-year' }] });
    expect(read('1 Jul 97 10:52:37 GMT').wall.year).toBe(1997);
    expect(read('1 Jul 103 10:52:37 GMT').wall.year).toBe(2003);
  });

  it('notes a weekday that does not match, -0000 and military zones', () => {
    expect(read('Mon, 1 Jul 2003 10:52:37 +0200').notices.map((n) => n.code)).toEqual(['weekday-mismatch']);
    expect(read('Tue, 1 Jul 2003 10:52:37 -0000').notices.map((n) => n.code)).toEqual(['unknown-local-offset']);
    expect(read('Tue, 1 Jul 2003 10:52:37 Z')).toMatchObject({ offsetSeconds: 0, notices: [{ code: 'unknown-local-offset' }] });
  });

  it('takes a leap second with a notice', () => {
    expect(read('Sat, 31 Dec 2016 23:59:60 +0000')).toMatchObject({ leapSecond: true, notices: [{ code: 'leap-second' }] });
  });

  it('says which field is wrong', () => {
    expect(parseRfc2822('Tue, 29 Feb 2023 10:52:37 +0200')).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
    expect(parseRfc2822('Tue, 1 Foo 2003 10:52:37 +0200')).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
    expect(parseRfc2822('Tue, 1 Jul 2003 10:52:37 +0260')).toMatchObject({ ok: false, error: { code: 'invalid-offset' } });
    expect(parseRfc2822('2003-07-01')).toBeNull();
  });
});
