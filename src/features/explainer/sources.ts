/**
 * The documents the explainer's statements rest on. Sections of drafts can move: each
 * link names the document and the part quoted, as it stood when written.
 */
export interface Source {
  title: string;
  url: string;
}

const rfc = (n: number, section?: string): Source => ({
  title: section ? `RFC ${n} §${section}` : `RFC ${n}`,
  url: `https://www.rfc-editor.org/rfc/rfc${n}${section ? `#section-${section}` : ''}`,
});

const OWASP = 'https://cheatsheetseries.owasp.org/cheatsheets';
const BBA = 'https://datatracker.ietf.org/doc/html/draft-ietf-oauth-browser-based-apps';
const COOKIES = 'https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis';

export const SOURCES = {
  smEntropy: { title: 'OWASP Session Management: session ID entropy', url: `${OWASP}/Session_Management_Cheat_Sheet.html#session-id-entropy` },
  smRenew: { title: 'OWASP Session Management: renew the ID on privilege change', url: `${OWASP}/Session_Management_Cheat_Sheet.html#renew-the-session-id-after-any-privilege-level-change` },
  smExpiry: { title: 'OWASP Session Management: session expiration', url: `${OWASP}/Session_Management_Cheat_Sheet.html#session-expiration` },
  smLogout: { title: 'OWASP Session Management: manual session expiration', url: `${OWASP}/Session_Management_Cheat_Sheet.html#manual-session-expiration` },
  smWebStorage: { title: 'OWASP Session Management: web storage', url: `${OWASP}/Session_Management_Cheat_Sheet.html#web-storage-api` },
  jwtcsRevocation: { title: 'OWASP JWT Cheat Sheet: token revocation', url: `${OWASP}/JSON_Web_Token_for_Java_Cheat_Sheet.html#token-explicit-revocation-by-the-user` },
  csrfSameSite: { title: 'OWASP CSRF Prevention: SameSite', url: `${OWASP}/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html#samesite-cookie-attribute` },
  bba: { title: 'OAuth 2.0 for Browser-Based Applications', url: BBA },
  bbaBff: { title: 'Browser-Based Apps: backend for frontend', url: `${BBA}#name-backend-for-frontend-bff` },
  bbaStorage: { title: 'Browser-Based Apps: token storage', url: `${BBA}#name-token-storage-in-the-browser` },
  bbaRefresh: { title: 'Browser-Based Apps: refresh tokens', url: `${BBA}#name-refresh-tokens` },
  bbaCookies: { title: 'Browser-Based Apps: cookie security', url: `${BBA}#name-cookie-security` },
  cookiePrefixes: { title: 'RFC 6265bis §4.1.3: cookie name prefixes', url: `${COOKIES}#name-cookie-name-prefixes` },
  cookieSameSite: { title: 'RFC 6265bis §4.1.2.7: SameSite', url: `${COOKIES}#name-the-samesite-attribute` },
  cookieLimits: { title: 'RFC 6265bis §5.6: storage limits', url: `${COOKIES}#name-storage-model` },
  cookieSecure: { title: 'RFC 6265bis §5.7: Secure', url: `${COOKIES}#name-the-secure-attribute-2` },
  cookiePath: { title: 'RFC 6265bis §5.1.4: paths and path-match', url: `${COOKIES}#name-paths-and-path-match` },
  mdnSetCookie: { title: 'MDN: Set-Cookie', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie' },
  mdnForbidden: { title: 'MDN: forbidden response header names', url: 'https://developer.mozilla.org/en-US/docs/Glossary/Forbidden_response_header_name' },
  numericDate: rfc(7519, '2'),
  exp: rfc(7519, '4.1.4'),
  bcpAlgorithms: rfc(8725, '3.1'),
  bcpPasswords: rfc(8725, '3.5'),
  bcpIssuer: rfc(8725, '3.8'),
  bcpAudience: rfc(8725, '3.9'),
  bcpTyping: rfc(8725, '3.11'),
  accessTokenJwt: rfc(9068),
  revocation: rfc(7009),
  bcpAudienceRestricted: rfc(9700, '2.3'),
  bcpSenderConstrained: rfc(9700, '2.2.1'),
  bcpRefresh: rfc(9700, '2.2.2'),
  bcpRefreshReuse: rfc(9700, '4.14.2'),
  dpop: rfc(9449),
  mtls: rfc(8705),
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
