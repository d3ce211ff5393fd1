import type { JWK } from 'jose';

/** RFC 7517 §4.2: what a public key is for, signatures or encryption. */
export type KeyUse = 'sig' | 'enc';

/**
 * The optional JWK members the tools add to a key: `kid` (RFC 7517 §4.5), `alg` (§4.4)
 * and `use` (§4.2). They are not part of the RFC 7638 thumbprint, so adding them keeps it.
 */
interface JwkMembers {
  /** Left out when empty. */
  kid?: string;
  alg?: string;
  use?: KeyUse;
}

export function jwkWithMembers(jwk: JWK, members: JwkMembers): JWK {
  const out: JWK = { ...jwk };
  delete out.kid;
  delete out.alg;
  delete out.use;
  if (members.kid !== undefined && members.kid !== '') out.kid = members.kid;
  if (members.alg !== undefined) out.alg = members.alg;
  if (members.use !== undefined) out.use = members.use;
  return out;
}

/** RFC 7517 §5: a JWK Set of one public key. */
export function jwksOf(publicJwk: JWK): { keys: JWK[] } {
  return { keys: [publicJwk] };
}

// RFC 7518 §6.2.2, §6.3.2 and RFC 8037 §2: the members only a private key has.
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'] as const;

/** The public part of a private JWK: the private members dropped, nothing else changed. */
export function publicJwkOf(jwk: JWK): JWK {
  const out: JWK = { ...jwk };
  for (const name of PRIVATE_MEMBERS) delete out[name];
  return out;
}

/** Pretty-printed JSON, as shown and copied. */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
