/**
 * The OAuth model: a browser app signs in at an authorization server (code flow with PKCE),
 * keeps a short JWT access token and a rotating refresh token in memory, and sends the
 * access token to the API as Authorization: Bearer.
 */

import {
  EXAMPLE_ACCESS_TOKEN_LIFETIME,
  EXAMPLE_AUTHORIZATION,
  EXAMPLE_CLIENT_ID,
  EXAMPLE_ORIGINS,
  EXAMPLE_REFRESH_TOKENS,
  EXAMPLE_SIGN_IN_AT,
  FIRST_ACCESS_TOKEN,
  REFRESHED_ACCESS_TOKEN,
  type ExampleAccessToken,
} from './example-values';
import { form, json, request, response, store } from './flow-builders';
import type { Flow } from './flow-types';
import type { HeaderField, HttpRequest } from './http-message';
import { SOURCES } from './sources';

/** The clock-skew leeway the example API allows on exp (RFC 7519 §4.1.4: a few minutes at most). */
export const API_LEEWAY_SECONDS = 60;

const { app: APP, auth: AUTH, api: API } = EXAMPLE_ORIGINS;
const T0 = EXAMPLE_SIGN_IN_AT;
const SCOPE = FIRST_ACCESS_TOKEN.claims.scope;

/** Headers of a fetch from the app's pages to a sibling subdomain: same-site, but cross-origin (CORS). */
const CORS_FETCH: readonly HeaderField[] = [['Origin', APP], ['Sec-Fetch-Site', 'same-site'], ['Sec-Fetch-Mode', 'cors']];
const CORS_ALLOW: readonly HeaderField[] = [['Access-Control-Allow-Origin', APP], ['Vary', 'Origin']];
const JSON_NO_STORE: readonly HeaderField[] = [['Content-Type', 'application/json'], ['Cache-Control', 'no-store']];
const FORM: HeaderField = ['Content-Type', 'application/x-www-form-urlencoded'];
const ORDERS = json({ orders: [{ id: 'ord_1042', total: '24.90', currency: 'EUR' }, { id: 'ord_1041', total: '112.00', currency: 'EUR' }] });

/** The deny-list key: issuer and jti together, never the raw token, whose signature bytes can vary (OWASP JWT Cheat Sheet). */
export function denyListKey(claims: { iss: string; jti: string }): string {
  return `deny:${claims.iss}|${claims.jti}`;
}

function tokenResponseBody(access: ExampleAccessToken, refreshToken: string): string {
  return json({ access_token: access.token, token_type: 'Bearer', expires_in: EXAMPLE_ACCESS_TOKEN_LIFETIME, refresh_token: refreshToken, scope: SCOPE });
}

function ordersRequest(access: ExampleAccessToken, extra: readonly HeaderField[] = CORS_FETCH): HttpRequest {
  return request('GET', API, '/orders?limit=2', [['Accept', 'application/json'], ['Authorization', `Bearer ${access.token}`], ...extra]);
}

function refreshBody(refreshToken: string): string {
  return form({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: EXAMPLE_CLIENT_ID });
}

const AUTHORIZE_QUERY = form({
  response_type: 'code',
  client_id: EXAMPLE_CLIENT_ID,
  redirect_uri: EXAMPLE_AUTHORIZATION.redirectUri,
  scope: SCOPE,
  state: EXAMPLE_AUTHORIZATION.state,
  code_challenge: EXAMPLE_AUTHORIZATION.codeChallenge,
  code_challenge_method: 'S256',
});

