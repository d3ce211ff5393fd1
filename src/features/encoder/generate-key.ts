import { formatJson, generateKey, jwkWithMembers, KEY_KINDS, type KeyKind } from '../../lib/keys';

/** A key pair made on the page: kept in memory only, never stored or put in a URL. */
export interface GeneratedPair {
  alg: string;
  privatePem: string;
  publicPem: string;
  publicJwk: string;
}

/**
 * The kind of pair made for `alg`: RSA 2048 bits (RFC 7518 §3.3's minimum), the curve ES*
 * names (RFC 7518 §3.4), Ed25519 for EdDSA. HMAC secrets are not pairs.
 */
function pairKindFor(alg: string): KeyKind | undefined {
  return KEY_KINDS.find((info) => info.family !== 'oct' && info.algs.includes(alg) && (info.family !== 'RSA' || info.modulusLength === 2048))?.kind;
}

/** A fresh pair for `alg`, made by the key tools' generator. Extractable, so it can be shown and copied. */
export async function generatePair(alg: string): Promise<GeneratedPair> {
  const kind = pairKindFor(alg);
  if (!kind) throw new Error(`${alg} is not signed with a key pair`);
  const made = await generateKey(kind, { alg });
  if (!made.ok) throw new Error(made.error.message);
  if (made.key.type !== 'pair') throw new Error(`${alg} is not signed with a key pair`);
  const { privatePem, publicPem, publicJwk } = made.key;
  // RFC 7517 §4.2, §4.4: marked for signatures with this algorithm.
  return { alg, privatePem, publicPem, publicJwk: formatJson(jwkWithMembers(publicJwk, { use: 'sig', alg })) };
}
