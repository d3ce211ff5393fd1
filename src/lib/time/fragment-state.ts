import type { EpochUnit } from './units';

/** What the converter's link keeps: the text, the unit override and the zones shown. */
export interface ConverterState {
  /** The input text as typed, one timestamp a line. */
  input: string;
  /** The unit numbers are read in; null to guess it from their size. */
  unit: EpochUnit | null;
  /** IANA zones shown, in order, without repeats. */
  zones: string[];
}

export const EMPTY_CONVERTER_STATE: ConverterState = { input: '', unit: null, zones: [] };

/** Longer input is cut off when read from a link; more zones are dropped. */
export const FRAGMENT_LIMITS = { inputLength: 10_000, zones: 20 } as const;

const UNIT_PARAMS: Readonly<Record<EpochUnit, string>> = {
  seconds: 's',
  milliseconds: 'ms',
  microseconds: 'us',
  nanoseconds: 'ns',
};

/**
 * The state as a URL fragment, '#t=1700000000&unit=ms&tz=Asia%2FTokyo', in
 * application/x-www-form-urlencoded form (URLSearchParams); '' for the empty state.
 * A fragment never reaches a server (RFC 3986 §3.5).
 */
export function encodeConverterState(state: ConverterState): string {
  const params = new URLSearchParams();
  if (state.input !== '') params.set('t', state.input);
  if (state.unit !== null) params.set('unit', UNIT_PARAMS[state.unit]);
  for (const zone of state.zones) params.append('tz', zone);
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}
