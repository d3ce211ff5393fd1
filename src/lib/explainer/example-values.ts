/**
 * The example values every flow, size and test shares, so that one session ID and one
 * pair of token families run through all the steps. Random-looking values were drawn once
 * from a CSPRNG and are fixed here; the tests check their shapes and recompute the signatures.
 *
 * Everything here is published: none of it may ever be used for anything real.
 */

/** The three sites of the example, all on one registrable domain (example.com), so same-site to each other. */
export const EXAMPLE_ORIGINS = {
  /** The pages, and in the session model also the backend that answers /api. */
  app: 'https://app.example.com',
  /** The OAuth authorization server: /authorize, /token and /revoke. */
  auth: 'https://auth.example.com',
  /** The resource server that accepts bearer access tokens. */
  api: 'https://api.example.com',
} as const;

/** The OAuth client ID of the browser app (a public client: no secret). */
export const EXAMPLE_CLIENT_ID = 'orders-spa';

/** The user, as `sub` in the tokens and in the session record. */
export const EXAMPLE_USER_ID = '88609dd8-7ca8-4bd6-b0eb-e564d7a3fd4b';

/** When the user signs in, in both models: 2025-06-02T09:00:00Z as a NumericDate (seconds, RFC 7519 §2). */
export const EXAMPLE_SIGN_IN_AT = 1_748_854_800;

/** The session cookie's name: the __Host- prefix pins it to the host, Secure and Path=/ (rfc6265bis §4.1.3). */
export const SESSION_COOKIE_NAME = '__Host-session';

/**
 * The session ID: 32 bytes from a CSPRNG as 43 base64url characters, so 256 bits of entropy
 * where OWASP asks for at least 64 ("Session ID Entropy").
 */
export const EXAMPLE_SESSION_ID = 'Um8bKp-VPj1gAy70-q4lh-VT2K3M4LZDaM-PYsx_hsA';

/** Random bytes behind a base64url string of this many characters, unpadded (RFC 4648 §5). */
export const SESSION_ID_BYTES = 32;

/**
 * The HMAC key the example access tokens are signed with: 32 random bytes, written as
 * base64url (choose that encoding when pasting it into the verifier). HS256 keeps the
 * example checkable by hand; an authorization server would rather sign with a private key
 * and publish a JWKS (RFC 9068 §2.1 recommends asymmetric signatures).
 */
export const EXAMPLE_HS256_SECRET = 'X_hCUJGvphJ1Y-IZa5B8OaRraxPuq-kCPPnxckfHir8';

/** The protected header of every example access token: typ at+jwt marks a JWT access token (RFC 9068 §2.1). */
export const ACCESS_TOKEN_HEADER = { alg: 'HS256', typ: 'at+jwt', kid: 'example-hs256-2025-06' } as const;

/** The access-token lifetime of the example: BBA's worked example of 10 minutes ("Refresh Tokens"). */
export const EXAMPLE_ACCESS_TOKEN_LIFETIME = 600;

/** The claims RFC 9068 §2.2 requires (iss, exp, aud, sub, client_id, iat, jti), with scope and auth_time. */
export interface AccessTokenClaims {
  iss: string;
  sub: string;
  aud: string;
  client_id: string;
  scope: string;
  auth_time: number;
  iat: number;
  exp: number;
  jti: string;
}

export interface ExampleAccessToken {
  header: typeof ACCESS_TOKEN_HEADER;
  claims: AccessTokenClaims;
  /** The compact JWS, signed with EXAMPLE_HS256_SECRET. */
  token: string;
}

const SHARED_CLAIMS = {
  iss: EXAMPLE_ORIGINS.auth,
  sub: EXAMPLE_USER_ID,
  aud: EXAMPLE_ORIGINS.api,
  client_id: EXAMPLE_CLIENT_ID,
  scope: 'orders:read',
  auth_time: EXAMPLE_SIGN_IN_AT,
} as const;

