import { describe, expect, it } from 'vitest';
import type { WallClock } from './civil';
import { formatRfc3339Utc } from './rfc3339';
import { parseWallClock, resolveWallClock, wallClockReadings, type OffsetInstant } from './wall-clock';

const H = 3600;

function at(text: string, time = '00:00'): WallClock {
  const result = parseWallClock(text, time);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function resolve(date: string, time: string, zone: string) {
  const result = resolveWallClock(at(date, time), zone);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const utc = (reading: OffsetInstant) => ({ utc: formatRfc3339Utc(reading.instant), offset: reading.offsetSeconds });

describe('resolveWallClock', () => {
  it('gives both readings of a time New York skips (2024-03-10 02:30)', () => {
    const value = resolve('2024-03-10', '02:30', 'America/New_York');
    if (value.kind !== 'gap') throw new Error(value.kind);
    expect(utc(value.withOffsetBefore)).toEqual({ utc: '2024-03-10T07:30:00Z', offset: -5 * H });
    expect(utc(value.withOffsetAfter)).toEqual({ utc: '2024-03-10T06:30:00Z', offset: -4 * H });
  });

  it('gives both instants of a time New York repeats (2024-11-03 01:30)', () => {
    const value = resolve('2024-11-03', '01:30', 'America/New_York');
    if (value.kind !== 'overlap') throw new Error(value.kind);
    expect(utc(value.earlier)).toEqual({ utc: '2024-11-03T05:30:00Z', offset: -4 * H });
    expect(utc(value.later)).toEqual({ utc: '2024-11-03T06:30:00Z', offset: -5 * H });
  });

  it('handles London going forward and back', () => {
    const gap = resolve('2024-03-31', '01:30', 'Europe/London');
    if (gap.kind !== 'gap') throw new Error(gap.kind);
    expect(utc(gap.withOffsetBefore)).toEqual({ utc: '2024-03-31T01:30:00Z', offset: 0 });
    expect(utc(gap.withOffsetAfter)).toEqual({ utc: '2024-03-31T00:30:00Z', offset: H });
    const overlap = resolve('2024-10-27', '01:30', 'Europe/London');
    if (overlap.kind !== 'overlap') throw new Error(overlap.kind);
    expect(utc(overlap.earlier)).toEqual({ utc: '2024-10-27T00:30:00Z', offset: H });
    expect(utc(overlap.later)).toEqual({ utc: '2024-10-27T01:30:00Z', offset: 0 });
  });

  it("handles Lord Howe Island's half-hour shift", () => {
    const gap = resolve('2024-10-06', '02:15', 'Australia/Lord_Howe');
    if (gap.kind !== 'gap') throw new Error(gap.kind);
    expect(utc(gap.withOffsetBefore)).toEqual({ utc: '2024-10-05T15:45:00Z', offset: 10.5 * H });
    expect(utc(gap.withOffsetAfter)).toEqual({ utc: '2024-10-05T15:15:00Z', offset: 11 * H });
    const overlap = resolve('2024-04-07', '01:45', 'Australia/Lord_Howe');
    if (overlap.kind !== 'overlap') throw new Error(overlap.kind);
    expect(utc(overlap.earlier)).toEqual({ utc: '2024-04-06T14:45:00Z', offset: 11 * H });
    expect(utc(overlap.later)).toEqual({ utc: '2024-04-06T15:15:00Z', offset: 10.5 * H });
    expect(resolve('2024-10-06', '02:30', 'Australia/Lord_Howe').kind).toBe('unique');
  });

  it('finds one instant in a zone without daylight saving (Asia/Tokyo)', () => {
    const value = resolve('2024-03-10', '02:30', 'Asia/Tokyo');
    expect(value.kind === 'unique' && utc(value)).toEqual({ utc: '2024-03-09T17:30:00Z', offset: 9 * H });
  });

  it('keeps the fraction of a second', () => {
    const value = resolve('2024-03-10', '12:00:00.123456789', 'UTC');
    expect(value.kind === 'unique' && value.instant).toBe(1_710_072_000_123_456_789n);
  });

  it('accepts 29 February in 2024 and refuses it in 2023', () => {
    expect(resolve('2024-02-29', '12:00', 'UTC').kind).toBe('unique');
    expect(parseWallClock('2023-02-29', '12:00')).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
    const fields = { ...at('2024-02-29'), year: 2023 };
    expect(resolveWallClock(fields, 'UTC')).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
  });

  it('reaches year 10000 and years before 1 AD', () => {
    const y10kMorning = resolve('10000-01-01', '09:00', 'Asia/Tokyo');
    expect(y10kMorning.kind === 'unique' && formatRfc3339Utc(y10kMorning.instant)).toBe('+010000-01-01T00:00:00Z');
    const y10k = resolve('10000-01-01', '00:00', 'Asia/Tokyo');
    expect(y10k.kind === 'unique' && utc(y10k)).toEqual({ utc: '9999-12-31T15:00:00Z', offset: 9 * H });
    const bc = resolve('-0044-03-15', '12:00', 'UTC');
    expect(bc.kind === 'unique' && utc(bc)).toEqual({ utc: '-000044-03-15T12:00:00Z', offset: 0 });
    // Before standard time, New York kept local mean time, 4:56:02 behind UTC.
    const lmt = resolve('-0001-01-01', '00:00', 'America/New_York');
    expect(lmt.kind === 'unique' && lmt.offsetSeconds).toBe(-(4 * H + 56 * 60 + 2));
  });

  it('refuses unknown zones, impossible times and dates beyond the Date range', () => {
    expect(resolveWallClock(at('2024-03-10'), 'Mars/Olympus_Mons')).toMatchObject({ ok: false, error: { code: 'unknown-zone' } });
    expect(resolveWallClock({ ...at('2024-03-10'), hour: 24 }, 'UTC')).toMatchObject({ ok: false, error: { code: 'invalid-time' } });
    expect(resolveWallClock({ ...at('2024-03-10'), second: 60 }, 'UTC')).toMatchObject({ ok: false, error: { code: 'invalid-time' } });
    expect(resolveWallClock({ ...at('2024-03-10'), minute: 1.5 }, 'UTC')).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
    expect(resolveWallClock(at('300000-01-01'), 'UTC')).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
  });
});

describe('wallClockReadings', () => {
  it('lists the readings earliest first', () => {
    expect(wallClockReadings(resolve('2024-03-10', '02:30', 'America/New_York')).map((r) => r.role)).toEqual(['offset-after', 'offset-before']);
    expect(wallClockReadings(resolve('2024-11-03', '01:30', 'America/New_York')).map((r) => r.role)).toEqual(['earlier', 'later']);
    expect(wallClockReadings(resolve('2024-11-04', '01:30', 'America/New_York')).map((r) => r.role)).toEqual(['only']);
  });
});

describe('parseWallClock', () => {
  it('reads dates and times as a form gives them', () => {
    expect(at('2024-03-10', '')).toEqual({ year: 2024, month: 3, day: 10, hour: 0, minute: 0, second: 0, nanosecond: 0 });
    expect(at('+010000-01-01', '23:59:59.5')).toMatchObject({ year: 10_000, second: 59, nanosecond: 500_000_000 });
  });

  it('says what it expected', () => {
    expect(parseWallClock('10/03/2024', '')).toMatchObject({ ok: false, error: { code: 'unrecognised' } });
    expect(parseWallClock('2024-03-10', '2:30pm')).toMatchObject({ ok: false, error: { code: 'unrecognised' } });
    expect(parseWallClock('2024-03-10', '25:00')).toMatchObject({ ok: false, error: { code: 'invalid-time' } });
  });
});
