import { describe, expect, it } from 'vitest';
import { encodeBase64urlText } from '../core/base64url';
import vectors from './fixtures/published-jws-json.json';
import { MAX_JWS_SIGNATURES, parseJwsJson } from './json-serialization';
import type { DecodedJwsJson, JwsJsonResult } from './json-serialization-types';

const b64 = (value: unknown) => encodeBase64urlText(typeof value === 'string' ? value : JSON.stringify(value));
const PAYLOAD = b64({ sub: 'alice', exp: 1300819380 });
const HS256 = b64({ alg: 'HS256' });

function decoded(result: JwsJsonResult): DecodedJwsJson {
  if (!result.ok) throw new Error(`expected a decoded JWS, got ${result.error.code}`);
  return result.value;
}

const parse = (value: unknown) => parseJwsJson(JSON.stringify(value));
const codes = (value: DecodedJwsJson) => value.errors.map((e) => e.code);
const signatureCodes = (value: DecodedJwsJson, index: number) => value.signatures[index]!.errors.map((e) => e.code);

describe('published JWS JSON vectors', () => {
  it.each(vectors)('$id: decodes with its form, algorithms and payload', (vector) => {
    const value = decoded(parseJwsJson(JSON.stringify(vector.jws, null, 2)));
    expect(value.form).toBe(vector.expect.form);
    expect(value.signatures.map((s) => s.alg)).toEqual(vector.expect.algs);
    expect(value.errors).toEqual([]);
    for (const signature of value.signatures) expect(signature.errors).toEqual([]);
    const text = vector.expect.payloadText ?? 'It’s a dangerous business, Frodo, going out your door.';
    expect(value.payload.type).toBe('text');
    if (value.payload.type === 'text') expect(value.payload.text.startsWith(text)).toBe(true);
  });

  it('RFC 7520 §4.8: each signature keeps its own protected and unprotected header', () => {
    const value = decoded(parse(vectors.find((v) => v.id === 'rfc7520-4.8-general-public-jwks')!.jws));
    const [rsa, ec, hmac] = value.signatures;
    expect(rsa).toMatchObject({ protectedHeader: { alg: 'RS256' }, header: { kid: 'bilbo.baggins@hobbiton.example' }, kid: 'bilbo.baggins@hobbiton.example', signatureBytes: 256 });
    expect(ec).toMatchObject({ protectedHeader: null, header: { alg: 'ES512' }, signatureBytes: 132 });
    expect(ec!.protected).toBeUndefined();
    expect(hmac).toMatchObject({ protectedHeader: { alg: 'HS256', kid: '018c0ae5-4d9b-471b-bfd6-eef314bc7037' }, header: null, signatureBytes: 32 });
    expect(value.signatures.map((s) => s.path)).toEqual(['signatures[0]', 'signatures[1]', 'signatures[2]']);
  });

  it('RFC 7797 §4.2: "b64": false named in "crit" leaves the payload as it stands', () => {
    const value = decoded(parse(vectors.find((v) => v.id === 'rfc7797-4.2-flattened')!.jws));
    expect(value.unencoded).toBe(true);
    expect(value.payload).toEqual({ type: 'text', text: '$.02' });
  });
});

