import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatOffset, localTimeText, zoneNameText } from './local-time';

describe('formatOffset', () => {
  it.each([
    [0, '+00:00'],
    [330, '+05:30'],
    [-210, '-03:30'],
    [-600, '-10:00'],
    [765, '+12:45'],
    [321 + 10 / 60, '+05:21:10'],
  ])('%i minutes east is %s', (minutes, text) => expect(formatOffset(minutes)).toBe(text));
});

describe('localTimeText', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('writes the instant in the local zone with its offset', () => {
    const instant = new Date('2011-03-22T18:43:00Z');
    const text = localTimeText(instant);
    const offsetMinutes = -instant.getTimezoneOffset();
    const shifted = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString();
    expect(text.dateTime).toBe(`${shifted.slice(0, 10)} ${shifted.slice(11, 19)}`);
    expect(text.offset).toBe(formatOffset(offsetMinutes));
    expect(text.zone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('keeps milliseconds when the instant has them', () => {
    expect(localTimeText(new Date(1405507023107)).dateTime).toMatch(/\.107$/);
  });
});

describe('zoneNameText', () => {
  it.each([
    ['UTC', 'UTC', 'UTC'],
    ['Europe/Berlin', 'CET', 'Europe/Berlin, CET'],
    ['Asia/Kolkata', 'GMT+5:30', 'Asia/Kolkata, GMT+5:30'],
    ['Etc/UTC', 'UTC', 'Etc/UTC, UTC'],
    ['Antarctica/Troll', '', 'Antarctica/Troll'],
  ])('%s with %j reads %j', (zone, abbreviation, text) => expect(zoneNameText({ zone, abbreviation })).toBe(text));
});
