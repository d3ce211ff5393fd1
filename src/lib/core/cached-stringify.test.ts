import { describe, expect, it } from 'vitest';
import { compactJson, prettyJson, rememberPrettyJson } from './cached-stringify';

function deeplyNested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('prettyJson and compactJson', () => {
  it('write objects and arrays as JSON.stringify does', () => {
    const value = { a: [1, 'two', null], b: { c: true } };
    expect(prettyJson(value, 'x')).toBe(JSON.stringify(value, null, 2));
    expect(compactJson(value, 'x')).toBe(JSON.stringify(value));
  });

  it('write the same text again for the same object without stringifying it twice', () => {
    const value = { a: 1 };
    const first = prettyJson(value, 'x');
    value.a = 2; // decoded values are never mutated; this shows the text is remembered
    expect(prettyJson(value, 'x')).toBe(first);
    expect(prettyJson({ a: 2 }, 'x')).toBe('{\n  "a": 2\n}');
  });

  it('write primitives and fall back for what cannot be written', () => {
    expect(prettyJson('text', 'x')).toBe('"text"');
    expect(compactJson(42, 'x')).toBe('42');
    expect(compactJson(undefined, 'fallback')).toBe('fallback');
    expect(prettyJson(deeplyNested(200_000), 'too deep')).toBe('too deep');
  });

  it('hand back text remembered for an object', () => {
    const value = { a: 1 };
    rememberPrettyJson(value, '{\n  "a": 1\n}');
    expect(prettyJson(value, 'x')).toBe('{\n  "a": 1\n}');
  });
});
