import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectEpochUnit, MAX_EPOCH_DIGITS_NS, parseEpoch } from './epoch-unit';
import { epochNs, EPOCH_UNITS, formatInUnit, type EpochUnit } from './units';

function parsed(text: string, unit?: EpochUnit) {
  const result = parseEpoch(text, unit);
  if (!result?.ok) throw new Error(`not read: ${text}`);
  return result.value;
}

describe('detectEpochUnit', () => {
  it.each<[bigint, EpochUnit]>([
    [0n, 'seconds'],
    [99_999_999_999n, 'seconds'],
    [100_000_000_000n, 'milliseconds'],
    [99_999_999_999_999n, 'milliseconds'],
    [100_000_000_000_000n, 'microseconds'],
    [9_999_999_999_999_999n, 'microseconds'],
    [10_000_000_000_000_000n, 'nanoseconds'],
    [100_000_000_000_000_000n, 'nanoseconds'],
    [10n ** 25n, 'nanoseconds'],
  ])('%s is %s, and so is its negative', (value, unit) => {
    expect(detectEpochUnit(value)).toBe(unit);
    expect(detectEpochUnit(-value)).toBe(unit);
  });
});

describe('parseEpoch', () => {
  it('detects the unit at every bound, from the text, for both signs', () => {
    const cases: Array<[string, EpochUnit]> = [
      ['99999999999', 'seconds'],
      ['100000000000', 'milliseconds'],
      ['99999999999999', 'milliseconds'],
      ['100000000000000', 'microseconds'],
      ['9999999999999999', 'microseconds'],
      ['10000000000000000', 'nanoseconds'],
    ];
    for (const [text, unit] of cases) {
      expect(parsed(text)).toMatchObject({ unit, detected: true });
      expect(parsed(`-${text}`)).toMatchObject({ unit, detected: true });
    }
  });

  it('looks at the integer part only', () => {
    expect(parsed('99999999999.9999').unit).toBe('seconds');
    expect(parsed('-99999999999.9').unit).toBe('seconds');
    expect(parsed('1e11').unit).toBe('milliseconds');
  });

  it('reads fractional seconds exactly', () => {
    expect(parsed('1405507023.107').instant).toBe(1_405_507_023_107_000_000n);
    expect(parsed('-0.5').instant).toBe(-500_000_000n);
    expect(parsed('1.7e9').instant).toBe(1_700_000_000_000_000_000n);
    expect(parsed('+1700000000').instant).toBe(1_700_000_000_000_000_000n);
  });

  it('reads 19-digit nanoseconds without losing a digit', () => {
    expect(parsed('1700000000123456789')).toMatchObject({ unit: 'nanoseconds', instant: 1_700_000_000_123_456_789n });
    expect(parsed('-1700000000123456789').instant).toBe(-1_700_000_000_123_456_789n);
  });

  it('reads the number in the unit it is told', () => {
    expect(parsed('1700000000', 'milliseconds')).toMatchObject({ unit: 'milliseconds', detected: false, instant: 1_700_000_000_000_000n });
    expect(parsed('1.5', 'microseconds').instant).toBe(1_500n);
  });

  it('drops digits finer than a nanosecond and says so', () => {
    const value = parsed('1.0000000019');
    expect(value.instant).toBe(1_000_000_001n);
    expect(value.notices.map((n) => n.code)).toEqual(['precision-truncated']);
    expect(parsed('-0.0000000001').instant).toBe(0n);
    expect(parsed('1e-999').notices.map((n) => n.code)).toEqual(['precision-truncated']);
  });

  it('refuses values beyond 10^30 ns without building them', () => {
    expect(parseEpoch('1e9999')).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
    expect(parseEpoch('9'.repeat(MAX_EPOCH_DIGITS_NS + 1))).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
  });

  it('returns null for text that is not a number', () => {
    for (const text of ['', '-', '1.2.3', '12abc', '0x10', '1e', '.', '1_000']) expect(parseEpoch(text)).toBeNull();
  });

  it('round-trips any instant through any unit', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 29n), max: 10n ** 29n }),
        fc.constantFrom(...EPOCH_UNITS),
        (ns, unit) => {
          expect(parsed(formatInUnit(epochNs(ns), unit), unit).instant).toBe(ns);
        },
      ),
    );
  });

  it('round-trips seconds through milliseconds', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (seconds) => {
        const ms = formatInUnit(parsed(seconds.toString(), 'seconds').instant, 'milliseconds');
        expect(ms).toBe(seconds === 0n ? '0' : `${seconds}000`);
        expect(formatInUnit(parsed(ms, 'milliseconds').instant, 'seconds')).toBe(seconds.toString());
      }),
    );
  });
});
