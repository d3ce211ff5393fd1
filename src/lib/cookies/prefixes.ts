import { defaultPath, isSecureUrl } from './url-match';
import type { ParsedCookie } from './types';

/** The two cookie name prefixes of 6265bis §4.1.3. */
export type CookiePrefix = '__Host-' | '__Secure-';

export interface PrefixUse {
  prefix: CookiePrefix;
  /** The prefix as written, in its own case: prefixes match case-insensitively (§4.1.3). */
  written: string;
  /** A cookie with no name whose value starts with a prefix: browsers reject it (§5.7). */
  nameless: boolean;
}

/** Which prefix the cookie's name (or, for a nameless cookie, its value) starts with, in any case. */
export function cookiePrefix(cookie: Pick<ParsedCookie, 'name' | 'value'>): PrefixUse | null {
  const nameless = cookie.name === '';
  const text = nameless ? cookie.value : cookie.name;
  const match = /^(__host-|__secure-)/i.exec(text);
  if (!match) return null;
  return { prefix: match[1]!.toLowerCase() === '__host-' ? '__Host-' : '__Secure-', written: match[1]!, nameless };
}

/** What a prefixed cookie lacks (6265bis §4.1.3.1, §4.1.3.2, and their checks in §5.7). */
export type PrefixProblem = 'not-secure' | 'has-domain' | 'path-not-root' | 'insecure-origin';

/**
 * The requirements of the cookie's prefix it fails, in the order the draft lists them. The
 * origin is checked only when the URL that set the cookie is known; so is the default path
 * that an invalid Path attribute falls back to.
 */
export function prefixProblems(cookie: ParsedCookie, prefix: CookiePrefix, setBy?: URL): PrefixProblem[] {
  const problems: PrefixProblem[] = [];
  const { settings } = cookie;
  if (!settings.secure) problems.push('not-secure');
  if (prefix === '__Host-') {
    if (settings.domain !== null) problems.push('has-domain');
    // §5.7: a Path attribute is required, and the cookie's path must be "/".
    const path = cookie.attributes.findLast((a) => a.kind === 'path' && a.status === 'used');
    const effective = path?.kind === 'path' ? (path.path ?? (setBy ? defaultPath(setBy) : null)) : null;
    if (effective !== '/') problems.push('path-not-root');
  }
  if (setBy && !isSecureUrl(setBy)) problems.push('insecure-origin');
  return problems;
}
