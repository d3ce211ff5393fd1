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

export type { ParsedCookie } from './types';

// The linter
export {
  /** Findings about one parsed cookie, most severe first; `now` measures Expires. */
  lintCookie,
  /** The ten finding codes, as the explainer's `cookie-finding-<code>` hooks name them. */
  COOKIE_FINDING_CODES,
} from './lint';
export type { CookieFinding } from './lint';

// Will this cookie be sent?
export {
  /** Whether a browser sends the cookie with a request, with every check in order and the one that decided. */
  willBeSent,
} from './will-send';
export type { SendVerdict } from './will-send';

// Rules and limits
export {
  /** Every rule cited, with its link. */
  COOKIE_RULES,
} from './rules';

