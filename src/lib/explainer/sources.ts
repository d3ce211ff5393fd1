/**
 * Where the explainer's numbers and rules come from. Drafts and cheat sheets are cited by
 * the name of their section, since draft section numbers shift between revisions.
 */

import { rfc, type Source } from '../core/source';

export type { Source };

const OWASP = 'https://cheatsheetseries.owasp.org/cheatsheets';
const SM = `${OWASP}/Session_Management_Cheat_Sheet.html`;
const JWTCS = `${OWASP}/JSON_Web_Token_for_Java_Cheat_Sheet.html`;
const CSRF = `${OWASP}/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html`;
const BBA = 'https://datatracker.ietf.org/doc/html/draft-ietf-oauth-browser-based-apps';
const COOKIES = 'https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis';

function cite(source: string, sourceUrl: string): Source {
  return { source, sourceUrl };
}

export const SOURCES = {
  /** A session ID carries at least 64 bits of entropy from a CSPRNG. */
  sessionIdEntropy: cite('OWASP Session Management Cheat Sheet, "Session ID Entropy"', `${SM}#session-id-entropy`),
  /** A new session ID at login and at every privilege change stops session fixation. */
  renewSessionId: cite(
    'OWASP Session Management Cheat Sheet, "Renew the Session ID After Any Privilege Level Change"',
    `${SM}#renew-the-session-id-after-any-privilege-level-change`,
  ),
  /** Idle timeouts of 2–5 min (high value) to 15–30 min (low risk); absolute 4–8 h for a workday app. */
  sessionExpiration: cite('OWASP Session Management Cheat Sheet, "Session Expiration"', `${SM}#session-expiration`),
  /** Logout invalidates the session on the server; Cache-Control: no-store; consider Clear-Site-Data. */
  logout: cite('OWASP Session Management Cheat Sheet, "Manual Session Expiration"', `${SM}#manual-session-expiration`),
  /** Tokens in localStorage or sessionStorage are readable by any script in the page. */
  webStorage: cite('OWASP Session Management Cheat Sheet, "Web Storage"', SM),
  /** A JWT used as a session needs a deny list, keyed on (iss, jti), and is then no longer stateless. */
  jwtRevocation: cite('OWASP JSON Web Token Cheat Sheet, "Token Explicit Revocation by the User"', `${JWTCS}#token-explicit-revocation-by-the-user`),
  /** SameSite is defence in depth beside CSRF tokens or Origin / Sec-Fetch-Site checks. */
  csrfSameSite: cite('OWASP CSRF Prevention Cheat Sheet, "SameSite (Cookie Attribute)"', CSRF),
  /** A backend-for-frontend keeps tokens on the server; the browser holds an HttpOnly cookie. */
  bbaBff: cite('OAuth 2.0 for Browser-Based Applications (draft), "Backend for Frontend (BFF)"', BBA),
  /** BFF cookies: Secure, HttpOnly, SameSite=Strict, Path=/, no Domain, the __Host- prefix. */
  bbaCookies: cite('OAuth 2.0 for Browser-Based Applications (draft), "Cookie Security"', BBA),
  /** Rotate or sender-constrain; cap the lifetime; a rotated token never outlives the first. Example: 10 min / 8 h. */
  bbaRefreshTokens: cite('OAuth 2.0 for Browser-Based Applications (draft), "Refresh Tokens"', BBA),
  /** No tokens in web storage; memory shortens the exposure but a script in the page can still use them. */
  bbaTokenStorage: cite('OAuth 2.0 for Browser-Based Applications (draft), "Token Storage"', BBA),
  /** A browser-only OAuth client is not recommended for business or personal data. */
  bbaBrowserOnly: cite('OAuth 2.0 for Browser-Based Applications (draft), "Browser-based OAuth 2.0 client"', BBA),
  /** __Host- requires Secure, no Domain and Path=/. */
  hostPrefix: cite('draft-ietf-httpbis-rfc6265bis §4.1.3, "Cookie Name Prefixes"', COOKIES),
  /** SameSite=Lax sends the cookie cross-site only on top-level navigations with safe methods. */
  sameSite: cite('draft-ietf-httpbis-rfc6265bis §4.1.2.7, "The SameSite Attribute"', COOKIES),
  /** Clear-Site-Data: "cache", "cookies", "storage". */
  clearSiteData: cite('W3C Clear Site Data', 'https://www.w3.org/TR/clear-site-data/'),
  /** HttpOnly hides the cookie from scripts; the browser still sends it, so an XSS can act as the user. */
  httpOnly: cite('OWASP Session Management Cheat Sheet, "HttpOnly Attribute"', `${SM}#httponly-attribute`),
  /** Native apps sign in through the system browser with the code flow and PKCE. */
  nativeApps: rfc(8252),
  /** Access tokens should be sender-constrained (DPoP, mTLS). */
  senderConstraint: rfc(9700, '2.2.1'),
  /** Refresh tokens of public clients are sender-constrained or rotated. */
  refreshTokenProtection: rfc(9700, '2.2.2'),
  /** Reuse of a rotated refresh token revokes the whole family. */
  refreshTokenRotation: rfc(9700, '4.14.2'),
  /** Access tokens are audience-restricted and least-privilege. */
  audienceRestriction: rfc(9700, '2.3'),
  /** Token revocation request: token and token_type_hint, form-encoded. */
  revocationRequest: rfc(7009, '2.1'),
  /** The revocation endpoint answers 200 whether or not the token was valid. */
  revocationResponse: rfc(7009, '2.2'),
  /** Introspection responses may be cached, no longer than the token lives. */
  introspectionCache: rfc(7662, '4'),
  /** The authorization request of the code flow. */
  authorizationRequest: rfc(6749, '4.1.1'),
  /** Token responses carry Cache-Control: no-store. */
  tokenResponse: rfc(6749, '5.1'),
  /** The refresh_token grant. */
  refreshGrant: rfc(6749, '6'),
  /** PKCE: the S256 code challenge is BASE64URL(SHA256(code_verifier)). */
  pkce: rfc(7636, '4.2'),
  /** Authorization: Bearer, with the b64token syntax. */
  bearerHeader: rfc(6750, '2.1'),
  /** WWW-Authenticate: Bearer error="invalid_token". */
  bearerError: rfc(6750, '3.1'),
  /** JWT access tokens: typ at+jwt. */
  jwtAccessTokenHeader: rfc(9068, '2.1'),
  /** JWT access tokens: iss, exp, aud, sub, client_id, iat and jti are required. */
  jwtAccessTokenClaims: rfc(9068, '2.2'),
  /** jti: a unique identifier for the token. */
  jti: rfc(7519, '4.1.7'),
  /** HTTP/1.1 field lines end with CRLF. */
  fieldLine: rfc(9112, '5'),
  /** HPACK integers with an N-bit prefix. */
  hpackInteger: rfc(7541, '5.1'),
  /** A dynamic-table entry costs name + value + 32 octets. */
  hpackEntrySize: rfc(7541, '4.1'),
  /** An entry larger than the table empties it and is not added. */
  hpackEviction: rfc(7541, '4.4'),
  /** Literal field with incremental indexing, name by index. */
  hpackIncrementalIndexing: rfc(7541, '6.2.1'),
  /** Literal field never indexed. */
  hpackNeverIndexed: rfc(7541, '6.2.3'),
  /** The static table: authorization is 23, cookie is 32. */
  hpackStaticTable: cite('RFC 7541 Appendix A', 'https://www.rfc-editor.org/rfc/rfc7541#appendix-A'),
  /** SETTINGS_HEADER_TABLE_SIZE starts at 4,096 octets. */
  http2TableSize: rfc(9113, '6.5.2'),
  /** Access-token lifetimes of "minutes to hours"; a browser-only client carries more risk. */
  bba: cite('OAuth 2.0 for Browser-Based Applications (draft)', BBA),
  /** Browsers keep a cookie at most 400 days; name plus value at most 4096 bytes. */
  cookieLimits: cite('draft-ietf-httpbis-rfc6265bis §5.5 "Cookie Lifetime Limits", §5.6 "The Set-Cookie Header Field"', `${COOKIES}#section-5.5`),
  /** An http page can neither set nor overwrite a Secure cookie (localhost aside). */
  cookieSecure: cite('draft-ietf-httpbis-rfc6265bis §5.7, "Storage Model"', `${COOKIES}#section-5.7`),
  /** The default path is the request URL's directory; /docs matches /docs/Web, not /docsets. */
  cookiePath: cite('draft-ietf-httpbis-rfc6265bis §5.1.4, "Paths and Path-Match"', `${COOKIES}#section-5.1.4`),
  /** Domain, HttpOnly, Max-Age over Expires, host-only cookies. */
  mdnSetCookie: cite('MDN, "Set-Cookie"', 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie'),
  /** Scripts can never read Set-Cookie response headers. */
  forbiddenResponseHeader: cite('Fetch Standard, "forbidden response-header name"', 'https://fetch.spec.whatwg.org/#forbidden-response-header-name'),
  /** NumericDate: seconds since the epoch, leap seconds ignored, possibly fractional. */
  numericDate: rfc(7519, '2'),
  /** exp, with a small leeway "usually no more than a few minutes". */
  exp: rfc(7519, '4.1.4'),
  /** nbf, with the same small leeway. */
  nbf: rfc(7519, '4.1.5'),
  /** Token introspection: the resource server asks the authorization server about a token. */
  introspection: rfc(7662),
  /** SameSite defaults differ between browsers. */
  mdnSameSite: cite('MDN, "Set-Cookie: SameSite"', 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie#samesitesamesite-value'),
  /** An algorithm allow-list, one algorithm per key, never "none" by default. */
  algorithmVerification: rfc(8725, '3.1'),
  /** Human-memorable passwords must not be HMAC keys. */
  strongKeys: rfc(8725, '3.5'),
  /** Validate the issuer. */
  issuerValidation: rfc(8725, '3.8'),
  /** Validate the audience. */
  audienceValidation: rfc(8725, '3.9'),
  /** Explicit typing stops one kind of token being used as another. */
  explicitTyping: rfc(8725, '3.11'),
  /** DPoP binds an access token to a key the client holds. */
  dpop: rfc(9449),
  /** Mutual TLS binds an access token to the client's certificate. */
  mtls: rfc(8705),
} as const satisfies Record<string, Source>;
