import { FRAGMENT_LIMITS, type ConverterState } from './fragment-state';
import type { EpochUnit } from './units';
import { canonicalTimeZone } from './zone-list';

// Reading a link's state needs the zone list; writing one (as the decoder does for its time
// claims) does not, so the two live apart and the decoder's first view stays small.

const UNIT_NAMES: Readonly<Record<string, EpochUnit>> = {
  s: 'seconds',
  seconds: 'seconds',
  ms: 'milliseconds',
  milliseconds: 'milliseconds',
  us: 'microseconds',
  'µs': 'microseconds',
  microseconds: 'microseconds',
  ns: 'nanoseconds',
  nanoseconds: 'nanoseconds',
};

/**
 * The state a fragment holds, with or without its '#'. Never throws: unknown parameters,
 * units and zones are ignored, zones are written as listTimeZones() writes them and kept
 * once each, and the input and zone count are capped (FRAGMENT_LIMITS).
 */
export function decodeConverterState(fragment: string): ConverterState {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const unitParam = params.get('unit');
  const unit = unitParam !== null && Object.hasOwn(UNIT_NAMES, unitParam) ? (UNIT_NAMES[unitParam] ?? null) : null;
  const zones: string[] = [];
  for (const name of params.getAll('tz')) {
    const zone = canonicalTimeZone(name.trim());
    if (zone !== null && !zones.includes(zone) && zones.length < FRAGMENT_LIMITS.zones) zones.push(zone);
  }
  return { input: (params.get('t') ?? '').slice(0, FRAGMENT_LIMITS.inputLength), unit, zones };
}
