import { calculateJwkThumbprint } from 'jose';
import { describe, expect, it } from 'vitest';
import { keyForms } from './forms';
import { generateKey } from './generate';
import { jwkWithMembers } from './jwk-members';

async function made(kind: 'EC-P-384' | 'HS512') {
  const result = await generateKey(kind);
  if (!result.ok) throw new Error(result.error.message);
  return result.key;
}

describe('keyForms', () => {
  it('gives a key pair kid (its thumbprint by default), alg and use in every JWK, and a JWK Set of the public key', async () => {
    const key = await made('EC-P-384');
    const forms = keyForms(key);
    expect(forms.kid).toBe(await calculateJwkThumbprint(forms.publicJwk!));
    expect(forms.publicJwk).toMatchObject({ kty: 'EC', crv: 'P-384', kid: forms.kid, alg: 'ES384', use: 'sig' });
    expect(forms.publicJwk).not.toHaveProperty('d');
    expect(forms.privateJwk).toMatchObject({ kid: forms.kid, alg: 'ES384', use: 'sig', d: expect.any(String) });
    expect(forms.jwks).toEqual({ keys: [forms.publicJwk] });
  });

  it('takes another kid, or leaves it out when empty', async () => {
    const key = await made('EC-P-384');
    expect(keyForms(key, 'signing-1').jwks?.keys[0]?.kid).toBe('signing-1');
    const none = keyForms(key, '');
    expect(none).not.toHaveProperty('kid');
    expect(none.publicJwk).not.toHaveProperty('kid');
  });

  it('gives a secret its "oct" JWK and no JWK Set', async () => {
    const key = await made('HS512');
    const forms = keyForms(key);
    expect(forms.privateJwk).toMatchObject({ kty: 'oct', alg: 'HS512', use: 'sig', kid: key.thumbprint });
    expect(forms.publicJwk).toBeUndefined();
    expect(forms.jwks).toBeUndefined();
  });

  it('replaces members a JWK already had rather than keeping two', () => {
    expect(jwkWithMembers({ kty: 'oct', k: 'AA', kid: 'old', alg: 'HS256', use: 'enc' }, { kid: 'new', alg: 'HS384' })).toEqual({ kty: 'oct', k: 'AA', kid: 'new', alg: 'HS384' });
  });
});
