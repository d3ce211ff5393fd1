import { FlattenedSign, GeneralSign, exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { encodeBase64urlText } from '../core/base64url';
import vectors from '../jwt/fixtures/published-jws-json.json';
import { parseJwsJson } from '../jwt/json-serialization';
import type { DecodedJwsJson } from '../jwt/json-serialization-types';
import { parseKey } from './parse-key';
import { verifyJwsJson } from './verify-json';

function decoded(value: unknown): DecodedJwsJson {
  const result = parseJwsJson(JSON.stringify(value));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const SECRET = 'a shared secret of thirty-two bytes!';
const PAYLOAD = new TextEncoder().encode(JSON.stringify({ sub: 'alice' }));
const secretKey = new TextEncoder().encode(SECRET);

async function twoSignatures(kid = 'ec-1') {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jws = await new GeneralSign(PAYLOAD)
    .addSignature(secretKey)
    .setProtectedHeader({ alg: 'HS256' })
    .setUnprotectedHeader({ kid: 'hmac-1' })
    .addSignature(privateKey)
    .setProtectedHeader({ alg: 'ES256', kid })
    .sign();
  return { jws, publicJwk: { ...(await exportJWK(publicKey)), kid } };
}

const statuses = (result: { signatures: { status: string }[] }) => result.signatures.map((s) => s.status);

describe('published JWS JSON vectors', () => {
  it.each(vectors)('$id: every signature as published, and the JWS as a whole', async (vector) => {
    const result = await verifyJwsJson(decoded(vector.jws), parseKey(vector.key, 'utf8'));
    expect(statuses(result)).toEqual(vector.expect.signatures);
    expect(result.status).toBe(vector.expect.status);
    expect(result.code).toBe('verified');
    for (const signature of result.signatures.filter((s) => s.status === 'verified')) expect(signature.key?.thumbprint).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('RFC 7520 §4.8 with the JWK Set: the RSA and EC keys that share a kid are told apart by type', async () => {
    const vector = vectors.find((v) => v.id === 'rfc7520-4.8-general-public-jwks')!;
    const result = await verifyJwsJson(decoded(vector.jws), parseKey(vector.key, 'utf8'));
    expect(result.signatures.map((s) => s.key?.index)).toEqual([0, 1, undefined]);
    expect(result.signatures[0]!.skipped).toEqual([expect.objectContaining({ index: 1, reason: 'wrong-type' })]);
  });

  it('RFC 7520 §4.8 with all three keys in one set: refused as ambiguous, since it mixes a secret with public keys', async () => {
    const vector = vectors.find((v) => v.id === 'rfc7520-4.8-general-public-jwks')!;
    const keys = JSON.parse(vector.key).keys;
    const withSecret = JSON.stringify({ keys: [...keys, { kty: 'oct', kid: '018c0ae5-4d9b-471b-bfd6-eef314bc7037', use: 'sig', alg: 'HS256', k: 'hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg' }] });
    const result = await verifyJwsJson(decoded(vector.jws), parseKey(withSecret, 'utf8'));
    expect(result.signatures.map((s) => s.code)).toEqual(['mixed-key-set', 'mixed-key-set', 'mixed-key-set']);
    expect(result.status).not.toBe('verified');
  });

  it('RFC 7520 §4.8 with the RSA key alone: the EC and HMAC signatures are not checked, each with its reason', async () => {
    const vector = vectors.find((v) => v.id === 'rfc7520-4.8-general-rsa-jwk')!;
    const result = await verifyJwsJson(decoded(vector.jws), parseKey(vector.key, 'utf8'));
    expect(result.signatures.map((s) => [s.status, s.code, s.checked])).toEqual([
      ['verified', 'verified', true],
      ['idle', 'alg-not-allowed-for-key', false],
      ['idle', 'no-matching-key', false],
    ]);
    expect(result.message).toMatch(/Not checked: signatures 1 and 2/);
  });

  it('RFC 7520 §4.8 with a changed payload: every signature the key checks fails', async () => {
    const vector = vectors.find((v) => v.id === 'rfc7520-4.8-general-public-jwks')!;
    const changed = { ...vector.jws, payload: encodeBase64urlText('It’s a safe business, Frodo.') };
    const result = await verifyJwsJson(decoded(changed), parseKey(vector.key, 'utf8'));
    expect(statuses(result)).toEqual(['invalid', 'invalid', 'idle']);
    expect(result).toMatchObject({ status: 'invalid', code: 'signature-mismatch' });
  });
});

describe('verifyJwsJson: keys and signatures', () => {
  it('is idle with no key, naming how many signatures wait', async () => {
    const { jws } = await twoSignatures();
    const result = await verifyJwsJson(decoded(jws), parseKey('', 'utf8'));
    expect(result).toMatchObject({ status: 'idle', code: 'no-key' });
    expect(statuses(result)).toEqual(['idle', 'idle']);
  });

  it('a secret checks the HMAC signature and leaves the ES256 one unchecked: verified', async () => {
    const { jws } = await twoSignatures();
    const result = await verifyJwsJson(decoded(jws), parseKey(SECRET, 'utf8'));
    expect(result.signatures.map((s) => [s.status, s.code])).toEqual([
      ['verified', 'verified'],
      ['idle', 'alg-not-allowed-for-key'],
    ]);
    expect(result).toMatchObject({ status: 'verified', code: 'verified' });
  });

  it('the EC public key checks the ES256 signature; the HMAC one is not checked, and no public key is used as a secret', async () => {
    const { jws, publicJwk } = await twoSignatures();
    const withoutKid = Object.fromEntries(Object.entries(publicJwk).filter(([name]) => name !== 'kid'));
    const result = await verifyJwsJson(decoded(jws), parseKey(JSON.stringify(withoutKid), 'utf8'));
    expect(result.signatures.map((s) => [s.status, s.code])).toEqual([
      ['idle', 'key-as-secret'],
      ['verified', 'verified'],
    ]);
    expect(result.signatures[0]!.message).toMatch(/^Not checked: HS256 takes a shared secret/);
    expect(result.status).toBe('verified');
    // With its kid, the key is not even considered for the signature naming another kid.
    const byKid = await verifyJwsJson(decoded(jws), parseKey(JSON.stringify(publicJwk), 'utf8'));
    expect(byKid.signatures.map((s) => [s.status, s.code])).toEqual([
      ['idle', 'no-matching-key'],
      ['verified', 'verified'],
    ]);
  });

  it('a wrong secret fails the HMAC signature: invalid, pasted alone or in a set', async () => {
    const { jws } = await twoSignatures();
    const wrong = await verifyJwsJson(decoded(jws), parseKey('another secret of thirty-two bytes', 'utf8'));
    expect(wrong).toMatchObject({ status: 'invalid', code: 'signature-mismatch' });
    const set = JSON.stringify({ keys: [{ kty: 'oct', kid: 'hmac-1', k: encodeBase64urlText('another secret of thirty-two bytes') }] });
    const fromSet = await verifyJwsJson(decoded(jws), parseKey(set, 'utf8'));
    expect(statuses(fromSet)).toEqual(['invalid', 'idle']);
    expect(fromSet.status).toBe('invalid');
    expect(fromSet.message).toMatch(/^Signature 0 does not match/);
  });

  it('a JWK Set picks each signature’s key by its kid, from either header', async () => {
    const { jws } = await twoSignatures();
    const other = await generateKeyPair('ES256', { extractable: true });
    const set = JSON.stringify({ keys: [{ kty: 'oct', kid: 'hmac-0', k: encodeBase64urlText('a different secret of 32 bytes!!') }, { kty: 'oct', kid: 'hmac-1', k: encodeBase64urlText(SECRET) }] });
    const result = await verifyJwsJson(decoded(jws), parseKey(set, 'utf8'));
    expect(result.signatures.map((s) => [s.status, s.key?.kid])).toEqual([
      ['verified', 'hmac-1'],
      ['idle', undefined],
    ]);
    const publicSet = JSON.stringify({ keys: [{ ...(await exportJWK(other.publicKey)), kid: 'ec-0' }, (await twoSignatures()).publicJwk] });
    expect((await verifyJwsJson(decoded(jws), parseKey(publicSet, 'utf8'))).signatures[1]).toMatchObject({ status: 'invalid', key: { kid: 'ec-1' } });
  });

  it('a JWK Set that mixes the secret and the public key is refused for every signature, as for a compact token', async () => {
    const { jws, publicJwk } = await twoSignatures();
    const set = JSON.stringify({ keys: [publicJwk, { kty: 'oct', kid: 'hmac-1', k: encodeBase64urlText(SECRET) }] });
    const result = await verifyJwsJson(decoded(jws), parseKey(set, 'utf8'));
    expect(result.signatures.map((s) => s.code)).toEqual(['mixed-key-set', 'mixed-key-set']);
    expect(result.status).toBe('error');
  });

  it('a JWK Set without the kid a signature names leaves it unchecked, with the set’s kids', async () => {
    const { jws, publicJwk } = await twoSignatures();
    const result = await verifyJwsJson(decoded(jws), parseKey(JSON.stringify({ keys: [publicJwk] }), 'utf8'));
    expect(result.signatures[0]).toMatchObject({ status: 'idle', checked: false, code: 'key-as-secret' });
    expect(result.status).toBe('verified');
    const other = await twoSignatures('ec-2');
    const none = await verifyJwsJson(decoded(other.jws), parseKey(JSON.stringify({ keys: [publicJwk] }), 'utf8'));
    expect(none.signatures[1]).toMatchObject({ status: 'idle', code: 'no-matching-key' });
    expect(none.signatures[1]!.message).toContain('"ec-1"');
    expect(none).toMatchObject({ status: 'error', code: 'no-signature-checked' });
  });

  it('a JWK whose kid is another than the signature’s is not tried on it', async () => {
    const { jws, publicJwk } = await twoSignatures('ec-2');
    const result = await verifyJwsJson(decoded(jws), parseKey(JSON.stringify({ ...publicJwk, kid: 'ec-1' }), 'utf8'));
    expect(result.signatures[1]).toMatchObject({ status: 'idle', code: 'no-matching-key', checked: false });
    expect(result.signatures[1]!.message).toBe('Not checked: the signature names kid "ec-2", and the pasted JWK is kid "ec-1".');
    // Neither signature names the key's kid: that one reason is the verdict.
    expect(result).toMatchObject({ status: 'error', code: 'no-matching-key' });
  });

  it('one signature the key does not fit: the verdict is its reason, as for a compact token', async () => {
    const jws = await new FlattenedSign(PAYLOAD).setProtectedHeader({ alg: 'HS256' }).sign(secretKey);
    const { publicJwk } = await twoSignatures();
    const result = await verifyJwsJson(decoded(jws), parseKey(JSON.stringify(publicJwk), 'utf8'));
    expect(result).toMatchObject({ status: 'error', code: 'key-as-secret' });
  });

  it('a key that cannot be read is the verdict, for every signature', async () => {
    const { jws } = await twoSignatures();
    const result = await verifyJwsJson(decoded(jws), parseKey('{"kty":"EC","crv":"P-256","x":"AA"}', 'utf8'));
    expect(result.status).toBe('error');
    expect(result.code).toMatch(/^jwk-/);
    expect(statuses(result)).toEqual(['error', 'error']);
  });

  it('a private key pasted is reported', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jws = await new FlattenedSign(PAYLOAD).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);
    const result = await verifyJwsJson(decoded(jws), parseKey(JSON.stringify(await exportJWK(privateKey)), 'utf8'));
    expect(result).toMatchObject({ status: 'verified', privateKeyPasted: true });
  });
});

describe('verifyJwsJson: refusals and hostile input', () => {
  const b64 = (value: object) => encodeBase64urlText(JSON.stringify(value));

  it('refuses alg none, an unsupported alg and an unknown crit, as the compact verifier does', async () => {
    const { jws } = await twoSignatures();
    const hostile = {
      ...jws,
      signatures: [
        ...jws.signatures,
        { protected: b64({ alg: 'none' }), signature: '' },
        { protected: b64({ alg: 'HS1' }), signature: 'c2ln' },
        { protected: b64({ alg: 'HS256', crit: ['exp'], exp: 1 }), signature: 'c2ln' },
      ],
    };
    const result = await verifyJwsJson(decoded(hostile), parseKey(SECRET, 'utf8'));
    expect(result.signatures.map((s) => [s.status, s.code, s.checked])).toEqual([
      ['verified', 'verified', true],
      ['idle', 'alg-not-allowed-for-key', false],
      ['error', 'alg-none', false],
      ['error', 'unsupported-alg', false],
      ['error', 'crit-unsupported', false],
    ]);
    // Refused signatures are not checked; the one the key checks verifies.
    expect(result.status).toBe('verified');
    expect(result.message).toContain('Not checked: signatures 1, 2, 3 and 4');
  });

  it('a signature the parser found broken is refused with the parser’s words', async () => {
    const { jws } = await twoSignatures();
    const broken = { ...jws, signatures: [jws.signatures[0], { protected: b64({ alg: 'HS256', kid: 'a' }), header: { kid: 'b' }, signature: 'c2ln' }] };
    const result = await verifyJwsJson(decoded(broken), parseKey(SECRET, 'utf8'));
    expect(result.signatures[1]).toMatchObject({ status: 'error', code: 'token-malformed', checked: false });
    expect(result.signatures[1]!.message).toContain('disjoint');
  });

  it('refuses detached content: no "payload", nothing to check', async () => {
    const signed = await new FlattenedSign(PAYLOAD).setProtectedHeader({ alg: 'HS256' }).sign(secretKey);
    const jws = { protected: signed.protected, signature: signed.signature };
    const result = await verifyJwsJson(decoded(jws), parseKey(SECRET, 'utf8'));
    expect(result).toMatchObject({ status: 'error', code: 'detached-payload' });
  });

  it('an empty payload is signed content like any other', async () => {
    const jws = await new FlattenedSign(new Uint8Array()).setProtectedHeader({ alg: 'HS256' }).sign(secretKey);
    expect(jws.payload).toBe('');
    const result = await verifyJwsJson(decoded(jws), parseKey(SECRET, 'utf8'));
    expect(result.status).toBe('verified');
  });

  it('an unencoded payload (RFC 7797) verifies, and its text changed does not', async () => {
    const signed = await new FlattenedSign(new TextEncoder().encode('$.02 is the price')).setProtectedHeader({ alg: 'HS256', b64: false, crit: ['b64'] }).sign(secretKey);
    // jose leaves an unencoded payload out of what it returns: it travels as it is.
    const jws = { ...signed, payload: '$.02 is the price' };
    expect((await verifyJwsJson(decoded(jws), parseKey(SECRET, 'utf8'))).status).toBe('verified');
    expect((await verifyJwsJson(decoded({ ...jws, payload: '$.03 is the price' }), parseKey(SECRET, 'utf8'))).status).toBe('invalid');
  });

  it('"b64": false not named in "crit": jose reads the payload as base64url and rejects it', async () => {
    const protectedHeader = b64({ alg: 'HS256', b64: false });
    const { createHmac } = await import('node:crypto');
    const signature = createHmac('sha256', SECRET).update(`${protectedHeader}.$.02`).digest('base64url');
    const result = await verifyJwsJson(decoded({ protected: protectedHeader, payload: '$.02', signature }), parseKey(SECRET, 'utf8'));
    expect(result).toMatchObject({ status: 'error', code: 'token-malformed' });
  });

  it('signatures that disagree on "b64" are not verified as a whole, as jose refuses them', async () => {
    // The one payload member "e30" signed twice: as it stands, and as the base64url of "{}".
    const raw = await new FlattenedSign(new TextEncoder().encode('e30')).setProtectedHeader({ alg: 'HS256', b64: false, crit: ['b64'] }).sign(secretKey);
    const encoded = await new FlattenedSign(new TextEncoder().encode('{}')).setProtectedHeader({ alg: 'HS256' }).sign(secretKey);
    expect(encoded.payload).toBe('e30');
    const mixed = { payload: 'e30', signatures: [raw, encoded].map(({ protected: encodedHeader, signature }) => ({ protected: encodedHeader, signature })) };
    const result = await verifyJwsJson(decoded(mixed), parseKey(SECRET, 'utf8'));
    expect(statuses(result)).toEqual(['verified', 'verified']);
    expect(result).toMatchObject({ status: 'error', code: 'b64-inconsistent' });
  });

  it('past the signature limit the JWS is not verified as a whole, though those read verify', async () => {
    const { jws } = await twoSignatures();
    const many = { ...jws, signatures: Array.from({ length: 40 }, () => jws.signatures[0]!) };
    const result = await verifyJwsJson(decoded(many), parseKey(SECRET, 'utf8'));
    expect(result.signatures).toHaveLength(32);
    expect(result.signatures.every((s) => s.status === 'verified')).toBe(true);
    expect(result).toMatchObject({ status: 'error', code: 'too-many-signatures' });
  });
});
