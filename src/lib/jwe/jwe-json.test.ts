import { describe, expect, it } from 'vitest';
import vectors from './fixtures/published-jwe.json';
import { looksLikeJweJson } from './json-detect';
import { readJweJson } from './jwe-json-summary';

/** The JSON serialization read for display (RFC 7516 §7.2), and its faults named by member. */

const vector = (id: string) => vectors.find((v) => v.id === id)!.jwe;

function error(text: string) {
  const read = readJweJson(text);
  if (read.ok) throw new Error('expected a failure');
  return read.error;
}

describe('readJweJson', () => {
  it('reads the general syntax: headers, recipients and sizes (RFC 7520 §5.13)', () => {
    const read = readJweJson(vector('rfc7520-5.13-json'));
    if (!read.ok) throw new Error(read.error.message);
    const summary = read.value;
    expect(summary.form).toBe('general');
    expect(summary.protectedHeader).toEqual({ enc: 'A128CBC-HS256' });
    expect(summary.protectedText).toBe('{"enc":"A128CBC-HS256"}');
    expect(summary.unprotected).toEqual({ cty: 'text/plain' });
    expect(summary.recipients.map((r) => [r.header?.alg, r.encryptedKeyBytes])).toEqual([
      ['RSA1_5', 256],
      ['ECDH-ES+A256KW', 40],
      ['A256GCMKW', 32],
    ]);
    expect([summary.ivBytes, summary.tagBytes]).toEqual([16, 16]);
    expect(summary.ciphertextBytes).toBeGreaterThan(0);
  });

  it('reads the flattened syntax and its AAD as text (RFC 7520 §5.10)', () => {
    const read = readJweJson(vector('rfc7520-5.10-json-flat'));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.form).toBe('flattened');
    expect(read.value.recipients).toHaveLength(1);
    expect(read.value.aad!.text).toMatch(/^\["vcard",/);
    expect(read.value.aad!.bytes).toBe(new TextEncoder().encode(read.value.aad!.text).length);
    expect(read.value.ivBytes).toBe(12);
  });

  it('names the JSON’s line and column', () => {
    expect(error('{\n  "ciphertext": "abc",\n}')).toMatchObject({ code: 'json-invalid', line: 3, column: 1 });
  });

  it('names the member at fault', () => {
    const general = JSON.parse(vector('rfc7520-5.13-json')) as { recipients: { encrypted_key: string }[] };
    general.recipients[1]!.encrypted_key = 'not+base64url';
    expect(error(JSON.stringify(general))).toMatchObject({ code: 'member-invalid', member: 'recipients[1].encrypted_key' });
    expect(error('{"ciphertext": "AAAA", "recipients": []}')).toMatchObject({ code: 'member-invalid', member: 'recipients' });
    expect(error('{"ciphertext": "AAAA", "recipients": [{}], "encrypted_key": "AAAA"}')).toMatchObject({ code: 'member-invalid', member: 'encrypted_key' });
    expect(error('{"ciphertext": "AAAA", "iv": ""}')).toMatchObject({ code: 'member-invalid', member: 'iv' });
    expect(error('{"ciphertext": "AAAA", "unprotected": []}')).toMatchObject({ code: 'member-invalid', member: 'unprotected' });
    expect(error('{"ciphertext": "AAAA", "protected": "bm90IGpzb24"}')).toMatchObject({ code: 'header-invalid', member: 'protected' });
    expect(error('{"ciphertext": "AAAA", "protected": "eyJhbGciOiJkaXIifQ", "header": {"alg": "dir"}}')).toMatchObject({ code: 'header-invalid', member: 'header' });
    expect(error('{"payload": "AAAA", "signature": "AAAA"}')).toMatchObject({ code: 'not-a-jwe', member: 'ciphertext' });
    expect(error('[1]')).toMatchObject({ code: 'not-a-jwe' });
  });
});

describe('looksLikeJweJson', () => {
  it('answers yes for a JSON object with "ciphertext", no for a JWS, a compact JWE or text', () => {
    expect(looksLikeJweJson(vector('rfc7520-5.13-json'))).toBe(true);
    expect(looksLikeJweJson(`  \n${vector('rfc7516-a5')}`)).toBe(true);
    expect(looksLikeJweJson('{"payload": "e30", "signatures": []}')).toBe(false);
    expect(looksLikeJweJson(vector('rfc7516-a1'))).toBe(false);
    expect(looksLikeJweJson('the "ciphertext" member { }')).toBe(false);
  });
});
