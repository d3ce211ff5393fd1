import { cookiePrefix, prefixProblems } from './prefixes';
import { COOKIE_RULES, MAX_NAME_VALUE_BYTES } from './rules';
import type { RuleCitation } from '../core/source';
import { isIpAddress, isPublicSuffix } from './sites';
import { shown, utf8Length } from './text';
import { defaultPath, domainMatches, isSecureUrl } from './url-match';
import type { ParsedCookie } from './types';

/** Why a browser would refuse to store a cookie set by a given URL (6265bis §5.6, §5.7; MDN Partitioned). */
export type StoreProblemCode =
  | 'too-large'
  | 'non-ascii-domain'
  | 'public-suffix-domain'
  | 'domain-mismatch'
  | 'secure-from-insecure-origin'
  | 'samesite-none-insecure'
  | 'host-prefix'
  | 'secure-prefix'
  | 'partitioned-insecure';

export interface StoreProblem extends RuleCitation {
  code: StoreProblemCode;
  /** A clause, without a capital or a full stop: "Domain=x.example does not cover y.example". */
  text: string;
}

/** The cookie as a browser would store it from a response at `setBy`, and why it might refuse to. */
export interface StoredCookie {
  /** The host (host-only) or the domain the cookie goes to. */
  domain: string;
  hostOnly: boolean;
  path: string;
  /** Whether the path is the default path, the directory of the URL that set the cookie. */
  defaultPath: boolean;
  problems: StoreProblem[];
}

/** The storage model of 6265bis §5.7, for one cookie and the URL of the response that carried it. */
export function storeCookie(cookie: ParsedCookie, setBy: URL): StoredCookie {
  const { settings } = cookie;
  const host = setBy.hostname;
  const problems: StoreProblem[] = [];
  const problem = (code: StoreProblemCode, text: string, rule: RuleCitation) => problems.push({ code, text, ...rule });

  const bytes = utf8Length(cookie.name) + utf8Length(cookie.value);
  if (bytes > MAX_NAME_VALUE_BYTES) problem('too-large', `name and value add up to ${bytes} bytes, more than ${MAX_NAME_VALUE_BYTES}`, COOKIE_RULES.parsing);

  let domain = host;
  let hostOnly = true;
  const attribute = settings.domain;
  if (attribute !== null) {
    if (/[^\x20-\x7e]/.test(attribute)) {
      problem('non-ascii-domain', `Domain=${shown(attribute)} has characters beyond ASCII`, COOKIE_RULES.storage);
    } else if (attribute === host && (isPublicSuffix(attribute) || isIpAddress(attribute))) {
      // §5.7: a public suffix equal to the host leaves the cookie host-only; so does an IP address, which matches only itself.
    } else if (isPublicSuffix(attribute)) {
      problem('public-suffix-domain', `Domain=${shown(attribute)} is a public suffix`, COOKIE_RULES.storage);
    } else if (!domainMatches(host, attribute)) {
      problem('domain-mismatch', `Domain=${shown(attribute)} does not cover ${host}, the host that set it`, COOKIE_RULES.storage);
    } else {
      domain = attribute;
      hostOnly = false;
    }
  }

  if (settings.secure && !isSecureUrl(setBy)) {
    problem('secure-from-insecure-origin', `it is Secure but was set over plain http by ${setBy.origin}`, COOKIE_RULES.storage);
  }
  if (settings.sameSite === 'None' && !settings.secure) problem('samesite-none-insecure', 'it is SameSite=None without Secure', COOKIE_RULES.storage);

  const prefix = cookiePrefix(cookie);
  if (prefix) {
    const code = prefix.prefix === '__Host-' ? 'host-prefix' : 'secure-prefix';
    const failed = prefix.nameless
      ? [`it has no name and its value starts with ${prefix.written}`]
      : prefixProblems(cookie, prefix.prefix, setBy)
          // An insecure origin is already its own problem above when the cookie is Secure.
          .filter((p) => !(p === 'insecure-origin' && settings.secure))
          .map((p) => ({ 'not-secure': 'no Secure', 'has-domain': 'a Domain', 'path-not-root': 'no Path=/', 'insecure-origin': 'an http origin' })[p]);
    if (failed.length > 0) {
      problem(code, prefix.nameless ? failed[0]! : `it is a ${prefix.prefix} cookie with ${failed.join(', ')}`, prefix.prefix === '__Host-' ? COOKIE_RULES.hostPrefix : COOKIE_RULES.securePrefix);
    }
  }
  if (settings.partitioned && !settings.secure) problem('partitioned-insecure', 'it is Partitioned without Secure', COOKIE_RULES.mdnPartitioned);

  const path = settings.path ?? defaultPath(setBy);
  return { domain, hostOnly, path, defaultPath: settings.path === null, problems };
}
