import { describe, expect, it } from 'vitest';
import { prettyJson, readJsonObject } from './json-input';

describe('readJsonObject', () => {
  it('reads an object', () => {
    expect(readJsonObject('{ "alg": "HS256" }', 'header')).toEqual({ ok: true, value: { alg: 'HS256' } });
  });

  it('locates a syntax error by line and column', () => {
    const result = readJsonObject('{\n  "sub": "alice",\n  "admin": tru\n}', 'payload');
    expect(result).toMatchObject({ ok: false, error: { code: 'payload-invalid-json', line: 3, column: 12 } });
    if (!result.ok) expect(result.error.message).toContain('line 3, column 12');
  });

  it('locates a missing comma in the header', () => {
    expect(readJsonObject('{"alg": "HS256" "typ": "JWT"}', 'header')).toMatchObject({ ok: false, error: { code: 'header-invalid-json', line: 1, column: 17 } });
  });

  it('refuses JSON that is not an object (RFC 7515 §4, RFC 7519 §7.1)', () => {
    expect(readJsonObject('[1, 2]', 'payload')).toMatchObject({ ok: false, error: { code: 'payload-not-object' } });
    expect(readJsonObject('"text"', 'header')).toMatchObject({ ok: false, error: { code: 'header-not-object' } });
    expect(readJsonObject('null', 'header')).toMatchObject({ ok: false, error: { code: 'header-not-object' } });
  });

  it('says where an empty editor ends', () => {
    expect(readJsonObject('', 'payload')).toMatchObject({ ok: false, error: { code: 'payload-invalid-json', line: 1, column: 1 } });
  });
});

it('prettyJson indents by two spaces', () => {
  expect(prettyJson({ a: 1 })).toBe('{\n  "a": 1\n}');
});
