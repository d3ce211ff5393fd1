/**
 * The server-side session model: the browser holds only a random session ID in a
 * __Host- cookie; everything the server knows about the user sits in the session store.
 */

import { EXAMPLE_ORIGINS, EXAMPLE_SESSION_ID, EXAMPLE_SIGN_IN_AT, EXAMPLE_USER_ID, SESSION_COOKIE_NAME } from './example-values';
import { form, json, request, response, store } from './flow-builders';
import type { Flow } from './flow-types';
import type { HeaderField } from './http-message';
import { SOURCES } from './sources';

const APP = EXAMPLE_ORIGINS.app;
const T0 = EXAMPLE_SIGN_IN_AT;

/** 30 minutes idle: the top of OWASP's 15–30 minutes for low-risk apps ("Session Expiration"). */
const SESSION_IDLE_TIMEOUT = 30 * 60;
/** 8 hours absolute: OWASP's 4–8 hours for a workday app ("Session Expiration"). */
const SESSION_ABSOLUTE_TIMEOUT = 8 * 60 * 60;

/**
 * SameSite=Lax rather than Strict: a link from another site still arrives signed in, and
 * Lax withholds the cookie from cross-site POSTs (rfc6265bis §4.1.2.7). A BFF's cookie
 * would be Strict, as BBA asks ("Cookie Security").
 */
const COOKIE_ATTRIBUTES = 'Path=/; Secure; HttpOnly; SameSite=Lax';

/** No Max-Age or Expires: a browser-session cookie; the server enforces the timeouts. */
const SESSION_SET_COOKIE = `${SESSION_COOKIE_NAME}=${EXAMPLE_SESSION_ID}; ${COOKIE_ATTRIBUTES}`;
/** Clearing a __Host- cookie needs the same Secure and Path=/, or the browser rejects it (rfc6265bis §4.1.3). */
const SESSION_CLEAR_COOKIE = `${SESSION_COOKIE_NAME}=; ${COOKIE_ATTRIBUTES}; Max-Age=0`;

const COOKIE: HeaderField = ['Cookie', `${SESSION_COOKIE_NAME}=${EXAMPLE_SESSION_ID}`];
const KEY = `session:${EXAMPLE_SESSION_ID}`;
const RECORD = json({ sub: EXAMPLE_USER_ID, authTime: T0, absoluteExpiry: T0 + SESSION_ABSOLUTE_TIMEOUT });
const ORDERS = json({ orders: [{ id: 'ord_1042', total: '24.90', currency: 'EUR' }, { id: 'ord_1041', total: '112.00', currency: 'EUR' }] });
const FETCH: readonly HeaderField[] = [['Accept', 'application/json'], COOKIE, ['Sec-Fetch-Site', 'same-origin'], ['Sec-Fetch-Mode', 'cors']];

export const SESSION_LOGIN: Flow = {
  id: 'session-login',
  model: 'session',
  kind: 'login',
  title: 'Sign in with a server-side session',
  summary: 'The server checks the password, stores a session record under a new random ID, and gives the browser only that ID in a cookie.',
  section: 'how-sessions-work',
  steps: [
    {
      slug: 'session-login-1',
      title: 'The browser posts the sign-in form',
      from: 'browser',
      to: 'app-server',
      at: T0,
      explanation:
        'The server checks the password, creates a new session ID (never one the browser brought along, which stops session fixation) and sets it as a __Host- cookie: Secure, HttpOnly, Path=/, no Domain, SameSite set explicitly.',
      exchange: {
        kind: 'http',
        request: request(
          'POST',
          APP,
          '/login',
          [['Origin', APP], ['Content-Type', 'application/x-www-form-urlencoded'], ['Sec-Fetch-Site', 'same-origin'], ['Sec-Fetch-Mode', 'navigate']],
          form({ username: 'alice@example.com', password: 'correct horse battery staple' }),
        ),
        response: response(303, T0, [['Location', '/orders'], ['Set-Cookie', SESSION_SET_COOKIE], ['Cache-Control', 'no-store']]),
      },
      sources: [SOURCES.renewSessionId, SOURCES.hostPrefix, SOURCES.sameSite],
    },
    {
      slug: 'session-login-2',
      title: 'The app server stores the session record',
      from: 'app-server',
      to: 'session-store',
      at: T0,
      within: 'session-login-1',
      explanation:
        'The ID is 32 bytes from a CSPRNG (256 bits; at least 64 are needed). The record holds who the user is and when the session must end; the key expires after 30 idle minutes.',
      exchange: store(`SET ${KEY} '${RECORD}' EX ${SESSION_IDLE_TIMEOUT} NX`, 'OK'),
      sources: [SOURCES.sessionIdEntropy, SOURCES.sessionExpiration],
    },
  ],
};

