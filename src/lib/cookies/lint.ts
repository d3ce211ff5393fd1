import { SEVERITIES, type Severity } from '../jwt/finding-types';
import { findJwt } from './find-jwt';
import { cookiePrefix, prefixProblems, type PrefixProblem, type PrefixUse } from './prefixes';
import { COOKIE_RULES, MAX_LIFETIME_SECONDS, MAX_NAME_VALUE_BYTES } from './rules';
import type { RuleCitation } from '../core/source';
import { sessionEvidence, type SessionEvidence } from './session-like';
import { isIpAddress, isPublicSuffix, registrableDomain } from './sites';
import { listText, shown, utf8Length } from './text';
import type { ParsedCookie } from './types';

/** The Set-Cookie linter's codes, as the explainer shows them (`cookie-finding-<code>`). */
export const COOKIE_FINDING_CODES = [
  'host-prefix',
  'secure-prefix',
  'samesite-none-insecure',
  'samesite-missing',
  'no-httponly',
  'no-secure',
  'broad-domain',
  'long-lifetime',
  'too-large',
  'contains-jwt',
] as const;

export type CookieFindingCode = (typeof COOKIE_FINDING_CODES)[number];

interface FindingCommon extends RuleCitation {
  severity: Severity;
  /** One sentence, specific to this cookie. */
  message: string;
}

export type CookieFinding =
  | (FindingCommon & { code: Exclude<CookieFindingCode, 'contains-jwt'> })
  /** `token` is the compact JWT, percent-decoded, ready for the decoder. */
  | (FindingCommon & { code: 'contains-jwt'; token: string; tokenType: 'JWS' | 'JWE' | 'Unsecured'; alg: string; encoding: 'plain' | 'percent-encoded' });

interface LintOptions {
  /** The URL of the response that set the cookie, when known: the prefixes need a secure origin. */
  setBy?: string;
}

/**
 * Findings about one parsed Set-Cookie line, most severe first, then by code. `now` is the
 * instant an Expires is measured from. Never throws.
 */
export function lintCookie(cookie: ParsedCookie, now: Date, options: LintOptions = {}): CookieFinding[] {
  const setBy = parseUrl(options.setBy);
  const evidence = sessionEvidence(cookie);
  const findings: CookieFinding[] = [];
  const push = (finding: CookieFinding | null) => {
    if (finding) findings.push(finding);
  };
  push(prefixFinding(cookie, setBy));
  push(sameSiteNoneFinding(cookie));
  push(sameSiteMissingFinding(cookie, evidence));
  push(httpOnlyFinding(cookie, evidence));
  push(secureFinding(cookie, evidence));
  push(domainFinding(cookie));
  push(lifetimeFinding(cookie, now));
  push(sizeFinding(cookie));
  push(jwtFinding(cookie));
  const rank = (f: CookieFinding) => SEVERITIES.indexOf(f.severity);
  return findings.sort((a, b) => rank(a) - rank(b) || COOKIE_FINDING_CODES.indexOf(a.code) - COOKIE_FINDING_CODES.indexOf(b.code));
}

