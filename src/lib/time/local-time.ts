interface ZonedText {
  /** 'yyyy-MM-dd HH:mm:ss' in the zone, with '.SSS' when the instant has milliseconds. */
  dateTime: string;
  /** '+01:00': the offset is always spelled out, never 'Z'. */
  offset: string;
  /** The IANA zone name, e.g. 'Europe/Berlin'. */
  zone: string;
  /** The zone's short name where the platform knows one ('CET', 'GMT+1'). */
  abbreviation: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601 year: four digits, with a sign beyond 0000–9999. */
function year(y: number): string {
  if (y >= 0 && y <= 9999) return pad(y, 4);
  return (y < 0 ? '-' : '+') + pad(Math.abs(y), 6);
}

/**
 * '+05:30' for an offset east of UTC, in minutes. Local mean time before a zone's first
 * standard offset can have seconds ('+05:21:10', Asia/Kolkata before 1941): they are kept.
 */
export function formatOffset(minutesEast: number): string {
  const sign = minutesEast < 0 ? '-' : '+';
  const totalSeconds = Math.round(Math.abs(minutesEast) * 60);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `${sign}${pad(hours)}:${pad(minutes)}${seconds ? `:${pad(seconds)}` : ''}`;
}

// Making a formatter costs far more than using one; time claims are shown every second.
let zoneFormat: Intl.DateTimeFormat | undefined;

/**
 * The instant in the runtime's own time zone (the browser's, in the app). Written out
 * by hand: the first view does not pay for a date library to print one pattern.
 */
export function localTimeText(instant: Date): ZonedText {
  const ms = instant.getMilliseconds();
  const dateTime =
    `${year(instant.getFullYear())}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())} ` +
    `${pad(instant.getHours())}:${pad(instant.getMinutes())}:${pad(instant.getSeconds())}${ms ? `.${pad(ms, 3)}` : ''}`;
  zoneFormat ??= new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' });
  const zone = zoneFormat.resolvedOptions().timeZone;
  const abbreviation = zoneFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
  return { dateTime, offset: formatOffset(-instant.getTimezoneOffset()), zone, abbreviation };
}

/**
 * The zone as shown beside a local time: 'Europe/Berlin, CET', or the name alone when the
 * abbreviation only repeats it ('UTC', not 'UTC, UTC') or the platform knows none.
 */
export function zoneNameText({ zone, abbreviation }: Pick<ZonedText, 'zone' | 'abbreviation'>): string {
  return abbreviation === '' || abbreviation === zone ? zone : `${zone}, ${abbreviation}`;
}
