import { describe, expect, it } from 'vitest';
import { safeStringify } from './safe-stringify';

describe('safeStringify', () => {
  it('pretty-prints ordinary values', () => {
    expect(safeStringify({ a: [1] }, 2, '')).toBe('{\n  "a": [\n    1\n  ]\n}');
  });

  it('falls back instead of overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    expect(safeStringify(deep, 2, 'as written')).toBe('as written');
  });
});
