import { wallClockNs } from './civil';
import type { DateFormatName, DateText } from './date-text';
import { parseEpoch } from './epoch-unit';
import { formatOffset } from './local-time';
import { parseHttpDate } from './parse-http-date';
import { parseIsoDateTime } from './parse-iso';
import { parseRfc2822 } from './parse-rfc2822';
import { fail, ok, type Notice, type TimeResult } from './result';
import { formatRfc3339Utc } from './rfc3339';
import { epochNs, fromDate, NANOS_PER, type EpochNs, type EpochUnit } from './units';
import { resolveWallClock, type OffsetInstant, type WallClockResolution } from './wall-clock';

export interface ParseOptions {
  /** The instant 'now' stands for, and the reference for two-digit RFC 850 years. */
  now: Date;
  /** The IANA zone meant by a date written without an offset. */
  zone: string;
  /** Read a number in this unit instead of guessing it from its size. */
  unit?: EpochUnit | undefined;
}

interface Parsed {
  instant: EpochNs;
  /** What was recognised, as the `ts-unit` display names it: 'seconds' … 'nanoseconds', 'RFC 3339', 'RFC 2822', 'HTTP-date', 'now'. */
  label: string;
  notices: Notice[];
}

/** What a text was read as, and the instant it names. */
export type ParsedTimestamp =
  | (Parsed & { kind: 'epoch'; unit: EpochUnit; unitDetected: boolean })
  | (Parsed & {
      kind: 'date';
      format: DateFormatName;
      /** The zone the wall-clock time was read in, when the text had no offset. */
      assumedZone: string | null;
      /** How that wall-clock time fell in the zone (gap, overlap); null when the text had an offset. */
      wallClock: WallClockResolution | null;
      dateOnly: boolean;
    })
  | (Parsed & { kind: 'now' });

/** The message for text that is neither an epoch number nor a recognised date. */
export const UNRECOGNISED_MESSAGE =
  'Expected an epoch number (seconds, milliseconds, microseconds or nanoseconds) or a date like ' +
  '2024-03-10T02:30:00Z, RFC 2822 (Tue, 1 Jul 2003 10:52:37 +0200) or HTTP-date (Sun, 06 Nov 1994 08:49:37 GMT).';

const shifted = (instant: bigint, leapSecond: boolean) => epochNs(leapSecond ? instant + NANOS_PER.seconds : instant);

function describeReading(reading: OffsetInstant): string {
  return `${formatRfc3339Utc(reading.instant) ?? 'beyond the Date range'} (offset ${formatOffset(reading.offsetSeconds / 60)})`;
}

/** The instant a wall-clock time names in the zone, with what to say about it. */
function inZone(date: DateText, zone: string): TimeResult<{ instant: EpochNs; resolution: WallClockResolution; notices: Notice[] }> {
  const resolved = resolveWallClock(date.wall, zone);
  if (!resolved.ok) return resolved;
  const resolution = resolved.value;
  const notices: Notice[] = [{ code: 'assumed-zone', message: `No offset was given: read as wall-clock time in ${zone}.` }];
  let chosen: OffsetInstant = resolution.kind === 'unique' ? resolution : resolution.kind === 'gap' ? resolution.withOffsetBefore : resolution.earlier;
  if (resolution.kind === 'gap') {
    notices.push({
      code: 'nonexistent-local-time',
      message:
        `That time does not exist in ${zone}: the clocks jumped past it. Read with the offset before the jump ` +
        `as ${describeReading(resolution.withOffsetBefore)}; with the offset after it, it would be ${describeReading(resolution.withOffsetAfter)}.`,
    });
  } else if (resolution.kind === 'overlap') {
    notices.push({
      code: 'ambiguous-local-time',
      message:
        `That time happens twice in ${zone}: the clocks were turned back. Read as the earlier, ${describeReading(resolution.earlier)}; ` +
        `the later is ${describeReading(resolution.later)}.`,
    });
  }
  chosen = { ...chosen, instant: shifted(chosen.instant, date.leapSecond) };
  return ok({ instant: chosen.instant, resolution, notices });
}

function fromDateText(date: DateText, zone: string): TimeResult<ParsedTimestamp> {
  const base = { kind: 'date' as const, format: date.format, label: date.format, dateOnly: date.dateOnly };
  if (date.offsetSeconds !== null) {
    const instant = shifted(wallClockNs(date.wall) - BigInt(date.offsetSeconds) * NANOS_PER.seconds, date.leapSecond);
    return ok({ ...base, instant, assumedZone: null, wallClock: null, notices: date.notices });
  }
  const zoned = inZone(date, zone);
  if (!zoned.ok) return zoned;
  const { instant, resolution, notices } = zoned.value;
  return ok({ ...base, instant, assumedZone: zone, wallClock: resolution, notices: [...date.notices, ...notices] });
}

/** Surrounding whitespace and one pair of matching quotes, as pasted from JSON or a shell. */
function unwrap(text: string): string {
  const trimmed = text.trim();
  const quoted = /^(["'`])(.*)\1$/s.exec(trimmed);
  return quoted ? (quoted[2] ?? '').trim() : trimmed;
}

/**
 * Reads one timestamp: 'now' (any case), an epoch number (unit from `options.unit` or its
 * size), ISO 8601 / RFC 3339, an HTTP-date in any of its forms, or RFC 2822. Errors: 'empty',
 * 'unrecognised' (with UNRECOGNISED_MESSAGE), and the specific codes of a date that has the
 * right shape but a wrong field ('invalid-date' for 2023-02-29, 'invalid-offset', …).
 */
export function parseTimestamp(text: string, options: ParseOptions): TimeResult<ParsedTimestamp> {
  const input = unwrap(text);
  if (input === '') return fail('empty', 'Type or paste an epoch number or a date.');
  if (/^now$/i.test(input)) return ok({ kind: 'now', instant: fromDate(options.now), label: 'now', notices: [] });
  const epoch = parseEpoch(input, options.unit);
  if (epoch) {
    if (!epoch.ok) return epoch;
    const { instant, unit, detected, notices } = epoch.value;
    return ok({ kind: 'epoch', instant, unit, unitDetected: detected, label: unit, notices });
  }
  const date = parseIsoDateTime(input) ?? parseHttpDate(input, options.now) ?? parseRfc2822(input);
  if (!date) return fail('unrecognised', UNRECOGNISED_MESSAGE);
  return date.ok ? fromDateText(date.value, options.zone) : date;
}
