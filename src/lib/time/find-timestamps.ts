import { parseTimestamp, type ParsedTimestamp, type ParseOptions } from './parse-timestamp';
import type { TimeResult } from './result';

/** A timestamp found in a line of text, with where it is. */
export interface FoundTimestamp {
  /** Offsets into the line, end exclusive. */
  start: number;
  end: number;
  text: string;
  result: TimeResult<ParsedTimestamp>;
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';

/** Dates inside running text; each match is then read by parseTimestamp. */
const DATE_PATTERNS: readonly RegExp[] = [
  // ISO 8601 / RFC 3339 (an offset needs two digits, so ' -5' after a time is left alone).
  /(?:[+-]\d{6}|\d{4})-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?: ?(?:[Zz]|[+-]\d{2}(?::?\d{2})?))?)?/,
  // HTTP-date: RFC 850 and asctime forms (IMF-fixdate is caught by the RFC 2822 pattern).
  new RegExp(`${LONG_DAY}, \\d{2}-${MONTH}-\\d{2} \\d{2}:\\d{2}:\\d{2} GMT`),
  new RegExp(`${DAY} ${MONTH} [ \\d]\\d \\d{2}:\\d{2}:\\d{2} \\d{4}`),
  // RFC 2822 and IMF-fixdate.
  new RegExp(`(?:${DAY},\\s*)?\\d{1,2}\\s+${MONTH}\\s+\\d{2,4}\\s+\\d{2}:\\d{2}(?::\\d{2})?\\s*(?:[+-]\\d{4}|UT|GMT|[ECMP][SD]T)`, 'i'),
].map((pattern) => new RegExp(`${NOT_WORD_BEFORE}${pattern.source}${NOT_WORD_AFTER}`, `gu${pattern.flags.replace(/[gu]/g, '')}`));

/**
 * Numbers inside running text. A digit run counts when no letter, digit or '.' touches it
 * on the left and no letter or digit on the right ('a1646914900f' is an identifier, not a
 * time). Only integer parts of 9 to 19 digits count: shorter numbers are counts, ports or
 * sizes, longer ones identifiers. A '-' right before the digits is a minus sign only at the
 * start of the line or after whitespace or one of = : ( [ { , ; " ' < |; anywhere else it is a
 * hyphen ('build-1646914900-abc' holds 1646914900, positive).
 */
const NUMBER = /(?<![\p{L}\p{N}.])(\d{9,19})(?:\.\d+)?(?![\p{L}\p{N}]|\.\d)/gu;
const SIGN_CONTEXT = /[\s=:([{,;"'<|]/;

function minusSignAt(line: string, digitsStart: number): boolean {
  if (line[digitsStart - 1] !== '-') return false;
  const before = line[digitsStart - 2];
  return before === undefined || SIGN_CONTEXT.test(before);
}

interface Span {
  start: number;
  end: number;
}

const overlaps = (spans: readonly Span[], start: number, end: number) => spans.some((span) => start < span.end && span.start < end);

/** At most this many timestamps are read from one line; the rest of a very long line is left. */
export const MAX_TIMESTAMPS_PER_LINE = 100;

/**
 * The timestamps in one line. A line that is one timestamp as a whole (or one with a wrong
 * field, such as 2023-02-29) gives just that; otherwise dates are picked out first and then
 * numbers (rules at NUMBER), and the first MAX_TIMESTAMPS_PER_LINE of them are read by
 * parseTimestamp with the same options.
 */
export function findTimestamps(line: string, options: ParseOptions): FoundTimestamp[] {
  const whole = parseTimestamp(line, options);
  const start = line.length - line.trimStart().length;
  if (whole.ok || (whole.error.code !== 'unrecognised' && whole.error.code !== 'empty')) {
    return [{ start, end: line.trimEnd().length, text: line.trim(), result: whole }];
  }
  const spans: Array<Span & { text: string }> = [];
  const add = (from: number, text: string) => {
    if (!overlaps(spans, from, from + text.length)) spans.push({ start: from, end: from + text.length, text });
  };
  for (const pattern of DATE_PATTERNS) {
    for (const match of line.matchAll(pattern)) add(match.index, match[0]);
  }
  for (const match of line.matchAll(NUMBER)) {
    if (minusSignAt(line, match.index)) add(match.index - 1, `-${match[0]}`);
    else add(match.index, match[0]);
  }
  return spans
    .sort((a, b) => a.start - b.start)
    .slice(0, MAX_TIMESTAMPS_PER_LINE)
    .map((span) => ({ ...span, result: parseTimestamp(span.text, options) }));
}

/** One line of input and what was found in it. */
export interface LineTimestamps {
  /** 1-based */
  lineNumber: number;
  text: string;
  found: FoundTimestamp[];
}

/**
 * Converts each line of the input on its own (findTimestamps). Blank lines are skipped;
 * past `maxLines` non-blank lines the rest is counted in `omittedLines`, not read.
 */
export function findTimestampsByLine(
  input: string,
  options: ParseOptions,
  maxLines = 1000,
): { lines: LineTimestamps[]; omittedLines: number } {
  const lines: LineTimestamps[] = [];
  let omittedLines = 0;
  input.split(/\r\n|\r|\n/).forEach((text, index) => {
    if (text.trim() === '') return;
    if (lines.length >= maxLines) omittedLines += 1;
    else lines.push({ lineNumber: index + 1, text, found: findTimestamps(text, options) });
  });
  return { lines, omittedLines };
}
