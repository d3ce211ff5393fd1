import { describe, expect, it } from 'vitest';
import { DerError, derChildren, integerBitLength, readDer, readDerWhole, readOid, readTime, TAG } from './der';
import { derOid, derSequence, derTlv, spkiFromPkcs1 } from './der-write';

describe('DER reader and writer', () => {
  it('round-trips object identifiers, including multi-byte arcs', () => {
    for (const oid of ['1.2.840.113549.1.1.1', '1.3.101.112', '2.5.4.3', '1.3.132.0.35', '2.999.3']) {
      expect(readOid(readDerWhole(derOid(oid)))).toBe(oid);
    }
  });

  it('writes long-form lengths and reads them back', () => {
    const content = new Uint8Array(300).fill(7);
    const node = readDerWhole(derTlv(TAG.OCTET_STRING, content));
    expect(node.end - node.contentStart).toBe(300);
    expect(node.contentStart).toBe(4);
  });

  it('wraps a PKCS#1 RSA key as SPKI: SEQUENCE { SEQUENCE { rsaEncryption, NULL }, BIT STRING }', () => {
    const pkcs1 = derSequence(derTlv(TAG.INTEGER, Uint8Array.of(0x00, 0xc0, 0, 0)), derTlv(TAG.INTEGER, Uint8Array.of(1, 0, 1)));
    const [algorithm, key] = derChildren(readDerWhole(spkiFromPkcs1(pkcs1)));
    const [oid, params] = derChildren(algorithm!);
    expect(readOid(oid!)).toBe('1.2.840.113549.1.1.1');
    expect(params!.tag).toBe(TAG.NULL);
    expect(key!.tag).toBe(TAG.BIT_STRING);
    expect(integerBitLength(derChildren(readDer(pkcs1))[0]!)).toBe(24);
  });

  it('reads UTCTime (1950–2049) and GeneralizedTime (RFC 5280 §4.1.2.5)', () => {
    const time = (tag: number, text: string) => readTime(readDerWhole(derTlv(tag, new TextEncoder().encode(text))));
    expect(time(TAG.UTC_TIME, '491231235959Z').toISOString()).toBe('2049-12-31T23:59:59.000Z');
    expect(time(TAG.UTC_TIME, '500101000000Z').toISOString()).toBe('1950-01-01T00:00:00.000Z');
    expect(time(TAG.GENERALIZED_TIME, '20500101000000Z').toISOString()).toBe('2050-01-01T00:00:00.000Z');
  });

  it('says truncated when a length runs past the data, malformed for trailing bytes', () => {
    const full = derTlv(TAG.OCTET_STRING, new Uint8Array(10));
    expect(() => readDer(full.subarray(0, 8))).toThrow(expect.objectContaining({ code: 'truncated' }));
    expect(() => readDerWhole(Uint8Array.of(...full, 0))).toThrow(DerError);
    expect(() => readDer(Uint8Array.of(0x30, 0x80))).toThrow(expect.objectContaining({ code: 'malformed' }));
  });
});
