/**
 * Cookie logic for the explainer's Set-Cookie linter and its "will this cookie be sent?"
 * panel: pure, no React, no DOM, "now" always passed in. Results are `{ ok, value | error }`
 * unions and findings carry stable codes; every note, finding and check cites its rule
 * (6265bis = draft-ietf-httpbis-rfc6265bis, MDN, OWASP) with a link.
 *
 * The flow: `parseSetCookieHeaders` (or `parseSetCookie` for one line) → `lintCookie` for
 * findings → `willBeSent` for one request. Registrable domains come from a small embedded
 * subset of the Public Suffix List (`PUBLIC_SUFFIXES`); unknown suffixes count as one label.
 */

// Reading Set-Cookie lines
export {
  /** Reads one Set-Cookie line (with or without `Set-Cookie:`) by 6265bis §5.6; never throws. */
  parseSetCookie,
} from './parse';
export {
  /** Reads pasted lines, one cookie a line; in a pasted block of HTTP headers only Set-Cookie lines count. */
  parseSetCookieHeaders,
} from './parse-headers';
export type { SetCookieLine, SkipReason } from './parse-headers';
export {
  /** The cookie-date algorithm of 6265bis §5.1.1: an Expires value as a UTC Date, or null. */
  parseCookieDate,
} from './cookie-date';
export type {
  AttributeKind,
  AttributeStatus,
  CookieAttribute,
  CookieParseError,
  CookieParseErrorCode,
  CookieParseResult,
  CookieSettings,
  NoteEffect,
  ParseNote,
  ParseNoteCode,
  ParsedCookie,
  Priority,
  SameSiteValue,
} from './types';

// The linter
export {
  /** Findings about one parsed cookie, most severe first; `now` measures Expires. */
  lintCookie,
  /** The ten finding codes, as the explainer's `cookie-finding-<code>` hooks name them. */
  COOKIE_FINDING_CODES,
} from './lint';
export type { CookieFinding, CookieFindingCode, LintOptions } from './lint';
export {
  /** Why a cookie looks like a session or credential: its name, a JWT value or a random-looking one. */
  sessionEvidence,
} from './session-like';
export type { SessionEvidence } from './session-like';
export {
  /** Framework and generic session cookie names, each with who uses it. */
  SESSION_COOKIE_NAMES,
} from './session-names';
export type { SessionNameRow } from './session-names';
export {
  /** The first JWT in a cookie value, percent-encoded or not, ready for the decoder. */
  findJwt,
} from './find-jwt';
export type { FoundJwt } from './find-jwt';

// Will this cookie be sent?
export {
  /** Whether a browser sends the cookie with a request, with every check in order and the one that decided. */
  willBeSent,
  /** The checks' names, in the order they are made. */
  SEND_CHECKS,
} from './will-send';
export type { SendCheck, SendCheckName, SendEvaluation, SendQuery, SendQueryError, SendQueryErrorCode, SendResult, SendVerdict } from './will-send';
export {
  /** The cookie as a browser would store it from a given response URL, and why it might refuse it (6265bis §5.7). */
  storeCookie,
} from './storage';
export type { StoreProblem, StoreProblemCode, StoredCookie } from './storage';

// Sites, domains and paths
export {
  /** eTLD+1 (`www.example.co.uk` → `example.co.uk`); null for IP addresses and public suffixes. */
  registrableDomain,
  /** The public suffix of a host by the embedded list, else its last label. */
  publicSuffix,
  /** Whether a domain is itself a public suffix. */
  isPublicSuffix,
  /** Whether a host is an IPv4 or bracketed IPv6 address. */
  isIpAddress,
  /** Schemeful same-site: same scheme and same registrable domain (6265bis §5.2). */
  isSameSite,
  /** A URL's site: scheme and registrable domain (or host). */
  siteOf,
} from './sites';
export type { Site } from './sites';
export {
  /** The embedded subset of the Public Suffix List, with its sections and owners. */
  PUBLIC_SUFFIXES,
} from './public-suffixes';
export type { PublicSuffixRow } from './public-suffixes';
export {
  /** Domain-match of 6265bis §5.1.3. */
  domainMatches,
  /** Path-match of 6265bis §5.1.4: `/docs` matches `/docs/Web`, not `/docsets`. */
  pathMatches,
  /** The default path of 6265bis §5.1.4: the directory of a URL's path. */
  defaultPath,
  /** https, wss, or a loopback host over http: where Secure cookies go. */
  isSecureUrl,
} from './url-match';

// Rules and limits
export {
  /** Every rule cited, with its link. */
  COOKIE_RULES,
  /** 400 days in seconds (6265bis §5.5). */
  MAX_LIFETIME_SECONDS,
  /** 4096: name plus value, in bytes (6265bis §5.6). */
  MAX_NAME_VALUE_BYTES,
  /** 1024: one attribute value, in bytes (6265bis §5.6). */
  MAX_ATTRIBUTE_VALUE_BYTES,
} from './rules';
export type { RuleCitation } from './rules';
