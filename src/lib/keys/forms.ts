import type { JWK } from 'jose';
import type { GeneratedKey } from './generate';
import { jwkWithMembers, jwksOf } from './jwk-members';

interface KeyForms {
  /** The kid the JWKs carry; absent when it was set to the empty string. */
  kid?: string;
  /** Public JWK with kid, alg and use ("oct" secrets have none: see privateJwk). */
  publicJwk?: JWK;
  /** Private JWK, or the secret's "oct" JWK, with kid, alg and use. */
  privateJwk: JWK;
  /** RFC 7517 §5 set of the public key; a shared secret is never published in one. */
  jwks?: { keys: JWK[] };
}

/**
 * The JWK forms of a generated key with their RFC 7517 members: `kid` (by default the
 * RFC 7638 thumbprint, the empty string for none), `alg` and `use` ("sig" or "enc", as the
 * key was made for).
 */
export function keyForms(key: GeneratedKey<string>, kid: string = key.thumbprint): KeyForms {
  const members = { kid, alg: key.alg, use: key.use };
  const withKid = kid === '' ? {} : { kid };
  if (key.type === 'secret') return { ...withKid, privateJwk: jwkWithMembers(key.jwk, members) };
  const publicJwk = jwkWithMembers(key.publicJwk, members);
  return { ...withKid, publicJwk, privateJwk: jwkWithMembers(key.privateJwk, members), jwks: jwksOf(publicJwk) };
}
