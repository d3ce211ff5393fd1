import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase64urlText } from '../core/base64url';
import { decodeToken } from './decode';
import vectors from './fixtures/published-jws.json';
import type { DecodeResult, DecodedJws } from './types';

function jws(result: DecodeResult): DecodedJws {
  if (!result.ok || result.value.type === 'JWE') throw new Error(`expected a JWS, got ${JSON.stringify(result)}`);
  return result.value;
}

function token(header: string, payload: string, signature = 'c2ln'): string {
  return `${encodeBase64urlText(header)}.${encodeBase64urlText(payload)}.${signature}`;
}

describe('published vectors (RFC 7515 appendix A, RFC 7519 §3.1, RFC 7520, RFC 8037)', () => {
  it.each(vectors.filter((v) => v.expect.decodes))('$id decodes to the published header and payload', (vector) => {
    const decoded = jws(decodeToken(vector.token));
    expect(decoded.header).toEqual(vector.expect.header);
    const payload = vector.expect.payload;
    if (typeof payload === 'string') {
      expect(decoded.payload).toEqual(payload === '' ? { type: 'empty' } : { type: 'text', text: payload });
    } else {
      expect(decoded.payload).toMatchObject({ type: 'json', value: payload });
    }
    expect(decoded.nonCanonical).toEqual([]);
  });

  it('RFC 7515 A.5 is an Unsecured JWS with an empty signature', () => {
    const vector = vectors.find((v) => v.id === 'rfc7515-a5-unsecured-none')!;
    const decoded = jws(decodeToken(vector.token));
    expect(decoded.type).toBe('Unsecured');
    expect(decoded.signature.length).toBe(0);
    expect(decoded.errors).toEqual([]);
  });

  it('RFC 7520 §6 is a JWE whose protected header is readable and names cty JWT', () => {
    const vector = vectors.find((v) => v.id === 'rfc7520-6-nested-jwe-containing-jws')!;
    const result = decodeToken(vector.token);
    expect(result.ok && result.value.type).toBe('JWE');
    if (!result.ok) return;
    expect(result.value.header).toEqual(vector.expect.header);
    expect(result.value.segments.map((s) => s.name)).toEqual(['header', 'encrypted-key', 'iv', 'ciphertext', 'tag']);
    expect(result.value.segments.find((s) => s.name === 'tag')?.byteLength).toBe(16);
  });

  it('RFC 7515 A.2 has a 256-byte RS256 signature', () => {
    const vector = vectors.find((v) => v.id === 'rfc7515-a2-rs256-jwk')!;
    expect(jws(decodeToken(vector.token)).signature.length).toBe(256);
  });

  it('RFC 7520 §4.5 detached content: header shown, payload empty, with its own message', () => {
    const vector = vectors.find((v) => v.id === 'rfc7520-4.5-detached-content')!;
    const decoded = jws(decodeToken(vector.token));
    expect(decoded.payload).toEqual({ type: 'empty' });
    expect(decoded.errors.map((e) => e.code)).toEqual(['empty-part']);
  });
});

describe('decodeToken errors', () => {
  const header = encodeBase64urlText('{"alg":"HS256"}');

  it('names the part, the character and its offset for bad base64url', () => {
    const payload = encodeBase64urlText('{"sub":"1234567890"}');
    const broken = `${header}.${payload.slice(0, 17)}%${payload.slice(18)}.c2ln`;
    const decoded = jws(decodeToken(broken));
    expect(decoded.errors[0]).toMatchObject({ code: 'invalid-base64url', segment: 'payload', offset: 17 });
    expect(decoded.errors[0]?.message).toBe(`payload: invalid base64url character "%" at offset 17`);
    expect(decoded.payload).toEqual({ type: 'unreadable' });
  });

  it('names an invisible character by its code point', () => {
    const decoded = jws(decodeToken(`${header}.e30\u200b.c2ln`));
    expect(decoded.errors[0]?.message).toBe('payload: invalid base64url character U+200B at offset 3');
  });

  it('reads a lone number, true or null as JSON that is not an object', () => {
    for (const text of ['123', 'true', 'null']) {
      expect(jws(decodeToken(token('{"alg":"HS256"}', text))).errors.map((e) => e.code)).toEqual(['not-an-object']);
    }
    expect(jws(decodeToken(token('{"alg":"HS256"}', 'true story'))).payload).toEqual({ type: 'text', text: 'true story' });
  });

  it('notes what JSON.parse hides: duplicate names and imprecise numbers', () => {
    const decoded = jws(decodeToken(token('{"alg":"HS256","alg":"none"}', '{"id":12345678901234567890,"role":"user","role":"admin"}')));
    expect(decoded.jsonNotes).toEqual([
      { segment: 'header', kind: 'duplicate-member', text: 'alg' },
      { segment: 'payload', kind: 'duplicate-member', text: 'role' },
      { segment: 'payload', kind: 'imprecise-number', text: '12345678901234567890' },
    ]);
  });

  it('gives the line and column of a JSON error in the header', () => {
    const result = decodeToken(token('{"alg":}', '{}'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ code: 'invalid-json', segment: 'header', line: 1, column: 8 });
    expect(result.errors[0]?.message).toMatch(/^header: JSON error at line 1 column 8/);
  });

  it('counts lines in a multi-line payload', () => {
    const decoded = jws(decodeToken(token('{"alg":"HS256"}', '{\n  "a": 1,\n  "b": tru\n}')));
    expect(decoded.errors[0]).toMatchObject({ code: 'invalid-json', segment: 'payload', line: 3, column: 8 });
  });

  it.each([
    ['two parts', `${header}.e30`, /2 parts \(1 dot\).*signature part/],
    ['four parts', `${header}.e30.c2ln.x`, /4 parts \(3 dots\)/],
    ['one part', header, /no dot/],
  ])('explains %s', (_name, input, message) => {
    const result = decodeToken(input);
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'part-count' }] });
    if (!result.ok) expect(result.errors[0]?.message).toMatch(message);
  });

  it('explains an empty header, an empty signature and empty input each its own way', () => {
    const emptyHeader = decodeToken('.e30.c2ln');
    expect(emptyHeader.ok ? [] : emptyHeader.errors.map((e) => e.code)).toContain('empty-part');
    expect(jws(decodeToken(`${header}.e30.`)).errors.map((e) => e.code)).toEqual(['signature-missing']);
    expect(decodeToken('  ')).toMatchObject({ ok: false, errors: [{ code: 'empty-input' }] });
  });

  it('rejects a header that is JSON but not an object', () => {
    const result = decodeToken(token('["alg"]', '{}'));
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'not-an-object', segment: 'header' }] });
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/an array/);
  });

  it('shows a non-object JSON payload as text, with a message', () => {
    const decoded = jws(decodeToken(token('{"alg":"HS256"}', '[1,2]')));
    expect(decoded.payload).toEqual({ type: 'text', text: '[1,2]' });
    expect(decoded.errors.map((e) => e.code)).toEqual(['not-an-object']);
  });

  it('flags alg none with a signature, and a header without alg', () => {
    expect(jws(decodeToken(token('{"alg":"none"}', '{}'))).errors.map((e) => e.code)).toEqual(['unsecured-with-signature']);
    expect(jws(decodeToken(token('{"typ":"JWT"}', '{}'))).errors.map((e) => e.code)).toEqual(['alg-missing']);
  });
});