export const JWT_LOGIN: Flow = {
  id: 'jwt-login',
  model: 'jwt',
  kind: 'login',
  title: 'Sign in and get an access token and a refresh token',
  summary: 'The authorization server signs the user in and hands the app a one-time code, which the app exchanges for a 10-minute JWT access token and a refresh token.',
  section: 'how-jwt-works',
  steps: [
    {
      slug: 'jwt-login-1',
      title: 'The browser goes to the authorization endpoint',
      from: 'browser',
      to: 'auth-server',
      at: T0,
      explanation:
        'After the user signs in on the authorization server’s own pages (not shown; it keeps its own sign-in session), it redirects back to the app with a one-time code. PKCE ties the code to a secret only this browser tab knows.',
      exchange: {
        kind: 'http',
        request: request('GET', AUTH, `/authorize?${AUTHORIZE_QUERY}`, [['Accept', 'text/html'], ['Sec-Fetch-Site', 'same-site'], ['Sec-Fetch-Mode', 'navigate']]),
        response: response(302, T0, [
          ['Location', `${EXAMPLE_AUTHORIZATION.redirectUri}?${form({ code: EXAMPLE_AUTHORIZATION.code, state: EXAMPLE_AUTHORIZATION.state })}`],
          ['Cache-Control', 'no-store'],
        ]),
      },
      sources: [SOURCES.authorizationRequest, SOURCES.pkce],
    },
    {
      slug: 'jwt-login-2',
      title: 'The app exchanges the code at the token endpoint',
      from: 'browser',
      to: 'auth-server',
      at: T0,
      explanation:
        'The answer holds an access token (a JWT typed at+jwt, for api.example.com only, valid 10 minutes) and an opaque refresh token. The app keeps both in memory, never in localStorage, where any script could read them.',
      exchange: {
        kind: 'http',
        request: request(
          'POST',
          AUTH,
          '/token',
          [FORM, ['Accept', 'application/json'], ...CORS_FETCH],
          form({
            grant_type: 'authorization_code',
            code: EXAMPLE_AUTHORIZATION.code,
            redirect_uri: EXAMPLE_AUTHORIZATION.redirectUri,
            client_id: EXAMPLE_CLIENT_ID,
            code_verifier: EXAMPLE_AUTHORIZATION.codeVerifier,
          }),
        ),
        response: response(200, T0, [...JSON_NO_STORE, ...CORS_ALLOW], tokenResponseBody(FIRST_ACCESS_TOKEN, EXAMPLE_REFRESH_TOKENS.first)),
      },
      sources: [SOURCES.tokenResponse, SOURCES.jwtAccessTokenHeader, SOURCES.jwtAccessTokenClaims, SOURCES.bbaTokenStorage],
    },
  ],
};

export const JWT_REQUEST: Flow = {
  id: 'jwt-request',
  model: 'jwt',
  kind: 'request',
  title: 'Call the API with a bearer token, and refresh it',
  summary: 'The API checks the token’s signature and claims by itself, with no lookup; when the token expires, the app trades its refresh token for a new pair.',
  section: 'how-jwt-works',
  steps: [
    {
      slug: 'jwt-request-1',
      title: 'The page calls the API with the access token',
      from: 'browser',
      to: 'api',
      at: T0 + 120,
      explanation:
        'The API verifies the signature and checks typ, iss, aud and exp itself, with no call to anyone. Authorization is not a CORS-safelisted header, so the browser first sends an OPTIONS preflight (not shown), which it caches only as long as Access-Control-Max-Age allows (5 seconds without it).',
      exchange: {
        kind: 'http',
        request: ordersRequest(FIRST_ACCESS_TOKEN),
        response: response(200, T0 + 120, [...JSON_NO_STORE, ...CORS_ALLOW], ORDERS),
      },
      sources: [SOURCES.bearerHeader, SOURCES.audienceRestriction],
    },
    {
      slug: 'jwt-request-2',
      title: 'Fifteen minutes in, the access token has expired',
      from: 'browser',
      to: 'api',
      at: T0 + 900,
      explanation:
        'The token expired at 09:10 UTC and it is now 09:15, past exp and past this API’s one-minute leeway, so the API answers 401 with a Bearer challenge; many apps refresh a little before exp and never see this.',
      exchange: {
        kind: 'http',
        request: ordersRequest(FIRST_ACCESS_TOKEN),
        response: response(401, T0 + 900, [
          ['WWW-Authenticate', 'Bearer error="invalid_token", error_description="The access token expired"'],
          ...CORS_ALLOW,
          ['Access-Control-Expose-Headers', 'WWW-Authenticate'],
        ]),
      },
      sources: [SOURCES.bearerError],
    },
    {
      slug: 'jwt-request-3',
      title: 'The app uses its refresh token, which is rotated',
      from: 'browser',
      to: 'auth-server',
      at: T0 + 900,
      explanation:
        'The answer brings a new access token and a new refresh token; the old refresh token is now spent. Should it ever come back, the server cannot tell thief from user and revokes the whole family.',
      exchange: {
        kind: 'http',
        request: request('POST', AUTH, '/token', [FORM, ['Accept', 'application/json'], ...CORS_FETCH], refreshBody(EXAMPLE_REFRESH_TOKENS.first)),
        response: response(200, T0 + 900, [...JSON_NO_STORE, ...CORS_ALLOW], tokenResponseBody(REFRESHED_ACCESS_TOKEN, EXAMPLE_REFRESH_TOKENS.rotated)),
      },
      sources: [SOURCES.refreshGrant, SOURCES.refreshTokenRotation, SOURCES.bbaRefreshTokens],
    },
    {
      slug: 'jwt-request-4',
      title: 'The call is retried with the new access token',
      from: 'browser',
      to: 'api',
      at: T0 + 900,
      explanation: 'The new token has a new jti and is valid until 09:25 UTC.',
      exchange: {
        kind: 'http',
        request: ordersRequest(REFRESHED_ACCESS_TOKEN),
        response: response(200, T0 + 900, [...JSON_NO_STORE, ...CORS_ALLOW], ORDERS),
      },
      sources: [SOURCES.bearerHeader],
    },
  ],
};

