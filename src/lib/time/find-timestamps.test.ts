import { describe, expect, it } from 'vitest';
import { findTimestamps, findTimestampsByLine, MAX_TIMESTAMPS_PER_LINE } from './find-timestamps';
import type { ParseOptions } from './parse-timestamp';
import { formatRfc3339Utc } from './rfc3339';

const options: ParseOptions = { now: new Date('2024-06-01T12:00:00Z'), zone: 'UTC' };

function found(line: string) {
  return findTimestamps(line, options).map(({ text, result }) => ({
    text,
    utc: result.ok ? formatRfc3339Utc(result.value.instant) : result.error.code,
  }));
}

describe('findTimestamps', () => {
  it('takes a line that is one timestamp as a whole, whatever its size', () => {
    expect(found('  -86400 ')).toEqual([{ text: '-86400', utc: '1969-12-31T00:00:00Z' }]);
    expect(found('0')).toEqual([{ text: '0', utc: '1970-01-01T00:00:00Z' }]);
    expect(found('2023-02-29')).toEqual([{ text: '2023-02-29', utc: 'invalid-date' }]);
  });

  it('does not take a hyphen for a minus sign', () => {
    expect(found('build-1646914900-abc')).toEqual([{ text: '1646914900', utc: '2022-03-10T12:21:40Z' }]);
    expect(found('x--1646914900')).toEqual([{ text: '1646914900', utc: '2022-03-10T12:21:40Z' }]);
  });

  it('takes a minus sign at the start, after whitespace, =, :, ( and the like', () => {
    for (const line of ['-1646914900 start', 'at -1646914900', 'ts=-1646914900', 'ts:-1646914900', 'f(-1646914900)', '{"t":-1646914900}']) {
      expect(found(line)).toEqual([{ text: '-1646914900', utc: '1917-10-24T11:38:20Z' }]);
    }
  });

  it('keeps fractions and skips identifiers, short numbers and long ones', () => {
    expect(found('ts=1405507023.107 took 37 ms')).toEqual([{ text: '1405507023.107', utc: '2014-07-16T10:37:03.107Z' }]);
    expect(found('id a1646914900f v1.1646914900 port 8080 trace 12345678901234567890123')).toEqual([]);
    expect(found('seen at 1646914900.')).toEqual([{ text: '1646914900', utc: '2022-03-10T12:21:40Z' }]);
  });

  it('finds every unit and dates in log text, in order', () => {
    const line = '2024-03-10T02:30:00Z INFO exp=1700000000 iat_ms=1700000000000 ns=1700000000123456789 Date: Sun, 06 Nov 1994 08:49:37 GMT';
    expect(found(line)).toEqual([
      { text: '2024-03-10T02:30:00Z', utc: '2024-03-10T02:30:00Z' },
      { text: '1700000000', utc: '2023-11-14T22:13:20Z' },
      { text: '1700000000000', utc: '2023-11-14T22:13:20Z' },
      { text: '1700000000123456789', utc: '2023-11-14T22:13:20.123456789Z' },
      { text: 'Sun, 06 Nov 1994 08:49:37 GMT', utc: '1994-11-06T08:49:37Z' },
    ]);
  });

  it('finds RFC 2822, asctime and ISO dates with a space and an offset', () => {
    expect(found('Received: Tue, 1 Jul 2003 10:52:37 +0200 (CEST)')).toEqual([{ text: 'Tue, 1 Jul 2003 10:52:37 +0200', utc: '2003-07-01T08:52:37Z' }]);
    expect(found('[Sun Nov  6 08:49:37 1994] started')).toEqual([{ text: 'Sun Nov  6 08:49:37 1994', utc: '1994-11-06T08:49:37Z' }]);
    expect(found('2024-03-10 02:30:00,123 +0100 WARN')).toEqual([{ text: '2024-03-10 02:30:00,123 +0100', utc: '2024-03-10T01:30:00.123Z' }]);
    expect(found('at 2024-03-10 02:30:00 -1234567890')).toEqual([
      { text: '2024-03-10 02:30:00', utc: '2024-03-10T02:30:00Z' },
      { text: '-1234567890', utc: '1930-11-18T00:28:30Z' },
    ]);
  });

  it('reports spans that point back into the line', () => {
    const line = 'exp=1700000000;';
    const [item] = findTimestamps(line, options);
    expect(item && line.slice(item.start, item.end)).toBe('1700000000');
  });
});

describe('findTimestampsByLine', () => {
  it('converts each line on its own and skips blank ones', () => {
    const { lines, omittedLines } = findTimestampsByLine('1700000000\r\n\nnothing here\n2024-03-10', options);
    expect(lines.map((line) => [line.lineNumber, line.found.length])).toEqual([
      [1, 1],
      [3, 0],
      [4, 1],
    ]);
    expect(omittedLines).toBe(0);
  });

  it('stops after maxLines', () => {
    const { lines, omittedLines } = findTimestampsByLine('1\n2\n3\n4', options, 2);
    expect(lines).toHaveLength(2);
    expect(omittedLines).toBe(2);
  });
});

describe('very long lines', () => {
  it('read only the first MAX_TIMESTAMPS_PER_LINE timestamps', () => {
    const line = Array.from({ length: 150 }, (_, i) => `t=${1_700_000_000 + i}`).join(' ');
    const items = findTimestamps(line, options);
    expect(items).toHaveLength(MAX_TIMESTAMPS_PER_LINE);
    expect(items[0]?.text).toBe('1700000000');
    expect(items.at(-1)?.text).toBe(String(1_700_000_000 + MAX_TIMESTAMPS_PER_LINE - 1));
  });
});