describe('lenient decoding', () => {
  it('accepts padding, the standard alphabet and inner whitespace, and says so', () => {
    const header = btoa('{"alg":"HS256","kid":"a?>"}');
    const payload = btoa('{"sub":"~~~>"}');
    const decoded = jws(decodeToken(`${header}.${payload.slice(0, 4)}\n ${payload.slice(4)}.c2ln`));
    expect(decoded.header).toEqual({ alg: 'HS256', kid: 'a?>' });
    expect(decoded.payload).toMatchObject({ type: 'json', value: { sub: '~~~>' } });
    expect(new Set(decoded.nonCanonical.map((n) => n.reason))).toEqual(new Set(['padding', 'standard-alphabet', 'whitespace']));
  });

  it('shows text payloads as text and other bytes as binary', () => {
    expect(jws(decodeToken(token('{"alg":"HS256"}', 'hello there'))).payload).toEqual({ type: 'text', text: 'hello there' });
    const binary = jws(decodeToken(`${encodeBase64urlText('{"alg":"HS256"}')}._w.c2ln`));
    expect(binary.payload).toEqual({ type: 'binary', bytes: new Uint8Array([0xff]) });
  });

  it('marks nested tokens by cty and by shape', () => {
    const inner = token('{"alg":"HS256"}', '{"sub":"x"}');
    expect(jws(decodeToken(token('{"alg":"HS256","cty":"JWT"}', inner))).nested).toBe(true);
    expect(jws(decodeToken(token('{"alg":"HS256"}', inner))).nested).toBe(true);
    expect(jws(decodeToken(token('{"alg":"HS256"}', '{"sub":"x"}'))).nested).toBe(false);
  });
});

describe('properties', () => {
  it('never throws, and always gives a result or coded errors', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z0-9_\-.=+/ ]{0,60}$/)), (input) => {
        const result = decodeToken(input);
        if (result.ok) expect(['JWS', 'JWE', 'Unsecured']).toContain(result.value.type);
        else expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.ok ? result.value.errors : result.errors) expect(error.code).toMatch(/^[a-z0-9-]+$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives back any JSON object that was encoded', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue()), (header, payload) => {
        const fullHeader = { ...header, alg: 'HS256' };
        const decoded = jws(decodeToken(token(JSON.stringify(fullHeader), JSON.stringify(payload))));
        expect(decoded.header).toEqual(JSON.parse(JSON.stringify(fullHeader)));
        expect(decoded.payload).toMatchObject({ type: 'json', value: JSON.parse(JSON.stringify(payload)) });
      }),
      { numRuns: 500 },
    );
  });
});

describe('the cache of recent results', () => {
  const token = (n: number) => `${encodeBase64urlText(JSON.stringify({ alg: 'HS256' }))}.${encodeBase64urlText(JSON.stringify({ n }))}.c2ln`;

  it('keeps a result that is still in use while newer tokens are decoded', () => {
    const kept = decodeToken(token(0));
    for (let n = 1; n <= 7; n++) decodeToken(token(n));
    // Used again: now the most recent, so the next new token pushes out token(1) instead.
    expect(decodeToken(token(0))).toBe(kept);
    decodeToken(token(8));
    expect(decodeToken(token(0))).toBe(kept);
  });
});
