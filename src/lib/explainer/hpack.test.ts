import { describe, expect, it } from 'vitest';
import { DEFAULT_TABLE_SIZE, hpackEstimate, hpackIntegerLength } from './hpack';

describe('hpackIntegerLength (RFC 7541 §5.1)', () => {
  it('matches the worked examples of RFC 7541 C.1', () => {
    expect(hpackIntegerLength(10, 5)).toBe(1); // C.1.1
    expect(hpackIntegerLength(1337, 5)).toBe(3); // C.1.2: 31, 154, 10
    expect(hpackIntegerLength(42, 8)).toBe(1); // C.1.3
  });

  it('spills into a second octet at the prefix limit, and a third after 127 more', () => {
    expect(hpackIntegerLength(126, 7)).toBe(1);
    expect(hpackIntegerLength(127, 7)).toBe(2);
    expect(hpackIntegerLength(127 + 127, 7)).toBe(2);
    expect(hpackIntegerLength(127 + 128, 7)).toBe(3);
    expect(hpackIntegerLength(15, 4)).toBe(2);
  });
});

describe('hpackEstimate', () => {
  it('a 58-byte session cookie: 60 octets the first time, then 1', () => {
    const value = `__Host-session=${'a'.repeat(43)}`;
    expect(hpackEstimate('cookie', value)).toEqual({
      // 01 + index 32 in 6 bits (1), length 58 in 7 bits (1), 58 octets
      firstRequestBytes: 60,
      laterRequestBytes: 1,
      tableEntryBytes: 6 + 58 + 32,
      fitsDefaultTable: true,
      // 0001 + index 23 or 32 in 4 bits (2), length (1), value
      neverIndexedBytes: 61,
    });
  });

  it('a 479-byte bearer value: 483 octets the first time, then 1; 484 every time if never indexed', () => {
    const value = `Bearer ${'a'.repeat(472)}`;
    expect(hpackEstimate('authorization', value)).toEqual({
      firstRequestBytes: 1 + 3 + 479,
      laterRequestBytes: 1,
      tableEntryBytes: 13 + 479 + 32,
      fitsDefaultTable: true,
      neverIndexedBytes: 2 + 3 + 479,
    });
  });

  it('a value too large for the default table is sent in full every time', () => {
    const fits = `Bearer ${'a'.repeat(DEFAULT_TABLE_SIZE - 13 - 32 - 7)}`;
    expect(hpackEstimate('authorization', fits).fitsDefaultTable).toBe(true);
    const huge = hpackEstimate('authorization', `${fits}a`);
    expect(huge.fitsDefaultTable).toBe(false);
    expect(huge.laterRequestBytes).toBe(huge.neverIndexedBytes);
    expect(huge.firstRequestBytes).toBe(huge.neverIndexedBytes);
  });
});