describe('parseJwsJson: the object', () => {
  it('reads a JSON payload as claims', () => {
    const value = decoded(parse({ payload: PAYLOAD, protected: HS256, signature: 'c2ln' }));
    expect(value).toMatchObject({ form: 'flattened', signatureCount: 1, payload: { type: 'json', value: { sub: 'alice', exp: 1300819380 } } });
    expect(value.signatures[0]).toMatchObject({ path: '', alg: 'HS256', joseHeader: { alg: 'HS256' } });
  });

  it('says where the JSON breaks, by line and column', () => {
    const result = parseJwsJson('{\n  "payload": "e30",\n  "signatures": [\n    {"protected": "eyJ9" "signature": "c2ln"}\n  ]\n}');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-json', line: 4, column: 26 } });
    if (!result.ok) expect(result.error.message).toMatch(/line 4, column 26/);
  });

  it('refuses JSON that is not an object, or an object with no signature at all', () => {
    expect(parseJwsJson('["payload", "signature"]')).toMatchObject({ ok: false, error: { code: 'not-an-object' } });
    expect(parse({ payload: PAYLOAD })).toMatchObject({ ok: false, error: { code: 'no-signature' } });
  });

  it('refuses "signatures" that is not an array, or is empty', () => {
    expect(parse({ payload: PAYLOAD, signatures: { protected: HS256, signature: 'c2ln' } })).toMatchObject({ ok: false, error: { code: 'signatures-not-array', member: 'signatures' } });
    expect(parse({ payload: PAYLOAD, signatures: [] })).toMatchObject({ ok: false, error: { code: 'signatures-empty' } });
  });

  it('reads a missing payload as detached content, and a payload of the wrong type as unreadable', () => {
    const detached = decoded(parse({ protected: HS256, signature: 'c2ln' }));
    expect(detached).toMatchObject({ payloadMember: null, payload: { type: 'empty' } });
    expect(codes(detached)).toEqual(['payload-missing']);
    const wrong = decoded(parse({ payload: { sub: 'alice' }, protected: HS256, signature: 'c2ln' }));
    expect(wrong.payload.type).toBe('unreadable');
    expect(wrong.errors).toEqual([expect.objectContaining({ code: 'payload-not-string', member: 'payload' })]);
  });

  it('reads an empty payload string as an empty payload, not as detached content', () => {
    const value = decoded(parse({ payload: '', protected: HS256, signature: 'c2ln' }));
    expect(value).toMatchObject({ payloadMember: '', payload: { type: 'empty' }, errors: [] });
  });

  it('names the payload when its base64url or its JSON is broken', () => {
    const bad = decoded(parse({ payload: 'e30!', protected: HS256, signature: 'c2ln' }));
    expect(bad.errors).toEqual([expect.objectContaining({ code: 'invalid-base64url', member: 'payload' })]);
    const json = decoded(parse({ payload: b64('{"sub": }'), protected: HS256, signature: 'c2ln' }));
    expect(json.errors).toEqual([expect.objectContaining({ code: 'invalid-json', member: 'payload', line: 1, column: 9 })]);
  });

  it('reads "signatures" beside flattened members as the general form, and says so', () => {
    const value = decoded(parse({ payload: PAYLOAD, signature: 'c2ln', signatures: [{ protected: HS256, signature: 'c2ln' }] }));
    expect(value.form).toBe('general');
    expect(codes(value)).toEqual(['mixed-serializations']);
  });

  it(`reads at most ${MAX_JWS_SIGNATURES} signatures of a huge array, counts the rest and says so`, () => {
    const signatures = Array.from({ length: 100_000 }, () => ({ protected: HS256, signature: 'c2ln' }));
    const value = decoded(parse({ payload: PAYLOAD, signatures }));
    expect(value.signatures).toHaveLength(MAX_JWS_SIGNATURES);
    expect(value.signatureCount).toBe(100_000);
    expect(value.errors).toEqual([expect.objectContaining({ code: 'too-many-signatures', member: 'signatures' })]);
    expect(value.errors[0]!.message).toContain('100,000');
  });

  it('refuses to read signatures that disagree on how the payload is encoded (RFC 7797)', () => {
    const raw = b64({ alg: 'HS256', b64: false, crit: ['b64'] });
    const value = decoded(parse({ payload: 'plain text', signatures: [{ protected: raw, signature: 'c2ln' }, { protected: HS256, signature: 'c2ln' }] }));
    expect(value.unencoded).toBe(true);
    expect(value.payload).toEqual({ type: 'text', text: 'plain text' });
    expect(value.errors).toEqual([expect.objectContaining({ code: 'b64-inconsistent', member: 'signatures[1]' })]);
  });

  it('reads the payload as base64url when "b64": false is not named in "crit", as jose does, and says why', () => {
    const value = decoded(parse({ payload: '$.02', protected: b64({ alg: 'HS256', b64: false }), signature: 'c2ln' }));
    expect(value.unencoded).toBe(false);
    expect(codes(value)).toEqual(['invalid-base64url']);
    expect(signatureCodes(value, 0)).toEqual(['b64-not-critical']);
  });
});