/** Issued at sign-in; expires 10 minutes later. */
export const FIRST_ACCESS_TOKEN: ExampleAccessToken = {
  header: ACCESS_TOKEN_HEADER,
  claims: {
    ...SHARED_CLAIMS,
    iat: EXAMPLE_SIGN_IN_AT,
    exp: EXAMPLE_SIGN_IN_AT + EXAMPLE_ACCESS_TOKEN_LIFETIME,
    jti: '5d9f73fd-cf03-4038-84bb-f0cf94c5b0e5',
  },
  token:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6ImF0K2p3dCIsImtpZCI6ImV4YW1wbGUtaHMyNTYtMjAyNS0wNiJ9' +
    '.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20iLCJzdWIiOiI4ODYwOWRkOC03Y2E4LTRiZDYtYjBlYi1lNTY0ZDdhM2ZkNGIiLCJhdWQiOiJodHRwczovL2FwaS5leGFtcGxlLmNvbSIsImNsaWVudF9pZCI6Im9yZGVycy1zcGEiLCJzY29wZSI6Im9yZGVyczpyZWFkIiwiYXV0aF90aW1lIjoxNzQ4ODU0ODAwLCJpYXQiOjE3NDg4NTQ4MDAsImV4cCI6MTc0ODg1NTQwMCwianRpIjoiNWQ5ZjczZmQtY2YwMy00MDM4LTg0YmItZjBjZjk0YzViMGU1In0' +
    '.-yCNtsITuxkWp2CorSuqD-S44_utiC6Ugxf1iWk3BME',
};

/** The refresh at 09:15, five minutes after the first expired, gives this one, valid until 09:25. */
export const REFRESHED_ACCESS_TOKEN: ExampleAccessToken = {
  header: ACCESS_TOKEN_HEADER,
  claims: {
    ...SHARED_CLAIMS,
    iat: EXAMPLE_SIGN_IN_AT + 900,
    exp: EXAMPLE_SIGN_IN_AT + 900 + EXAMPLE_ACCESS_TOKEN_LIFETIME,
    jti: '95779520-1679-4987-b468-d7f16038a1f8',
  },
  token:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6ImF0K2p3dCIsImtpZCI6ImV4YW1wbGUtaHMyNTYtMjAyNS0wNiJ9' +
    '.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20iLCJzdWIiOiI4ODYwOWRkOC03Y2E4LTRiZDYtYjBlYi1lNTY0ZDdhM2ZkNGIiLCJhdWQiOiJodHRwczovL2FwaS5leGFtcGxlLmNvbSIsImNsaWVudF9pZCI6Im9yZGVycy1zcGEiLCJzY29wZSI6Im9yZGVyczpyZWFkIiwiYXV0aF90aW1lIjoxNzQ4ODU0ODAwLCJpYXQiOjE3NDg4NTU3MDAsImV4cCI6MTc0ODg1NjMwMCwianRpIjoiOTU3Nzk1MjAtMTY3OS00OTg3LWI0NjgtZDdmMTYwMzhhMWY4In0' +
    '.f4kS0j06GoEhPq1KBwDl2Z0JL1-Dp32o8obki2ACvrA',
};

/** Opaque refresh tokens (32 random bytes each): the first, and the one rotation gives in its place. */
export const EXAMPLE_REFRESH_TOKENS = {
  first: 'q7UnfJpgoZZkXFtYi_nQCBumpNRHQwHoC10OVkOm_6g',
  rotated: '7duQRFAOkm3vEgYmphobom2UjFfLyNvn0kfLt6uYtjY',
} as const;

/** The authorization-code flow's one-time values; the challenge is BASE64URL(SHA-256(verifier)) (RFC 7636 §4.2). */
export const EXAMPLE_AUTHORIZATION = {
  code: 'gxudJR1c70ymIsIQ7Ax6jq7TCWsCCV0a8ZTX7bduSSY',
  state: 'FXvYrIG1GMfFAw3hO-PB-Q',
  codeVerifier: 'J4OLQghv488BB1zsFFSal27ggEO7HWQL25CSLvJmhfA',
  codeChallenge: '_cvbOltFtfVgtMaro4xfeVHBBeC076UZQO-M7hu3KdY',
  redirectUri: `${EXAMPLE_ORIGINS.app}/callback`,
} as const;
