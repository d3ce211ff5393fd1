import { describe, expect, it } from 'vitest';
import { encodeBase64urlText } from '../core/base64url';
import { decodeToken } from './decode';
import { findFindings } from './findings';
import { fromPortable, readInput, readInputNow, rememberReading, toPortable } from './large-input';
import { prettyJson } from '../core/cached-stringify';

function token(header: object, payload: string): string {
  return `${encodeBase64urlText(JSON.stringify(header))}.${encodeBase64urlText(payload)}.c2ln`;
}

const PAYLOAD = { sub: 'a', password: 'hunter2', groups: Array.from({ length: 50 }, (_, i) => `group-${i}`), last: 'end' };
const JWS = token({ alg: 'HS256' }, JSON.stringify(PAYLOAD));

describe('readInput', () => {
  it('finds, decodes, prints and searches a pasted token', () => {
    const reading = readInputNow(`Authorization: Bearer ${JWS}`);
    expect(reading.found?.token).toBe(JWS);
    expect(reading.result).toMatchObject({ ok: true, value: { type: 'JWS', payload: { type: 'json', value: PAYLOAD } } });
    expect(reading.pretty).toBe(JSON.stringify(PAYLOAD, null, 2));
    expect(reading.sensitive).toEqual([{ path: 'password', reason: 'name' }]);
  });

  it('pauses between its steps', () => {
    const steps = readInput(JWS);
    let pauses = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(3);
  });

  it('stops early for empty input and for a payload that is not JSON', () => {
    expect(readInputNow('  ')).toEqual({ found: null, result: null, pretty: null, sensitive: null });
    const text = readInputNow(token({ alg: 'HS256' }, 'plain words'));
    expect(text.result).toMatchObject({ ok: true, value: { payload: { type: 'text', text: 'plain words' } } });
    expect(text.pretty).toBeNull();
    expect(text.sensitive).toBeNull();
  });
});

describe('a reading posted by a worker', () => {
  const arrives = (input: string) => fromPortable(structuredClone(toPortable(readInputNow(input), input)), input);

  it('arrives equal to the reading, without a copy of the token', () => {
    for (const input of [JWS, `Authorization: Bearer ${JWS}\nHost: api.example`, `"${JWS.slice(0, 40)}\n${JWS.slice(40)}"`]) {
      const reading = readInputNow(input);
      const portable = toPortable(reading, input);
      expect(portable.payloadAsText).toBe(true);
      expect(JSON.stringify(portable)).not.toContain(JWS.split('.')[1]);
      expect(arrives(input)).toEqual(reading);
    }
  });

  it('arrives equal to the reading for a percent-encoded token, which is sent as decoded', () => {
    const input = `https://app.example/cb?id_token=${JWS.replace(/\./g, '%2E')}`;
    const portable = toPortable(readInputNow(input), input);
    expect(portable.textFromInput).toBe(false);
    expect(arrives(input)).toEqual(readInputNow(input));
  });

  it('leaves the decoded result it was made from unchanged', () => {
    const reading = readInputNow(JWS);
    toPortable(reading, JWS);
    expect(reading.result).toMatchObject({ ok: true, value: { payload: { type: 'json' } } });
    if (!reading.result?.ok) throw new Error('expected a decoded token');
    expect(reading.result.value.segments[1]!.text).toBe(JWS.split('.')[1]);
  });

  it('goes whole where there is nothing to leave out', () => {
    for (const input of ['not a token at all', token({ alg: 'HS256' }, 'text'), token({ alg: 'HS256' }, '{"broken"'), 'eyJhbGciOiJIUzI1NiJ9.e30']) {
      expect(arrives(input)).toEqual(readInputNow(input));
    }
  });
});

describe('rememberReading', () => {
  it('makes the views find the token decoded, printed and searched already', () => {
    const payload = { ...PAYLOAD, sub: 'remembered' };
    const input = token({ alg: 'HS256' }, JSON.stringify(payload));
    const arrived = fromPortable(structuredClone(toPortable(readInputNow(input), input)), input);
    rememberReading({ ...arrived, pretty: 'printed by the worker', sensitive: [{ path: 'groups[3]', reason: 'card-number' }] });

    const decoded = decodeToken(arrived.found!.text);
    expect(decoded).toBe(arrived.result);
    if (!decoded.ok || decoded.value.type === 'JWE' || decoded.value.payload.type !== 'json') throw new Error('expected a JSON payload');
    expect(prettyJson(decoded.value.payload.value, '')).toBe('printed by the worker');
    const sensitive = findFindings(decoded.value, new Date('2024-01-01T00:00:00Z')).filter((f) => f.code === 'sensitive-claim');
    expect(sensitive.map((f) => f.claim)).toEqual(['groups[3]']);
  });
});
