import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeConverterState } from './fragment-read';
import { EMPTY_CONVERTER_STATE, encodeConverterState, FRAGMENT_LIMITS, type ConverterState } from './fragment-state';
import { EPOCH_UNITS } from './units';
import { listTimeZones } from './zone-list';

describe('converter state in the fragment', () => {
  it('encodes input, unit and zones the URLSearchParams way', () => {
    const state: ConverterState = { input: '1700000000\n2024-03-10T02:30:00+05:30', unit: 'milliseconds', zones: ['UTC', 'Asia/Tokyo'] };
    const fragment = encodeConverterState(state);
    expect(fragment).toBe('#t=1700000000%0A2024-03-10T02%3A30%3A00%2B05%3A30&unit=ms&tz=UTC&tz=Asia%2FTokyo');
    expect(decodeConverterState(fragment)).toEqual(state);
  });

  it('writes nothing for the empty state', () => {
    expect(encodeConverterState(EMPTY_CONVERTER_STATE)).toBe('');
    expect(decodeConverterState('')).toEqual(EMPTY_CONVERTER_STATE);
    expect(decodeConverterState('#')).toEqual(EMPTY_CONVERTER_STATE);
  });

  it('ignores what it does not know and tidies zones', () => {
    expect(decodeConverterState('#unit=fortnights&tz=Mars%2FBase&tz=asia/calcutta&tz=Asia/Kolkata&x=1&t=now')).toEqual({
      input: 'now',
      unit: null,
      zones: ['Asia/Kolkata'],
    });
    expect(decodeConverterState('unit=constructor').unit).toBeNull();
    expect(decodeConverterState('unit=µs').unit).toBe('microseconds');
  });

  it('survives malformed escapes', () => {
    expect(decodeConverterState('#t=%E0%A4%A&tz=%ZZ&unit=%')).toMatchObject({ unit: null, zones: [] });
  });

  it('caps the input and the zones', () => {
    const zones = listTimeZones().slice(0, 30);
    const decoded = decodeConverterState(encodeConverterState({ input: 'x'.repeat(20_000), unit: null, zones }));
    expect(decoded.input).toHaveLength(FRAGMENT_LIMITS.inputLength);
    expect(decoded.zones).toEqual(zones.slice(0, FRAGMENT_LIMITS.zones));
  });

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const state = decodeConverterState(text);
        expect(state.input.length).toBeLessThanOrEqual(FRAGMENT_LIMITS.inputLength);
      }),
    );
  });

  it('round-trips any input with any unit and listed zones', () => {
    const zones = listTimeZones();
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.option(fc.constantFrom(...EPOCH_UNITS), { nil: null }),
        fc.uniqueArray(fc.constantFrom(...zones), { maxLength: 5 }),
        (input, unit, chosen) => {
          const state = { input, unit, zones: chosen };
          expect(decodeConverterState(encodeConverterState(state))).toEqual(state);
        },
      ),
    );
  });
});