describe('parseJwsJson: each signature', () => {
  const general = (...signatures: unknown[]) => decoded(parse({ payload: PAYLOAD, signatures }));

  it('says which member is missing or of the wrong type, entry by entry', () => {
    const value = general(
      'not an object',
      { protected: 42, signature: 'c2ln' },
      { protected: HS256, header: ['kid'], signature: 'c2ln' },
      { signature: 'c2ln' },
      { protected: HS256 },
      { protected: HS256, signature: 7 },
    );
    expect(value.signatures.map((s) => s.errors.map((e) => [e.code, e.member]))).toEqual([
      [['entry-not-object', 'signatures[0]']],
      [['protected-not-string', 'signatures[1].protected']],
      [['header-not-object', 'signatures[2].header']],
      [['header-missing', undefined]],
      [['signature-missing', 'signatures[4].signature']],
      [['signature-not-string', 'signatures[5].signature']],
    ]);
    expect(value.signatures[2]!.protectedHeader).toEqual({ alg: 'HS256' });
  });

  it('names the broken protected header: base64url, UTF-8, JSON, object, empty', () => {
    const value = general(
      { protected: 'eyJ!', signature: 'c2ln' },
      { protected: 'gA', signature: 'c2ln' },
      { protected: b64('{"alg":'), signature: 'c2ln' },
      { protected: b64('["HS256"]'), signature: 'c2ln' },
      { protected: '', header: { alg: 'HS256' }, signature: 'c2ln' },
    );
    expect(value.signatures.map((s) => s.errors.map((e) => e.code))).toEqual([['invalid-base64url'], ['invalid-utf8'], ['invalid-json'], ['not-an-object'], ['protected-empty']]);
    expect(value.signatures[2]!.errors[0]).toMatchObject({ member: 'signatures[2].protected', line: 1, column: 8 });
    expect(value.signatures[2]!.protectedText).toBe('{"alg":');
  });

  it('RFC 7515 §7.2.1: a name in both headers is an error that names it', () => {
    const value = general({ protected: b64({ alg: 'HS256', kid: 'a' }), header: { kid: 'b', x: 1 }, signature: 'c2ln' });
    const [error] = value.signatures[0]!.errors;
    expect(error).toMatchObject({ code: 'headers-not-disjoint', member: 'signatures[0].header' });
    expect(error!.message).toContain('"kid"');
    expect(error!.message).not.toContain('"x"');
  });

  it('joins both headers into the JOSE Header, alg and kid from either', () => {
    const value = general({ protected: HS256, header: { kid: 'k1' }, signature: 'c2ln' }, { header: { alg: 'ES256', kid: 'k2' }, signature: 'c2ln' });
    expect(value.signatures.map((s) => [s.alg, s.kid, s.joseHeader])).toEqual([
      ['HS256', 'k1', { alg: 'HS256', kid: 'k1' }],
      ['ES256', 'k2', { alg: 'ES256', kid: 'k2' }],
    ]);
  });

  it('flags a missing alg, and crit or b64 outside the protected header', () => {
    const value = general(
      { protected: b64({ kid: 'a' }), signature: 'c2ln' },
      { protected: HS256, header: { crit: ['exp'] }, signature: 'c2ln' },
      { protected: HS256, header: { b64: false }, signature: 'c2ln' },
    );
    expect([0, 1, 2].map((i) => signatureCodes(value, i))).toEqual([['alg-missing'], ['crit-not-protected'], ['b64-not-protected']]);
    expect(value.unencoded).toBe(false);
  });

  it('does not claim alg is missing when the protected header could not be read', () => {
    const value = general({ protected: 'eyJ!', signature: 'c2ln' });
    expect(signatureCodes(value, 0)).toEqual(['invalid-base64url']);
  });

  it('names a broken signature value', () => {
    const value = general({ protected: HS256, signature: 'c2ln*' });
    expect(value.signatures[0]).toMatchObject({ signature: 'c2ln*', signatureBytes: null });
    expect(value.signatures[0]!.errors).toEqual([expect.objectContaining({ code: 'invalid-base64url', member: 'signatures[0].signature' })]);
  });

  it('is not fooled by a "__proto__" member', () => {
    const value = decoded(parseJwsJson(`{"payload":"${PAYLOAD}","protected":"${HS256}","header":{"__proto__":{"alg":"none"}},"signature":"c2ln"}`));
    expect(value.signatures[0]!.alg).toBe('HS256');
    expect(Object.getPrototypeOf(value.signatures[0]!.joseHeader)).toBe(Object.prototype);
  });
});
