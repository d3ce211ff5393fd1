import { tableAbbreviation } from './zone-abbreviations';

type NameStyle = 'short' | 'long';

const formats = new Map<string, Intl.DateTimeFormat>();

/** Intl's English name of the zone at a time value: 'EST', 'GMT+1' (short) or 'Eastern Standard Time' (long). */
export function intlZoneName(zone: string, epochMs: number, style: NameStyle): string {
  const key = `${style} ${zone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: style });
    formats.set(key, format);
  }
  return format.formatToParts(epochMs).find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/**
 * The zone's abbreviation at a time value with the offset it has then: the tzdb name from
 * ZONE_ABBREVIATIONS where Intl's English short name is only 'GMT+x' ('CET', 'IST', 'AEST'),
 * else Intl's ('EST', 'PDT', 'UTC', 'GMT+3').
 */
export function zoneAbbreviation(zone: string, epochMs: number, offsetSeconds: number): string {
  return tableAbbreviation(zone, offsetSeconds) ?? intlZoneName(zone, epochMs, 'short');
}
