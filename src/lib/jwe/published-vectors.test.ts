import { describe, expect, it } from 'vitest';
import vectors from './fixtures/published-jwe.json';
import { decryptJwe } from './decrypt';
import type { SecretEncoding } from './types';

/**
 * Every published JWE vector of RFC 7516 Appendix A and RFC 7520 §5–§6, looped from data:
 * each opens to its published plaintext, or is refused with the code the data names
 * (RSA1_5, which neither jose nor Web Crypto decrypts).
 */
describe('published JWE vectors', () => {
  it.each(vectors)('$id', async (vector) => {
    const result = await decryptJwe({ jwe: vector.jwe, keyText: vector.key, encoding: vector.encoding as SecretEncoding });
    expect({ status: result.status, code: result.code }).toEqual({ status: vector.expect.status, code: vector.expect.code });
    if (vector.expect.status !== 'decrypted') {
      expect(result.decrypted).toBeUndefined();
      return;
    }
    expect(result.decrypted!.text).toBe(vector.plaintext);
    expect(result.decrypted!.recipientIndex).toBe((vector.expect as { recipientIndex?: number }).recipientIndex);
  });

  it('covers every example of RFC 7520 §5 and RFC 7516 Appendix A', () => {
    const sections = new Set(vectors.map((v) => v.id.replace(/-(compact|json|json-flat|recipient-\d|both-keys|secret-base64url|nested-compact)$/, '')));
    for (let n = 1; n <= 13; n++) expect(sections).toContain(`rfc7520-5.${n}`);
    for (const a of ['a1', 'a2', 'a3', 'a4', 'a5']) expect(sections).toContain(`rfc7516-${a}`);
    for (const v of vectors) expect(v.source).toMatch(/^RFC 75(16|20) /);
  });
});
