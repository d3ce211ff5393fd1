import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, formerNames, isTimeZone, listTimeZones } from './zone-list';

describe('listTimeZones', () => {
  it('lists the platform zones under their current names, with UTC, sorted', () => {
    const zones = listTimeZones();
    expect(zones).toContain('UTC');
    expect(zones).toContain('America/New_York');
    expect(zones).toContain('Asia/Kolkata');
    expect(zones).toContain('Europe/Kyiv');
    expect(zones).not.toContain('Asia/Calcutta');
    expect([...zones].sort()).toEqual(zones);
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones.length).toBeGreaterThan(300);
  });

  it('lists only zones the platform accepts', () => {
    expect(listTimeZones().every(isTimeZone)).toBe(true);
  });
});

describe('canonicalTimeZone', () => {
  it.each([
    ['america/new_york', 'America/New_York'],
    ['US/Eastern', 'America/New_York'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['Etc/UTC', 'UTC'],
    ['UTC', 'UTC'],
  ])('%s is listed as %s', (name, zone) => expect(canonicalTimeZone(name)).toBe(zone));

  it.each(['', 'Mars/Olympus_Mons', '+05:30', 'constructor', 'x'.repeat(200)])('%s is not a zone', (name) => {
    expect(canonicalTimeZone(name)).toBeNull();
  });

  it('knows former names', () => {
    expect(formerNames('Asia/Kolkata')).toEqual(['Asia/Calcutta']);
    expect(formerNames('Europe/Paris')).toEqual([]);
  });
});
