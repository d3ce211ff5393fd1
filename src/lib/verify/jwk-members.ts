import { rfc, type Source } from '../core/source';
import type { JsonObject } from '../core/json';

/**
 * The members that make up each key type. "kty" decides which members a JWK uses
 * (RFC 7517 §4.1); a member defined only for other key types says the JWK mixes two keys
 * (an RSA "n" beside an EC "x"), and which of them was meant cannot be told.
 */

interface KeyTypeMembers extends Source {
  kty: 'EC' | 'RSA' | 'oct' | 'OKP';
  /** Public and private members, as the section defines them. */
  members: readonly string[];
}

export const KEY_TYPE_MEMBERS: readonly KeyTypeMembers[] = [
  { kty: 'EC', members: ['crv', 'x', 'y', 'd'], ...rfc(7518, '6.2') },
  { kty: 'RSA', members: ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'oth'], ...rfc(7518, '6.3') },
  { kty: 'oct', members: ['k'], ...rfc(7518, '6.4') },
  { kty: 'OKP', members: ['crv', 'x', 'd'], ...rfc(8037, '2') },
];

const SPECIFIC = [...new Set(KEY_TYPE_MEMBERS.flatMap((row) => row.members))];

function listText(items: readonly string[], last: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/**
 * Why the JWK's members contradict its "kty", or null when they do not (or the type is
 * not one of the four, which is refused on its own).
 */
export function ktyMismatch(jwk: JsonObject, kty: string, where: string): string | null {
  const own = KEY_TYPE_MEMBERS.find((row) => row.kty === kty);
  if (!own) return null;
  const foreign = SPECIFIC.filter((name) => !own.members.includes(name) && Object.hasOwn(jwk, name));
  if (foreign.length === 0) return null;
  const owners = [...new Set(foreign.flatMap((name) => KEY_TYPE_MEMBERS.filter((row) => row.members.includes(name)).map((row) => row.kty)))];
  const names = foreign.map((name) => JSON.stringify(name));
  return (
    `${where} has kty ${JSON.stringify(kty)} but also ${listText(names, 'and')}, which ${foreign.length === 1 ? 'belongs' : 'belong'} to ${listText(owners, 'or')} keys, ` +
    `not ${kty} ones (RFC 7517 §4.1, ${own.source}): it mixes two keys, and which one was meant cannot be told. Paste the key again as its issuer publishes it.`
  );
}
