import { describe, expect, it } from 'vitest';
import { formatRfc3339Utc } from './rfc3339';
import { DATE_LIMIT_NS, epochNs } from './units';
import { standardOffsetSeconds, zoneInfo } from './zone-info';
import { nextTransition } from './zone-transitions';

const H = 3600;
const at = (iso: string) => epochNs(BigInt(Date.parse(iso)) * 1_000_000n);

function info(zone: string, iso: string) {
  const result = zoneInfo(zone, at(iso));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('zoneInfo', () => {
  it('knows New York in winter and summer', () => {
    expect(info('America/New_York', '2024-01-15T12:00:00Z')).toMatchObject({
      offsetSeconds: -5 * H,
      offset: '-05:00',
      abbreviation: 'EST',
      longName: 'Eastern Standard Time',
      isDst: false,
    });
    expect(info('America/New_York', '2024-07-15T12:00:00Z')).toMatchObject({ offset: '-04:00', abbreviation: 'EDT', isDst: true });
  });

  it('tells daylight time in the southern hemisphere', () => {
    expect(info('Australia/Sydney', '2024-01-15T00:00:00Z')).toMatchObject({ offset: '+11:00', abbreviation: 'AEDT', isDst: true, standardOffsetSeconds: 10 * H });
    expect(info('Australia/Sydney', '2024-07-15T00:00:00Z')).toMatchObject({ offset: '+10:00', abbreviation: 'AEST', isDst: false });
  });

  it('fills in abbreviations Intl does not give in English', () => {
    expect(info('Europe/Berlin', '2024-01-15T12:00:00Z').abbreviation).toBe('CET');
    expect(info('Europe/Berlin', '2024-07-15T12:00:00Z').abbreviation).toBe('CEST');
    expect(info('Europe/London', '2024-07-15T12:00:00Z').abbreviation).toBe('BST');
    expect(info('Asia/Kolkata', '2024-07-15T12:00:00Z')).toMatchObject({ abbreviation: 'IST', offset: '+05:30', isDst: false });
    expect(info('Asia/Calcutta', '2024-07-15T12:00:00Z').zone).toBe('Asia/Kolkata');
    // Local mean time has no abbreviation: Intl's offset name stays.
    expect(info('Asia/Kolkata', '1850-01-01T00:00:00Z').abbreviation).toMatch(/^GMT\+5:\d\d/);
  });

  it('reports zones without DST as never on DST, with no transition', () => {
    expect(info('Asia/Tokyo', '2024-07-15T12:00:00Z')).toMatchObject({ abbreviation: 'JST', isDst: false, nextTransition: null });
    expect(info('UTC', '2024-07-15T12:00:00Z')).toMatchObject({ abbreviation: 'UTC', offset: '+00:00', nextTransition: null });
  });

  it('finds the next transition to the second, with the offsets either side', () => {
    const { nextTransition: next } = info('America/New_York', '2024-01-15T12:00:00Z');
    expect(next && { at: formatRfc3339Utc(next.at), before: next.offsetBeforeSeconds, after: next.offsetAfterSeconds }).toEqual({
      at: '2024-03-10T07:00:00Z',
      before: -5 * H,
      after: -4 * H,
    });
    const lordHowe = info('Australia/Lord_Howe', '2024-05-01T00:00:00Z').nextTransition;
    expect(lordHowe && formatRfc3339Utc(lordHowe.at)).toBe('2024-10-05T15:30:00Z');
    expect(lordHowe?.offsetAfterSeconds).toBe(11 * H);
  });

  it('counts a transition only after the instant', () => {
    const transition = at('2024-03-10T07:00:00Z');
    expect(nextTransition('America/New_York', epochNs(transition - 1n))?.at).toBe(transition);
    expect(formatRfc3339Utc(nextTransition('America/New_York', transition)?.at ?? epochNs(0n))).toBe('2024-11-03T06:00:00Z');
  });

  it('refuses unknown zones and instants beyond the Date range', () => {
    expect(zoneInfo('Nowhere/Special', epochNs(0n))).toMatchObject({ ok: false, error: { code: 'unknown-zone' } });
    expect(zoneInfo('UTC', epochNs(DATE_LIMIT_NS + 1n))).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
  });
});

describe('standardOffsetSeconds', () => {
  it('is the lower of January and July', () => {
    expect(standardOffsetSeconds('Europe/Dublin', 2024)).toBe(0);
    expect(standardOffsetSeconds('Pacific/Auckland', 2024)).toBe(12 * H);
    expect(standardOffsetSeconds('America/Sao_Paulo', 2024)).toBe(-3 * H);
  });
});

describe('nextTransition', () => {
  it('gives the same answer for every instant of a day, before and after a change within it', () => {
    const change = at('2024-03-10T07:00:00Z');
    const next = at('2024-11-03T06:00:00Z');
    for (const iso of ['2024-03-10T00:00:00Z', '2024-03-10T06:59:59Z']) {
      expect(nextTransition('America/New_York', at(iso))?.at).toBe(change);
    }
    for (const iso of ['2024-03-10T07:00:00Z', '2024-03-10T23:59:59Z']) {
      expect(nextTransition('America/New_York', at(iso))?.at).toBe(next);
    }
  });

  it('searches only as far as the horizon', () => {
    expect(nextTransition('America/New_York', at('2024-01-15T00:00:00Z'), 30)).toBeNull();
    expect(nextTransition('America/New_York', at('2024-01-15T00:00:00Z'), 60)?.at).toBe(at('2024-03-10T07:00:00Z'));
  });
});
