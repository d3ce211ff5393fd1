import { describe, expect, it } from 'vitest';
import { decodeToken } from '../../lib/jwt/decode';
import { EXAMPLE_TOKENS } from './example-tokens';
import { EXAMPLES } from './examples';

describe('the examples', () => {
  it('have a token each, and only those listed', () => {
    expect(Object.keys(EXAMPLE_TOKENS).sort()).toEqual(EXAMPLES.map((example) => example.id).sort());
  });

  it('decode without errors', () => {
    for (const example of EXAMPLES) {
      const result = decodeToken(EXAMPLE_TOKENS[example.id]!);
      expect(result.ok && result.value.errors, example.id).toEqual([]);
    }
  });
});
