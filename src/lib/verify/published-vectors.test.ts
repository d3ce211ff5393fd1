import { describe, expect, it } from 'vitest';
import vectors from '../jwt/fixtures/published-jws.json';
import { checkClaims } from './claims-check';
import { parseKey } from './parse-key';
import type { SecretEncoding } from './types';
import { verifyToken } from './verify';

/**
 * Every published vector, looped from data. A vector's `alsoAcceptable` entries describe
 * other verifiers; the ones listed here describe this one, which verifies the signature
 * only (claims apart) and uses the public part of a pasted private key.
 */
const CONDITIONS_OF_THIS_VERIFIER = new Set(['public-part-of-private-jwk', 'no-key-supplied']);

// Refusals that are not a signature verdict, by vector.
const EXPECTED_CODES: Readonly<Record<string, string>> = {
  'rfc7515-a5-unsecured-none': 'alg-none',
  'rfc7520-4.5-detached-content': 'detached-payload',
  'rfc7520-6-nested-jwe-containing-jws': 'jwe-not-verifiable',
};

function encodingOf(keyKind: string | null): SecretEncoding {
  return keyKind === 'secret-base64url' ? 'base64url' : 'utf8';
}

function expectedOutcome(vector: (typeof vectors)[number]): boolean {
  const applies = (vector.alsoAcceptable ?? []).find((a) => CONDITIONS_OF_THIS_VERIFIER.has(a.when));
  return (applies ?? vector.expect).verified === true;
}

describe('published JWS vectors', () => {
  it.each(vectors)('$id: verified is as published', async (vector) => {
    const key = parseKey(vector.key ?? '', encodingOf(vector.keyKind));
    const result = await verifyToken({ token: vector.token, key });
    const acceptable = [vector.expect.verified, ...(vector.alsoAcceptable ?? []).map((a) => a.verified)].map((v) => v === true);
    const verified = result.status === 'verified';
    expect(acceptable).toContain(verified);
    expect(verified).toBe(expectedOutcome(vector));
    const code = EXPECTED_CODES[vector.id];
    if (code) expect(result.code).toBe(code);
    if (verified) {
      expect(result.code).toBe('verified');
      expect(result.key?.thumbprint).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
  });

  it('the private ES256 JWK verifies with its public part and says a private key was pasted', async () => {
    const vector = vectors.find((v) => v.id === 'rfc7515-a3-es256-private-jwk-pasted')!;
    const key = parseKey(vector.key!, 'utf8');
    expect(key).toMatchObject({ kind: 'jwk', privateKeyPasted: true });
    if (key.kind === 'jwk') expect(key.key.jwk).not.toHaveProperty('d');
    const result = await verifyToken({ token: vector.token, key });
    expect(result).toMatchObject({ status: 'verified', privateKeyPasted: true });
  });

  it('the public and private forms of the RFC 7515 A.3 key have the same thumbprint', async () => {
    const [pub, priv] = ['rfc7515-a3-es256-jwk', 'rfc7515-a3-es256-private-jwk-pasted'].map((id) => vectors.find((v) => v.id === id)!);
    const a = await verifyToken({ token: pub!.token, key: parseKey(pub!.key!, 'utf8') });
    const b = await verifyToken({ token: priv!.token, key: parseKey(priv!.key!, 'utf8') });
    expect(a.key?.thumbprint).toBe(b.key?.thumbprint);
  });

  it('the shared-kid JWKS vectors pick the key whose type fits and explain the other', async () => {
    for (const id of ['rfc7520-4.1-rs256-jwks-shared-kid', 'rfc7520-4.3-es512-jwks-shared-kid']) {
      const vector = vectors.find((v) => v.id === id)!;
      const result = await verifyToken({ token: vector.token, key: parseKey(vector.key!, 'utf8') });
      expect(result.status).toBe('verified');
      expect(result.key?.source).toBe('jwks');
      expect(result.skipped).toEqual([expect.objectContaining({ reason: 'wrong-type', kid: 'bilbo.baggins@hobbiton.example' })]);
    }
  });

  it.each(vectors.filter((v) => v.currentDate !== undefined && typeof v.expect.payload === 'object'))(
    '$id: claims are valid at its currentDate and expired by the real clock',
    (vector) => {
      const payload = vector.expect.payload as Record<string, number | string | boolean>;
      expect(checkClaims(payload, { now: new Date(vector.currentDate!) }).status).toBe('valid');
      const later = checkClaims(payload, { now: new Date('2025-01-01T00:00:00Z') });
      expect(later.status).toBe('invalid');
      expect(later.checks.find((c) => c.code === 'exp')?.ok).toBe(false);
    },
  );
});
