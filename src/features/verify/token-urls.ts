import type { JsonObject } from '../../lib/jwt/types';
import type { TokenUrl } from './remote-keys-field';

/**
 * URLs the token names that may hold its keys: its issuer (iss), a JWK Set URL (jku,
 * RFC 7515 §4.1.2) or a certificate chain URL (x5u, §4.1.5). Offered, never fetched without a click.
 */
export function tokenUrls(header: JsonObject | undefined, payload: JsonObject | null | undefined): TokenUrl[] {
  const offers: TokenUrl[] = [];
  const iss = payload?.iss;
  if (typeof iss === 'string' && /^https?:\/\//.test(iss)) offers.push({ from: 'iss', url: iss });
  for (const from of ['jku', 'x5u'] as const) {
    const url = header?.[from];
    if (typeof url === 'string') offers.push({ from, url });
  }
  return offers;
}
