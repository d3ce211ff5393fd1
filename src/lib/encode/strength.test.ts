import { describe, expect, it } from 'vitest';
import { secretStrength } from './strength';

const text = (value: string) => new TextEncoder().encode(value);

describe('secretStrength', () => {
  it('a well-known secret is weak, with the verifier\'s finding', () => {
    const strength = secretStrength(text('secret'), 'utf8', 'HS256');
    expect(strength.level).toBe('weak');
    expect(strength.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['short', 'well-known']));
  });

  it('32 random bytes are strong for HS256 and fair for HS512', () => {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    expect(secretStrength(bytes, 'base64', 'HS256')).toMatchObject({ bits: 256, minimumBits: 256, level: 'strong', reasons: [] });
    expect(secretStrength(bytes, 'hex', 'HS512')).toMatchObject({ bits: 256, minimumBits: 512, level: 'weak' });
  });

  it('typed text counts fewer bits than its bytes', () => {
    const strength = secretStrength(text('a'.repeat(40)), 'utf8', 'HS256');
    expect(strength.bytes).toBe(40);
    expect(strength.bits).toBeLessThan(40 * 8);
    expect(strength.bits).toBe(Math.floor(40 * Math.log2(26)));
  });

  it('long mixed text reaches the hash size', () => {
    const strength = secretStrength(text('Xk9#mP2$vL8@qR5!wT3&zN7*bH4^cJ6%aS1'.repeat(2)), 'utf8', 'HS256');
    expect(strength.level).toBe('strong');
    expect(strength.reasons).toEqual([]);
  });
});
