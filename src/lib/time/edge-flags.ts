import { isWithinDateRange, NANOS_PER, type EpochNs } from './units';

/** 2^31 − 1 seconds: 2038-01-19T03:14:07Z, the last second a signed 32-bit time_t can count. */
export const INT32_MAX_SECONDS = 2_147_483_647n;

/** −2^31 seconds: 1901-12-13T20:45:52Z, the first second a signed 32-bit time_t can count. */
export const INT32_MIN_SECONDS = -2_147_483_648n;

export interface EdgeFlags {
  /** After 2038-01-19T03:14:07.999999999Z: a signed 32-bit count of seconds overflows. */
  afterInt32: boolean;
  /** Before 1901-12-13T20:45:52Z: below a signed 32-bit count of seconds. */
  beforeInt32: boolean;
  /** Beyond ±8.64e15 ms: no JavaScript Date holds it, so no calendar fields are given. */
  outsideDateRange: boolean;
}

/** The limits an instant crosses. Whole seconds count: 03:14:07.5 still fits in 32 bits. */
export function edgeFlags(instant: EpochNs): EdgeFlags {
  return {
    afterInt32: instant >= (INT32_MAX_SECONDS + 1n) * NANOS_PER.seconds,
    beforeInt32: instant < INT32_MIN_SECONDS * NANOS_PER.seconds,
    outsideDateRange: !isWithinDateRange(instant),
  };
}

/** Why leap seconds do not appear in epoch values, with where that is written down. */
export const LEAP_SECONDS_NOTE = {
  text:
    'Epoch values ignore leap seconds: every day counts exactly 86 400 seconds, so an inserted ' +
    'second such as 2016-12-31T23:59:60Z has no number of its own and is read as the second after ' +
    'it, 2017-01-01T00:00:00Z. JWT NumericDates are defined the same way.',
  sources: [
    { source: 'RFC 7519 §2 (NumericDate)', sourceUrl: 'https://www.rfc-editor.org/rfc/rfc7519#section-2' },
    {
      source: 'POSIX.1-2017 XBD §4.16 Seconds Since the Epoch',
      sourceUrl: 'https://pubs.opengroup.org/onlinepubs/9699919799/basedefs/V1_chap04.html#tag_04_16',
    },
  ],
} as const;
