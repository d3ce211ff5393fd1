import type { Source } from '../core/source';

/**
 * Abbreviations the IANA time zone database gives zones for which Intl's English names are
 * only 'GMT+1' and the like. The rows hold today's rules; a name applies only while the zone
 * has the row's offset, so local mean time and wartime offsets fall back to Intl's name.
 * (A past period with the same offset under another name, such as Lisbon on CET in
 * 1992–1996, is still labelled with today's name.) Zones whose tzdb abbreviation is numeric
 * ('+03', Europe/Istanbul) are left out on purpose: tzdb removed the invented ones.
 */
interface AbbreviationRow {
  /** Abbreviation and offset in hours east of UTC, for standard time. */
  standard: readonly [string, number];
  /** The same for daylight saving time, where the zone has it. */
  daylight?: readonly [string, number];
  zones: readonly string[];
  source: Source;
}

const tzdb = (file: string, rule: string): Source => ({
  source: `IANA tzdb, file ${file}: ${rule}`,
  sourceUrl: `https://github.com/eggert/tz/blob/main/${file}`,
});

const ZONE_ABBREVIATIONS: readonly AbbreviationRow[] = [
  {
    standard: ['CET', 1],
    daylight: ['CEST', 2],
    zones: [
      'Africa/Algiers', 'Africa/Ceuta', 'Africa/Tunis', 'Arctic/Longyearbyen', 'Europe/Amsterdam', 'Europe/Andorra',
      'Europe/Belgrade', 'Europe/Berlin', 'Europe/Bratislava', 'Europe/Brussels', 'Europe/Budapest', 'Europe/Busingen',
      'Europe/Copenhagen', 'Europe/Gibraltar', 'Europe/Ljubljana', 'Europe/Luxembourg', 'Europe/Madrid', 'Europe/Malta',
      'Europe/Monaco', 'Europe/Oslo', 'Europe/Paris', 'Europe/Podgorica', 'Europe/Prague', 'Europe/Rome',
      'Europe/San_Marino', 'Europe/Sarajevo', 'Europe/Skopje', 'Europe/Stockholm', 'Europe/Tirane', 'Europe/Vaduz',
      'Europe/Vatican', 'Europe/Vienna', 'Europe/Warsaw', 'Europe/Zagreb', 'Europe/Zurich',
    ],
    source: tzdb('europe', 'FORMAT CE%sT'),
  },
  {
    standard: ['EET', 2],
    daylight: ['EEST', 3],
    zones: [
      'Africa/Cairo', 'Africa/Tripoli', 'Asia/Beirut', 'Asia/Famagusta', 'Asia/Gaza', 'Asia/Hebron', 'Asia/Nicosia',
      'Europe/Athens', 'Europe/Bucharest', 'Europe/Chisinau', 'Europe/Helsinki', 'Europe/Kyiv',
      'Europe/Mariehamn', 'Europe/Riga', 'Europe/Sofia', 'Europe/Tallinn', 'Europe/Vilnius',
    ],
    source: tzdb('europe', 'FORMAT EE%sT (africa and asia for Cairo, Tripoli, Beirut, Gaza, Hebron, Nicosia)'),
  },
  {
    standard: ['WET', 0],
    daylight: ['WEST', 1],
    zones: ['Atlantic/Canary', 'Atlantic/Faroe', 'Atlantic/Madeira', 'Europe/Lisbon'],
    source: tzdb('europe', 'FORMAT WE%sT'),
  },
  {
    standard: ['GMT', 0],
    daylight: ['BST', 1],
    zones: ['Europe/Guernsey', 'Europe/Isle_of_Man', 'Europe/Jersey', 'Europe/London'],
    source: tzdb('europe', 'Zone Europe/London, FORMAT GMT/BST'),
  },
  // Irish law makes summer time the standard time (tzdb 'negative DST'); the names are the same.
  { standard: ['GMT', 0], daylight: ['IST', 1], zones: ['Europe/Dublin'], source: tzdb('europe', 'Zone Europe/Dublin, FORMAT IST/GMT') },
  // Kaliningrad was +03 all year in 2011–2014: only its standard name is given.
  { standard: ['EET', 2], zones: ['Europe/Kaliningrad'], source: tzdb('europe', 'Zone Europe/Kaliningrad, FORMAT EET') },
  { standard: ['MSK', 3], zones: ['Europe/Moscow'], source: tzdb('europe', 'Zone Europe/Moscow, FORMAT MSK') },
  { standard: ['IST', 5.5], zones: ['Asia/Kolkata'], source: tzdb('asia', 'Zone Asia/Kolkata, FORMAT IST') },
  { standard: ['IST', 2], daylight: ['IDT', 3], zones: ['Asia/Jerusalem'], source: tzdb('asia', 'Zone Asia/Jerusalem, FORMAT I%sT') },
  { standard: ['PKT', 5], zones: ['Asia/Karachi'], source: tzdb('asia', 'Zone Asia/Karachi, FORMAT PK%sT') },
  { standard: ['CST', 8], zones: ['Asia/Macau', 'Asia/Shanghai', 'Asia/Taipei'], source: tzdb('asia', 'FORMAT C%sT') },
  { standard: ['HKT', 8], zones: ['Asia/Hong_Kong'], source: tzdb('asia', 'Zone Asia/Hong_Kong, FORMAT HK%sT') },
  { standard: ['JST', 9], zones: ['Asia/Tokyo'], source: tzdb('asia', 'Zone Asia/Tokyo, FORMAT J%sT') },
  { standard: ['KST', 9], zones: ['Asia/Pyongyang', 'Asia/Seoul'], source: tzdb('asia', 'FORMAT K%sT and KST') },
  { standard: ['WIB', 7], zones: ['Asia/Jakarta', 'Asia/Pontianak'], source: tzdb('asia', 'FORMAT WIB') },
  { standard: ['WITA', 8], zones: ['Asia/Makassar'], source: tzdb('asia', 'Zone Asia/Makassar, FORMAT WITA') },
  { standard: ['WIT', 9], zones: ['Asia/Jayapura'], source: tzdb('asia', 'Zone Asia/Jayapura, FORMAT WIT') },
  {
    standard: ['AEST', 10],
    daylight: ['AEDT', 11],
    zones: ['Antarctica/Macquarie', 'Australia/Brisbane', 'Australia/Hobart', 'Australia/Lindeman', 'Australia/Melbourne', 'Australia/Sydney'],
    source: tzdb('australasia', 'FORMAT AE%sT'),
  },
  {
    standard: ['ACST', 9.5],
    daylight: ['ACDT', 10.5],
    zones: ['Australia/Adelaide', 'Australia/Broken_Hill', 'Australia/Darwin'],
    source: tzdb('australasia', 'FORMAT AC%sT'),
  },
  { standard: ['AWST', 8], daylight: ['AWDT', 9], zones: ['Australia/Perth'], source: tzdb('australasia', 'Zone Australia/Perth, FORMAT AW%sT') },
  {
    standard: ['NZST', 12],
    daylight: ['NZDT', 13],
    zones: ['Antarctica/McMurdo', 'Pacific/Auckland'],
    source: tzdb('australasia', 'Zone Pacific/Auckland, FORMAT NZ%sT'),
  },
  { standard: ['ChST', 10], zones: ['Pacific/Guam', 'Pacific/Saipan'], source: tzdb('australasia', 'Zone Pacific/Guam, FORMAT ChST') },
  { standard: ['SAST', 2], zones: ['Africa/Johannesburg', 'Africa/Maseru', 'Africa/Mbabane'], source: tzdb('africa', 'Zone Africa/Johannesburg, FORMAT SAST') },
  {
    standard: ['CAT', 2],
    zones: [
      'Africa/Blantyre', 'Africa/Bujumbura', 'Africa/Gaborone', 'Africa/Harare', 'Africa/Juba', 'Africa/Khartoum',
      'Africa/Kigali', 'Africa/Lubumbashi', 'Africa/Lusaka', 'Africa/Maputo', 'Africa/Windhoek',
    ],
    source: tzdb('africa', 'FORMAT CAT'),
  },
  {
    standard: ['WAT', 1],
    zones: [
      'Africa/Bangui', 'Africa/Brazzaville', 'Africa/Douala', 'Africa/Kinshasa', 'Africa/Lagos', 'Africa/Libreville',
      'Africa/Luanda', 'Africa/Malabo', 'Africa/Ndjamena', 'Africa/Niamey', 'Africa/Porto-Novo',
    ],
    source: tzdb('africa', 'FORMAT WAT'),
  },
  {
    standard: ['EAT', 3],
    zones: [
      'Africa/Addis_Ababa', 'Africa/Asmara', 'Africa/Dar_es_Salaam', 'Africa/Djibouti', 'Africa/Kampala',
      'Africa/Mogadishu', 'Africa/Nairobi', 'Indian/Antananarivo', 'Indian/Comoro', 'Indian/Mayotte',
    ],
    source: tzdb('africa', 'FORMAT EAT'),
  },
  { standard: ['NST', -3.5], daylight: ['NDT', -2.5], zones: ['America/St_Johns'], source: tzdb('northamerica', 'Zone America/St_Johns, FORMAT N%sT') },
];

/** The tzdb abbreviation of a zone at an offset, when the table has one for that offset. */
export function tableAbbreviation(zone: string, offsetSeconds: number): string | null {
  for (const row of ZONE_ABBREVIATIONS) {
    if (!row.zones.includes(zone)) continue;
    for (const entry of [row.standard, row.daylight]) {
      if (entry && entry[1] * 3600 === offsetSeconds) return entry[0];
    }
  }
  return null;
}

/** Every abbreviation the table gives a zone. */
export function tableAbbreviations(zone: string): string[] {
  return ZONE_ABBREVIATIONS.filter((row) => row.zones.includes(zone)).flatMap((row) =>
    row.daylight ? [row.standard[0], row.daylight[0]] : [row.standard[0]],
  );
}
