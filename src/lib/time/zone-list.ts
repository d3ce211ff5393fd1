/**
 * The IANA zones the platform knows. Browsers list CLDR's canonical IDs, some of which are
 * names the IANA database has since replaced ('Asia/Calcutta' for 'Asia/Kolkata'); the
 * list shows the current name, and search finds either.
 */

/**
 * Old name → current name, for the IDs CLDR still lists under an old name.
 * Source: IANA tzdb, file `backward` (links from old names), https://github.com/eggert/tz/blob/main/backward
 */
const RENAMED_ZONES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

const currentName = (zone: string): string | undefined =>
  Object.hasOwn(RENAMED_ZONES, zone) ? RENAMED_ZONES[zone] : undefined;

const resolvedNames = new Map<string, string | null>();

/**
 * The name under which the zone appears in listTimeZones(), for any spelling the platform
 * accepts ('america/new_york', 'US/Eastern', 'Asia/Calcutta', 'Etc/UTC'); null when it
 * knows no such zone. Never throws.
 */
export function canonicalTimeZone(name: string): string | null {
  const cached = resolvedNames.get(name);
  if (cached !== undefined) return cached;
  let resolved: string | null = null;
  if (/^[A-Za-z]/.test(name) && name.length <= 64) {
    try {
      const platform = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
      resolved = currentName(platform) ?? (platform === 'Etc/UTC' || platform === 'Etc/GMT' ? 'UTC' : platform);
    } catch {
      resolved = null;
    }
  }
  if (resolvedNames.size < 1000) resolvedNames.set(name, resolved);
  return resolved;
}

/** Whether the platform knows the zone. */
export const isTimeZone = (name: string): boolean => canonicalTimeZone(name) !== null;

let zones: readonly string[] | undefined;

/** Every zone the platform lists (Intl.supportedValuesOf('timeZone')) under its current IANA name, plus 'UTC', sorted. */
export function listTimeZones(): readonly string[] {
  if (!zones) {
    const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    const names = new Set(['UTC']);
    // Only renamed IDs need asking the platform; a formatter per zone would cost ~100 ms.
    for (const zone of listed) names.add(currentName(zone) ? (canonicalTimeZone(zone) ?? zone) : zone);
    zones = [...names].sort();
  }
  return zones;
}

/** The old names a zone is also known by ('Asia/Kolkata' → ['Asia/Calcutta']). */
export function formerNames(zone: string): string[] {
  return Object.keys(RENAMED_ZONES).filter((old) => RENAMED_ZONES[old] === zone);
}
