import type { JsonObject, JsonValue } from '../core/json';
import { newJwtId, type EpochSeconds, type RandomBytes } from './claims';

/**
 * Claim sets to start from, as data: fixed claims, time claims as offsets from now, and
 * whether a fresh `jti` is added. Each names the section that defines it.
 */
export interface ClaimTemplate {
  id: string;
  label: string;
  /** Where its claims are defined. */
  source: { title: string; url: string };
  header: JsonObject;
  claims: Readonly<Record<string, JsonValue>>;
  /** Claim name → seconds after now. */
  times: Readonly<Record<string, number>>;
  jti: boolean;
}

export const CLAIM_TEMPLATES: readonly ClaimTemplate[] = [
  {
    id: 'oidc-id-token',
    label: 'OpenID Connect ID token',
    // OIDC Core §2: iss, sub, aud, exp, iat required; auth_time, nonce as requested.
    source: { title: 'OpenID Connect Core 1.0 §2 (ID Token)', url: 'https://openid.net/specs/openid-connect-core-1_0.html#IDToken' },
    header: { alg: 'RS256', typ: 'JWT' },
    claims: {
      iss: 'https://issuer.example.com',
      sub: '248289761001',
      aud: 's6BhdRkqt3',
      nonce: 'n-0S6_WzA2Mj',
      name: 'Jane Doe',
      email: 'janedoe@example.com',
    },
    times: { iat: 0, auth_time: 0, exp: 60 * 60 },
    jti: false,
  },
  {
    id: 'access-token',
    label: 'OAuth 2.0 access token (RFC 9068)',
    // RFC 9068 §2.1: typ "at+jwt"; §2.2: iss, exp, aud, sub, client_id, iat, jti required.
    source: { title: 'RFC 9068 §2.2 (JWT access token data structure)', url: 'https://www.rfc-editor.org/rfc/rfc9068#section-2.2' },
    header: { alg: 'RS256', typ: 'at+jwt' },
    claims: {
      iss: 'https://authorization-server.example.com/',
      sub: '5ba552d67',
      aud: 'https://rs.example.com/',
      client_id: 's6BhdRkqt3',
      scope: 'openid profile reademail',
    },
    times: { iat: 0, exp: 60 * 60 },
    jti: true,
  },
];

/** The template's header and payload for a token made `now`. */
export function applyTemplate(template: ClaimTemplate, now: EpochSeconds, random: RandomBytes): { header: JsonObject; payload: JsonObject } {
  const payload: JsonObject = { ...template.claims };
  for (const [name, offset] of Object.entries(template.times)) payload[name] = now + offset;
  if (template.jti) payload.jti = newJwtId(random);
  return { header: { ...template.header }, payload };
}