const REVOKED_KEY = denyListKey(REFRESHED_ACCESS_TOKEN.claims);
const ATTACKER_HEADERS: readonly HeaderField[] = [];

export const JWT_LOGOUT: Flow = {
  id: 'jwt-logout',
  model: 'jwt',
  kind: 'logout',
  title: 'Sign out: revoke the refresh token; the access token lives on',
  summary: 'Revoking the refresh token stops new access tokens at once; an access token already issued works until exp unless the API checks a deny list.',
  section: 'revocation',
  steps: [
    {
      slug: 'jwt-logout-1',
      title: 'The app revokes its refresh token and forgets both tokens',
      from: 'browser',
      to: 'auth-server',
      at: T0 + 1200,
      explanation:
        'The revocation endpoint answers 200 whether or not the token was still valid. Revoking the refresh token ends the grant; the access token, already out there, still passes the API’s local check until 09:25 UTC.',
      exchange: {
        kind: 'http',
        request: request(
          'POST',
          AUTH,
          '/revoke',
          [FORM, ...CORS_FETCH],
          form({ token: EXAMPLE_REFRESH_TOKENS.rotated, token_type_hint: 'refresh_token', client_id: EXAMPLE_CLIENT_ID }),
        ),
        response: response(200, T0 + 1200, [['Cache-Control', 'no-store'], ...CORS_ALLOW]),
      },
      sources: [SOURCES.revocationRequest, SOURCES.revocationResponse],
    },
    {
      slug: 'jwt-logout-2',
      title: 'If the API checks a deny list: the access token is listed',
      from: 'auth-server',
      to: 'deny-list',
      at: T0 + 1200,
      within: 'jwt-logout-1',
      explanation:
        'The entry is keyed on (iss, jti), not on the token text, and is kept until exp plus the API’s one-minute clock-skew leeway; after that the expiry check refuses the token anyway. With this, the JWT is no longer stateless.',
      exchange: store(`SET ${REVOKED_KEY} 1 EXAT ${REFRESHED_ACCESS_TOKEN.claims.exp + API_LEEWAY_SECONDS}`, 'OK'),
      sources: [SOURCES.jwtRevocation, SOURCES.jti],
    },
    {
      slug: 'jwt-logout-3',
      title: 'Without a deny list: a stolen copy of the access token still works',
      from: 'attacker',
      to: 'api',
      at: T0 + 1260,
      explanation:
        'A minute after logout the signature, audience and exp all still check out, and the API asks no one: the copy works until 09:25, four more minutes.',
      exchange: {
        kind: 'http',
        request: ordersRequest(REFRESHED_ACCESS_TOKEN, ATTACKER_HEADERS),
        response: response(200, T0 + 1260, JSON_NO_STORE, ORDERS),
      },
      sources: [SOURCES.jwtRevocation],
    },
    {
      slug: 'jwt-logout-4',
      title: 'With a deny list: the same copy is refused',
      from: 'attacker',
      to: 'api',
      at: T0 + 1260,
      explanation: 'The API verifies the token, then finds its (iss, jti) on the deny list and answers as for any invalid token.',
      exchange: {
        kind: 'http',
        request: ordersRequest(REFRESHED_ACCESS_TOKEN, ATTACKER_HEADERS),
        response: response(401, T0 + 1260, [['WWW-Authenticate', 'Bearer error="invalid_token", error_description="The access token was revoked"']]),
      },
      sources: [SOURCES.jwtRevocation, SOURCES.bearerError],
    },
    {
      slug: 'jwt-logout-5',
      title: 'The API looks the token up on the deny list',
      from: 'api',
      to: 'deny-list',
      at: T0 + 1260,
      within: 'jwt-logout-4',
      explanation: 'One lookup per request: the same price a session pays.',
      exchange: store(`EXISTS ${REVOKED_KEY}`, '(integer) 1'),
      sources: [SOURCES.jwtRevocation],
    },
    {
      slug: 'jwt-logout-6',
      title: 'A stolen copy of the refresh token is refused',
      from: 'attacker',
      to: 'auth-server',
      at: T0 + 1320,
      explanation: 'The refresh token was revoked at logout, so no new access token can be had with it.',
      exchange: {
        kind: 'http',
        request: request('POST', AUTH, '/token', [FORM, ['Accept', 'application/json']], refreshBody(EXAMPLE_REFRESH_TOKENS.rotated)),
        response: response(400, T0 + 1320, JSON_NO_STORE, json({ error: 'invalid_grant', error_description: 'The refresh token was revoked' })),
      },
      sources: [SOURCES.revocationRequest, SOURCES.tokenResponse],
    },
  ],
};
