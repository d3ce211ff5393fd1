import { daysFromCivil } from './civil';
import { tableAbbreviations } from './zone-abbreviations';
import { formerNames, listTimeZones } from './zone-list';
import { intlZoneName } from './zone-names';

export interface ZoneMatch {
  zone: string;
  /** What the query matched: the zone's name, a former name ('Asia/Calcutta'), or an abbreviation. */
  matchedBy: 'name' | 'former-name' | 'abbreviation';
}

/** Lower case, diacritics and underscores gone: 'São_Paulo' → 'sao paulo'. */
export function normaliseZoneQuery(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .trim();
}

// Abbreviations (upper case) per zone, for one year: the table's and Intl's English short names on 1 January and 1 July.
let abbreviationIndex: { year: number; byZone: Map<string, Set<string>> } | undefined;

function abbreviationsIn(year: number): Map<string, Set<string>> {
  if (abbreviationIndex?.year !== year) {
    const times = [1, 7].map((month) => daysFromCivil({ year, month, day: 1 }) * 86_400_000);
    const byZone = new Map<string, Set<string>>();
    for (const zone of listTimeZones()) {
      const names = [...tableAbbreviations(zone), ...times.map((ms) => intlZoneName(zone, ms, 'short'))];
      byZone.set(zone, new Set(names.map((name) => name.toUpperCase())));
    }
    abbreviationIndex = { year, byZone };
  }
  return abbreviationIndex.byZone;
}

/** How well a normalised zone name matches: 0 the city starts with the query, 1 a word does, 2 it occurs; null not at all. */
function nameScore(name: string, query: string): number | null {
  const normalised = normaliseZoneQuery(name);
  const words = normalised.split(/[ /-]/);
  if (words[words.length - 1]?.startsWith(query) || normalised.startsWith(query)) return 0;
  if (words.some((word) => word.startsWith(query))) return 1;
  return normalised.includes(query) ? 2 : null;
}

/**
 * Zones matching a query, best first: by abbreviation ('PST', 'CET', 'IST' — each zone's
 * names in January and July of `year`), by name ('york' → America/New_York, 'sao paulo' or
 * 'são paulo' → America/Sao_Paulo) or by a former name ('calcutta' → Asia/Kolkata). Case and
 * diacritics are ignored. An empty query gives every zone. The first search by abbreviation
 * in a year builds an index over all zones (a formatter each, ~100 ms).
 */
export function searchTimeZones(query: string, year: number): ZoneMatch[] {
  const wanted = normaliseZoneQuery(query);
  const zones = listTimeZones();
  if (wanted === '') return zones.map((zone) => ({ zone, matchedBy: 'name' }));
  const byAbbreviation = /^[a-z]{2,5}$|^gmt[+-]\d/.test(wanted) ? abbreviationsIn(year) : null;
  const ranked: Array<ZoneMatch & { score: number }> = [];
  for (const zone of zones) {
    if (byAbbreviation?.get(zone)?.has(wanted.toUpperCase())) {
      ranked.push({ zone, matchedBy: 'abbreviation', score: -1 });
      continue;
    }
    const score = nameScore(zone, wanted);
    if (score !== null) {
      ranked.push({ zone, matchedBy: 'name', score });
      continue;
    }
    const former = Math.min(...formerNames(zone).map((old) => nameScore(old, wanted) ?? Infinity));
    if (former !== Infinity) ranked.push({ zone, matchedBy: 'former-name', score: former });
  }
  return ranked
    .sort((a, b) => a.score - b.score || (a.zone < b.zone ? -1 : 1))
    .map(({ zone, matchedBy }) => ({ zone, matchedBy }));
}
