import { describe, expect, it } from 'vitest';
import { EXAMPLE_SESSION_ID } from './example-values';
import { browserRequestSizes, findFlow } from './flows';
import {
  bearerHeaderSize,
  compareRequestSizes,
  cookieHeaderSize,
  http2MegabytesPerMillion,
  MEGABYTE,
  normaliseToken,
  TYPICAL_ACCESS_TOKEN,
  type RequestSizeComparison,
} from './request-size';

function compare(token: string): RequestSizeComparison {
  const result = compareRequestSizes(token);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('the example session cookie against the example access token', () => {
  const value = compare(TYPICAL_ACCESS_TOKEN);

  it('Cookie: __Host-session=<43 characters> is 68 bytes with its CRLF, so 68 MB per million requests', () => {
    expect(value.session.line).toBe(`Cookie: __Host-session=${EXAMPLE_SESSION_ID}`);
    expect(value.session.bytesPerRequest).toBe(8 + 15 + 43 + 2);
    expect(value.session.megabytesPerMillionRequests).toBe(68);
  });

  it('Authorization: Bearer <472 characters> is 496 bytes: 428 more, 7.3 times as many', () => {
    expect(value.jwt.line).toBe(`Authorization: Bearer ${TYPICAL_ACCESS_TOKEN}`);
    expect(value.jwt.bytesPerRequest).toBe(22 + 472 + 2);
    expect(value.jwt.megabytesPerMillionRequests).toBe(496);
    expect(value.extraBytesPerRequest).toBe(428);
    expect(value.ratio).toBeCloseTo(7.294, 3);
  });

  it('agrees with the credential bytes of the flows’ API requests', () => {
    expect(browserRequestSizes(findFlow('session', 'request'))[0]?.credentialBytes).toBe(value.session.bytesPerRequest);
    expect(browserRequestSizes(findFlow('jwt', 'request'))[0]?.credentialBytes).toBe(value.jwt.bytesPerRequest);
  });

  it('says which megabyte it means, and adds the HTTP/2 notes', () => {
    expect(MEGABYTE).toBe(10 ** 6);
    expect(value.notes.map((n) => n.code)).toEqual(['si-megabytes', 'http2-hpack', 'huffman-not-counted', 'other-cookies']);
  });

  it('over HTTP/2, 100 requests a connection: each connection pays once, then a byte a request', () => {
    expect(http2MegabytesPerMillion(value.session.hpack, 100)).toBeCloseTo((10_000 * 60 + 990_000) / MEGABYTE, 9);
    expect(http2MegabytesPerMillion(value.jwt.hpack, 100)).toBeCloseTo((10_000 * 483 + 990_000) / MEGABYTE, 9);
    expect(http2MegabytesPerMillion(value.jwt.hpack, 1)).toBeCloseTo(483, 9);
    expect(() => http2MegabytesPerMillion(value.jwt.hpack, 0)).toThrow(RangeError);
  });
});

describe('any token text', () => {
  it('takes off surrounding space and a pasted "Bearer " or "Authorization: Bearer "', () => {
    expect(normaliseToken('  Bearer abc.def.ghi\n')).toBe('abc.def.ghi');
    expect(normaliseToken('authorization: bearer abc')).toBe('abc');
    expect(compare(`Bearer ${TYPICAL_ACCESS_TOKEN}`).jwt.bytesPerRequest).toBe(496);
  });

  it('counts UTF-8 bytes, and notes characters a bearer token may not hold', () => {
    const value = compare('tök.en');
    expect(value.jwt.bytesPerRequest).toBe(byteCount('Authorization: Bearer tök.en') + 2);
    expect(value.notes.map((n) => n.code)).toContain('not-b64token');
    expect(compare('abc.def.ghi==').notes.map((n) => n.code)).not.toContain('not-b64token');
  });

  it('notes a token too large to live in a cookie (4,096 bytes of name and value)', () => {
    const big = 'a'.repeat(4096);
    expect(compare(big).notes.map((n) => n.code)).toContain('too-large-for-cookie');
    expect(compare(big).jwt.hpack.fitsDefaultTable).toBe(false);
  });

  it('refuses empty text and text with a line break inside', () => {
    expect(compareRequestSizes('  ')).toMatchObject({ ok: false, error: { code: 'empty-token' } });
    expect(compareRequestSizes('Bearer ')).toMatchObject({ ok: false, error: { code: 'empty-token' } });
    expect(compareRequestSizes('abc\r\ndef')).toMatchObject({ ok: false, error: { code: 'line-break' } });
  });

  it('takes another cookie to compare with', () => {
    const result = compareRequestSizes('abc', { name: 'sid', value: 'x'.repeat(22) });
    expect(result.ok && result.value.session.bytesPerRequest).toBe(8 + 4 + 22 + 2);
    expect(cookieHeaderSize('sid', 'v').line).toBe('Cookie: sid=v');
    expect(bearerHeaderSize('t').line).toBe('Authorization: Bearer t');
  });
});

function byteCount(text: string): number {
  return new TextEncoder().encode(text).length;
}
