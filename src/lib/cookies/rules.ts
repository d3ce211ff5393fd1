/**
 * The rules cookie notes, findings and checks cite, each with a link.
 *
 * Sources (as EXPLAINER-FACTS names them): "6265bis" is the IETF draft revising RFC 6265,
 * draft-ietf-httpbis-rfc6265bis, linked without a revision so the link shows the latest
 * text (section numbers of drafts can shift: each row names what the section is about);
 * MDN's Set-Cookie reference; the OWASP Session Management and JSON Web Token cheat sheets.
 */

import type { RuleCitation } from '../core/source';

const DRAFT = 'https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis';
const MDN_SET_COOKIE = 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie';
const OWASP_SESSIONS = 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html';
const OWASP_JWT = 'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html';

function bis(section: string): RuleCitation {
  return { rule: `6265bis §${section}`, ruleUrl: `${DRAFT}#section-${section}` };
}

function mdn(topic: string, anchor: string): RuleCitation {
  return { rule: `MDN Set-Cookie: ${topic}`, ruleUrl: `${MDN_SET_COOKIE}#${anchor}` };
}

function owasp(sheet: 'sessions' | 'jwt', heading: string, anchor: string): RuleCitation {
  return sheet === 'sessions'
    ? { rule: `OWASP Session Management Cheat Sheet, "${heading}"`, ruleUrl: `${OWASP_SESSIONS}#${anchor}` }
    : { rule: `OWASP JSON Web Token Cheat Sheet, "${heading}"`, ruleUrl: `${OWASP_JWT}#${anchor}` };
}

export const COOKIE_RULES = {
  /** Servers should not fold several Set-Cookie fields into one: the comma is ambiguous. */
  noFolding: bis('3'),
  /** Set-Cookie as servers should send it. */
  setCookie: bis('4.1'),
  /** The __Secure- prefix: Secure required; prefixes match case-insensitively. */
  securePrefix: bis('4.1.3.1'),
  /** The __Host- prefix: Secure, no Domain, Path=/, set from a secure origin. */
  hostPrefix: bis('4.1.3.2'),
  /** The cookie-date algorithm. */
  dates: bis('5.1.1'),
  /** Domain matching: identical, or a dot-separated suffix of a host name (never of an IP address). */
  domainMatch: bis('5.1.3'),
  /** The default path and path-match. */
  paths: bis('5.1.4'),
  /** Same-site and cross-site requests: registrable domains, and the scheme. */
  sameSiteRequests: bis('5.2'),
  /** Browsers cap a cookie's lifetime at 400 days. */
  lifetimeLimit: bis('5.5'),
  /** The parsing algorithm: name, value, attributes, the 4096- and 1024-byte limits. */
  parsing: bis('5.6'),
  expires: bis('5.6.1'),
  maxAge: bis('5.6.2'),
  domain: bis('5.6.3'),
  path: bis('5.6.4'),
  secure: bis('5.6.5'),
  httpOnly: bis('5.6.6'),
  sameSite: bis('5.6.7'),
  /** The storage model: which cookies a browser refuses to store. */
  storage: bis('5.7'),
  /** The retrieval algorithm: which stored cookies go with a request. */
  retrieval: bis('5.8.3'),
  /** Domain: host-only without it, subdomains with it, a leading dot ignored. */
  mdnDomain: mdn('Domain', 'domaindomain-value'),
  /** SameSite values, None needing Secure, and where browsers differ on the default. */
  mdnSameSite: mdn('SameSite', 'samesitesamesite-value'),
  /** Partitioned (CHIPS) cookies must be Secure. */
  mdnPartitioned: mdn('Partitioned', 'partitioned'),
  /** Priority: a Chromium-only attribute (Low, Medium, High). */
  mdnSetCookie: { rule: 'MDN Set-Cookie', ruleUrl: MDN_SET_COOKIE },
  sessionSecure: owasp('sessions', 'Secure Attribute', 'secure-attribute'),
  sessionHttpOnly: owasp('sessions', 'HttpOnly Attribute', 'httponly-attribute'),
  sessionDomainPath: owasp('sessions', 'Domain and Path Attributes', 'domain-and-path-attributes'),
  jwtStorage: owasp('jwt', 'Token Storage on Client Side', 'token-storage-on-client-side'),
} as const satisfies Record<string, RuleCitation>;

/** 400 days (6265bis §5.5), in seconds. */
export const MAX_LIFETIME_SECONDS = 400 * 24 * 60 * 60;

/** Name plus value, in bytes (6265bis §5.6). */
export const MAX_NAME_VALUE_BYTES = 4096;

/** One attribute value, in bytes (6265bis §5.6). */
export const MAX_ATTRIBUTE_VALUE_BYTES = 1024;
