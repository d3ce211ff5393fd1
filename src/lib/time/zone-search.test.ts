import { describe, expect, it } from 'vitest';
import { listTimeZones } from './zone-list';
import { normaliseZoneQuery, searchTimeZones } from './zone-search';

const zonesFor = (query: string) => searchTimeZones(query, 2024).map((match) => match.zone);

describe('searchTimeZones', () => {
  it('finds cities by part of their name', () => {
    expect(zonesFor('york')[0]).toBe('America/New_York');
    expect(zonesFor('new york')).toEqual(['America/New_York']);
    expect(zonesFor('Tokyo')).toEqual(['Asia/Tokyo']);
  });

  it('ignores case, diacritics and underscores', () => {
    for (const query of ['são paulo', 'sao paulo', 'SAO_PAULO', 'São Paulo']) expect(zonesFor(query)).toEqual(['America/Sao_Paulo']);
    expect(normaliseZoneQuery('  Ciudad_Juárez ')).toBe('ciudad juarez');
  });

  it('finds zones by former names', () => {
    expect(searchTimeZones('calcutta', 2024)).toEqual([{ zone: 'Asia/Kolkata', matchedBy: 'former-name' }]);
    expect(zonesFor('kolkata')).toEqual(['Asia/Kolkata']);
    expect(zonesFor('kiev')).toEqual(['Europe/Kyiv']);
  });

  it('finds zones by abbreviation, first', () => {
    expect(zonesFor('PST')).toContain('America/Los_Angeles');
    expect(zonesFor('pdt')).toContain('America/Los_Angeles');
    expect(zonesFor('CET')).toEqual(expect.arrayContaining(['Europe/Berlin', 'Europe/Paris']));
    expect(zonesFor('AEST')).toEqual(expect.arrayContaining(['Australia/Sydney', 'Australia/Brisbane']));
    expect(zonesFor('IST')).toEqual(expect.arrayContaining(['Asia/Kolkata', 'Asia/Jerusalem', 'Europe/Dublin']));
    expect(searchTimeZones('EST', 2024)[0]?.matchedBy).toBe('abbreviation');
  });

  it('ranks a city that starts with the query before names that only contain it', () => {
    const zones = zonesFor('paris');
    expect(zones[0]).toBe('Europe/Paris');
  });

  it('gives every zone for an empty query and nothing for nonsense', () => {
    expect(zonesFor('  ')).toEqual(listTimeZones());
    expect(zonesFor('qqqqqq')).toEqual([]);
  });
});