function parseUrl(text: string | undefined): URL | undefined {
  if (text === undefined) return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** The cookie as a message names it. */
function label(cookie: ParsedCookie): string {
  return cookie.name === '' ? 'The cookie with no name' : `"${shown(cookie.name, 40)}"`;
}

function prefixProblemText(problem: PrefixProblem, cookie: ParsedCookie, setBy: URL | undefined): string {
  switch (problem) {
    case 'not-secure':
      return 'it has no Secure';
    case 'has-domain':
      return `it sets Domain=${cookie.settings.domain}`;
    case 'path-not-root': {
      const path = cookie.attributes.findLast((a) => a.kind === 'path' && a.status === 'used');
      if (!path) return 'it has no Path=/';
      return path.kind === 'path' && path.path !== null ? `its Path is ${shown(path.path)}` : `its Path=${shown(path.value)} is no path`;
    }
    case 'insecure-origin':
      return `it comes from ${setBy?.origin ?? 'an http URL'}, which is not a secure origin`;
  }
}

/** 6265bis §4.1.3.1 and §4.1.3.2; prefixes match case-insensitively (§4.1.3). */
function prefixFinding(cookie: ParsedCookie, setBy: URL | undefined): CookieFinding | null {
  const use = cookiePrefix(cookie);
  if (!use) return null;
  const code = use.prefix === '__Host-' ? 'host-prefix' : 'secure-prefix';
  const rule = use.prefix === '__Host-' ? COOKIE_RULES.hostPrefix : COOKIE_RULES.securePrefix;
  if (use.nameless) {
    return {
      code,
      severity: 'high',
      message: `Browsers reject a cookie with no name whose value starts with "${use.written}", since its Cookie header would pass it off as a ${use.prefix} cookie.`,
      ...COOKIE_RULES.storage,
    };
  }
  const problems = prefixProblems(cookie, use.prefix, setBy);
  if (problems.length === 0) return null;
  const needs = use.prefix === '__Host-' ? 'Secure, no Domain and Path=/, from a secure origin' : 'Secure, from a secure origin';
  return {
    code,
    severity: 'high',
    message: `Browsers reject ${label(cookie)} because ${listText(problems.map((p) => prefixProblemText(p, cookie, setBy)))}; a ${use.prefix} cookie needs ${needs}${caseNote(use)}.`,
    ...rule,
  };
}

function caseNote(use: PrefixUse): string {
  return use.written === use.prefix ? '' : ` (prefixes match in any case, so "${use.written}" counts as ${use.prefix})`;
}

/** 6265bis §5.7: a SameSite=None cookie must be Secure. */
function sameSiteNoneFinding(cookie: ParsedCookie): CookieFinding | null {
  if (cookie.settings.sameSite !== 'None' || cookie.settings.secure) return null;
  return {
    code: 'samesite-none-insecure',
    severity: 'high',
    message: 'SameSite=None without Secure: browsers that follow the draft, Chromium-based ones among them, reject the cookie, so it is never stored; add Secure.',
    ...COOKIE_RULES.storage,
  };
}

/** 6265bis §5.6.7 and MDN's browser data: only Chromium-based browsers default to Lax. */
function sameSiteMissingFinding(cookie: ParsedCookie, evidence: SessionEvidence | null): CookieFinding | null {
  if (cookie.settings.sameSite !== 'Default') return null;
  const given = cookie.attributes.findLast((a) => a.kind === 'samesite');
  const browsers = 'Chromium-based browsers treat the cookie as SameSite=Lax by default, while Firefox and Safari do not';
  const message = given
    ? `SameSite=${shown(given.value)} is not Strict, Lax or None, so it counts as missing: ${browsers}.`
    : `No SameSite attribute: ${browsers}, so set SameSite explicitly.`;
  return { code: 'samesite-missing', severity: evidence ? 'medium' : 'low', message, ...COOKIE_RULES.mdnSameSite };
}

function evidenceText(evidence: SessionEvidence): string {
  switch (evidence.reason) {
    case 'name':
      return `is named like a session cookie (${evidence.source})`;
    case 'jwt':
      return 'holds a JWT';
    case 'random-value':
      return 'holds a long random-looking value, like a session ID';
  }
}

/** OWASP Session Management: session cookies must be HttpOnly. */
function httpOnlyFinding(cookie: ParsedCookie, evidence: SessionEvidence | null): CookieFinding | null {
  if (!evidence || cookie.settings.httpOnly) return null;
  return {
    code: 'no-httponly',
    severity: 'medium',
    message: `${label(cookie)} ${evidenceText(evidence)} but has no HttpOnly, so any script running in the page, an injected one included, can read it through document.cookie.`,
    ...COOKIE_RULES.sessionHttpOnly,
  };
}

/** OWASP Session Management: session cookies must be Secure. */
function secureFinding(cookie: ParsedCookie, evidence: SessionEvidence | null): CookieFinding | null {
  if (!evidence || cookie.settings.secure) return null;
  return {
    code: 'no-secure',
    severity: 'high',
    message: `${label(cookie)} ${evidenceText(evidence)} but has no Secure, so the browser also sends it over plain http, where anyone on the network path can read it.`,
    ...COOKIE_RULES.sessionSecure,
  };
}

/** MDN Domain (fact 19): with Domain a cookie covers subdomains; a public suffix is refused. */
function domainFinding(cookie: ParsedCookie): CookieFinding | null {
  const domain = cookie.settings.domain;
  // Browsers match an IP address only to itself, so a Domain that is one widens nothing.
  if (domain === null || isIpAddress(domain)) return null;
  const shownDomain = shown(domain);
  if (isPublicSuffix(domain)) {
    const what = domain.includes('.') ? 'is a public suffix' : 'has a single label, which browsers treat as a public suffix';
    return {
      code: 'broad-domain',
      severity: 'high',
      message: `Domain=${shownDomain} ${what}, so browsers reject the cookie unless the response came from ${shownDomain} itself (it then stays host-only).`,
      ...COOKIE_RULES.mdnDomain,
    };
  }
  if (registrableDomain(domain) === domain) {
    return {
      code: 'broad-domain',
      severity: 'medium',
      message: `Domain=${shownDomain} sends the cookie to ${shownDomain} and every host under it, not only the one that set it, so any subdomain of the site (another team's app, a forgotten one taken over) receives it and can overwrite it; leave Domain out to keep it host-only.`,
      ...COOKIE_RULES.mdnDomain,
    };
  }
  return {
    code: 'broad-domain',
    severity: 'low',
    message: `Domain=${shownDomain} sends the cookie to ${shownDomain} and all its subdomains too, not only the host that set it; leave Domain out to keep it host-only.`,
    ...COOKIE_RULES.mdnDomain,
  };
}

const DAY_SECONDS = 24 * 60 * 60;
const numbers = new Intl.NumberFormat('en-US');

function days(seconds: number): string {
  const count = Math.floor(seconds / DAY_SECONDS);
  return count < 1e12 ? `${numbers.format(count)} days` : 'more than a trillion days';
}

/** 6265bis §5.5: browsers cap lifetime at 400 days. Max-Age wins over Expires. */
function lifetimeFinding(cookie: ParsedCookie, now: Date): CookieFinding | null {
  const { maxAgeSeconds, expires } = cookie.settings;
  const cap = "but browsers cap a cookie's lifetime at 400 days, so it expires sooner than asked";
  let message: string | null = null;
  if (maxAgeSeconds !== null) {
    const written = cookie.attributes.findLast((a) => a.kind === 'max-age' && a.status === 'used')?.value ?? String(maxAgeSeconds);
    if (maxAgeSeconds > MAX_LIFETIME_SECONDS) message = `Max-Age=${shown(written, 20)} asks for ${days(maxAgeSeconds)}, ${cap}.`;
  } else if (expires !== null) {
    const seconds = (expires.getTime() - now.getTime()) / 1000;
    if (seconds > MAX_LIFETIME_SECONDS) message = `Expires ${expires.toISOString().replace('.000Z', 'Z')} is ${days(seconds)} away, ${cap}.`;
  }
  return message === null ? null : { code: 'long-lifetime', severity: 'low', message, ...COOKIE_RULES.lifetimeLimit };
}

/** 6265bis §5.6: name plus value over 4096 bytes and browsers ignore the line. */
function sizeFinding(cookie: ParsedCookie): CookieFinding | null {
  const bytes = utf8Length(cookie.name) + utf8Length(cookie.value);
  if (bytes <= MAX_NAME_VALUE_BYTES) return null;
  return {
    code: 'too-large',
    severity: 'high',
    message: `Name and value add up to ${numbers.format(bytes)} bytes, more than the ${numbers.format(MAX_NAME_VALUE_BYTES)} browsers accept, so they ignore this whole Set-Cookie line.`,
    ...COOKIE_RULES.parsing,
  };
}

/** OWASP JWT Cheat Sheet: a token in a cookie is readable by whoever holds the cookie. */
function jwtFinding(cookie: ParsedCookie): CookieFinding | null {
  const found = findJwt(cookie.value);
  if (!found) return null;
  const what =
    found.type === 'JWE'
      ? `an encrypted JWT (JWE, alg ${shown(found.alg, 20)}) whose header anyone holding the cookie can read`
      : `a JWT (alg ${shown(found.alg, 20)}${found.encoding === 'percent-encoded' ? ', percent-encoded' : ''}) whose claims anyone holding the cookie can read`;
  return {
    code: 'contains-jwt',
    severity: 'info',
    message: `The value holds ${what}: open it in the decoder to see what it carries.`,
    ...COOKIE_RULES.jwtStorage,
    token: found.token,
    tokenType: found.type,
    alg: found.alg,
    encoding: found.encoding,
  };
}
