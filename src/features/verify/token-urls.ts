import type { JsonObject } from '../../lib/core/json';
import type { TokenUrl } from './remote-keys-field';

/**
 * URLs the token names that may hold its keys: its issuer (iss), a JWK Set URL (jku,
 * RFC 7515 §4.1.2) or a certificate chain URL (x5u, §4.1.5). Offered, never fetched without a click.
 */
export function tokenUrls(header: JsonObject | undefined, payload: JsonObject | null | undefined): TokenUrl[] {
  const offers: TokenUrl[] = [];
  // Only web URLs are worth a button: anything else (a javascript: or data: URL) could never be fetched.
  const isWebUrl = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\//i.test(value);
  if (isWebUrl(payload?.iss)) offers.push({ from: 'iss', url: payload.iss });
  for (const from of ['jku', 'x5u'] as const) {
    const url = header?.[from];
    if (isWebUrl(url)) offers.push({ from, url });
  }
  return offers;
}