export const SESSION_REQUEST: Flow = {
  id: 'session-request',
  model: 'session',
  kind: 'request',
  title: 'Call the API with a session cookie',
  summary: 'The browser sends the cookie by itself; the server looks the session up on every request.',
  section: 'how-sessions-work',
  steps: [
    {
      slug: 'session-request-1',
      title: 'The page fetches /api/orders; the cookie goes along',
      from: 'browser',
      to: 'app-server',
      at: T0 + 120,
      explanation:
        'Scripts cannot read an HttpOnly cookie, but the browser still attaches it to every same-site request. For requests that change state the server also checks Origin or Sec-Fetch-Site: SameSite is only defence in depth.',
      exchange: {
        kind: 'http',
        request: request('GET', APP, '/api/orders?limit=2', FETCH),
        response: response(200, T0 + 120, [['Content-Type', 'application/json'], ['Cache-Control', 'no-store']], ORDERS),
      },
      sources: [SOURCES.csrfSameSite],
    },
    {
      slug: 'session-request-2',
      title: 'The app server looks the session up and resets its idle timer',
      from: 'app-server',
      to: 'session-store',
      at: T0 + 120,
      within: 'session-request-1',
      explanation:
        'One lookup per request is the price of sessions, and also what makes them revocable: no record, no access. The server also refuses the record once absoluteExpiry has passed.',
      exchange: store(`GETEX ${KEY} EX ${SESSION_IDLE_TIMEOUT}`, `"${RECORD.replaceAll('"', '\\"')}"`),
      sources: [SOURCES.sessionExpiration],
    },
  ],
};

export const SESSION_LOGOUT: Flow = {
  id: 'session-logout',
  model: 'session',
  kind: 'logout',
  title: 'Sign out of a server-side session',
  summary: 'Deleting the record ends the session at once, for the user and for anyone holding a copy of the cookie.',
  section: 'revocation',
  steps: [
    {
      slug: 'session-logout-1',
      title: 'The browser posts to /logout',
      from: 'browser',
      to: 'app-server',
      at: T0 + 1200,
      explanation:
        'The server deletes the session, clears the cookie (with the same Secure and Path=/ a __Host- cookie needs), forbids caching of the answer and asks the browser to clear what the site stored.',
      exchange: {
        kind: 'http',
        request: request(
          'POST',
          APP,
          '/logout',
          [['Origin', APP], ['Content-Type', 'application/x-www-form-urlencoded'], COOKIE, ['Sec-Fetch-Site', 'same-origin'], ['Sec-Fetch-Mode', 'navigate']],
          '',
        ),
        response: response(303, T0 + 1200, [
          ['Location', '/login'],
          ['Set-Cookie', SESSION_CLEAR_COOKIE],
          ['Cache-Control', 'no-store'],
          ['Clear-Site-Data', '"cache", "cookies", "storage"'],
        ]),
      },
      sources: [SOURCES.logout, SOURCES.clearSiteData, SOURCES.hostPrefix],
    },
    {
      slug: 'session-logout-2',
      title: 'The app server deletes the session record',
      from: 'app-server',
      to: 'session-store',
      at: T0 + 1200,
      within: 'session-logout-1',
      explanation: 'This is the whole of revocation in this model: the next lookup of this ID finds nothing.',
      exchange: store(`DEL ${KEY}`, '(integer) 1'),
      sources: [SOURCES.logout],
    },
    {
      slug: 'session-logout-3',
      title: 'A copy of the old cookie is refused',
      from: 'attacker',
      to: 'app-server',
      at: T0 + 1260,
      explanation:
        'Someone replays the cookie a minute after logout (copied from a proxy log, say). The server finds no session and sends them to sign in: the cut-off was immediate.',
      exchange: {
        kind: 'http',
        request: request('GET', APP, '/orders', [['Accept', 'text/html'], COOKIE]),
        response: response(303, T0 + 1260, [['Location', '/login'], ['Cache-Control', 'no-store']]),
      },
      sources: [SOURCES.logout],
    },
    {
      slug: 'session-logout-4',
      title: 'The lookup finds nothing',
      from: 'app-server',
      to: 'session-store',
      at: T0 + 1260,
      within: 'session-logout-3',
      explanation: 'The record is gone, so the ID no longer means anything.',
      exchange: store(`GETEX ${KEY} EX ${SESSION_IDLE_TIMEOUT}`, '(nil)'),
      sources: [],
    },
  ],
};
