import { COOKIE_RULES, MAX_LIFETIME_SECONDS } from './rules';
import type { RuleCitation } from '../core/source';
import { isSameSite, siteOf } from './sites';
import { storeCookie, type StoreProblem, type StoredCookie } from './storage';
import { listText, shown } from './text';
import { domainMatches, isSecureUrl, pathMatches } from './url-match';
import type { ParsedCookie, SameSiteValue } from './types';
import type { Result } from '../core/result';

/** What decides whether a cookie goes with a request, in the order it is checked. */
export type SendCheckName = 'stored' | 'domain' | 'path' | 'secure' | 'expiry' | 'same-site';

export const SEND_CHECKS: readonly SendCheckName[] = ['stored', 'domain', 'path', 'secure', 'expiry', 'same-site'];

interface CheckCommon extends RuleCitation {
  passed: boolean;
  /** One sentence: what was compared, and the outcome. */
  message: string;
}

export type SendCheck =
  | (CheckCommon & { check: 'stored'; /** Why a browser would refuse the cookie; empty when it stores it. */ problems: StoreProblem[] })
  | (CheckCommon & { check: Exclude<SendCheckName, 'stored'> });

export interface SendVerdict {
  sent: boolean;
  /** The first check that failed; the last check when all passed. */
  decidedBy: SendCheckName;
  /** Every check, in order, whether it passed or not. */
  checks: SendCheck[];
}

export interface SendEvaluation extends SendVerdict {
  /**
   * Present when the cookie has no valid SameSite. The verdict above treats it as Lax, as the
   * draft and Chromium-based browsers do; this one as Firefox and Safari do, with no such default.
   */
  withoutLaxByDefault?: SendVerdict;
}

export interface SendQuery {
  /** The URL of the response whose Set-Cookie made the cookie: the host of a host-only cookie, and its default Path. */
  setBy: string;
  /** The top-level page the request is made from (for a navigation, the page it leaves). */
  page: string;
  /** The URL the request goes to. */
  request: string;
  /** GET when omitted. */
  method?: string;
  /** Whether the request navigates the top-level window (a link, a form, location); not fetch, images or iframes. */
  topLevelNavigation: boolean;
  now: Date;
  /** When the cookie was set; `now` when omitted. Max-Age counts from it. */
  setAt?: Date;
}

type SendQueryErrorCode = 'invalid-url' | 'unsupported-scheme';

interface SendQueryError {
  code: SendQueryErrorCode;
  field: 'setBy' | 'page' | 'request';
  message: string;
}

type SendResult = Result<SendEvaluation, SendQueryError>;

const FIELD_TEXT = { setBy: 'URL that set the cookie', page: 'page URL', request: 'request URL' } as const;

function readUrl(field: SendQueryError['field'], text: string): URL | SendQueryError {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { code: 'invalid-url', field, message: `The ${FIELD_TEXT[field]} is not a URL: ${JSON.stringify(shown(text))}.` };
  }
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) {
    return { code: 'unsupported-scheme', field, message: `The ${FIELD_TEXT[field]} uses ${url.protocol}, but cookies go only with http, https, ws and wss requests.` };
  }
  return url;
}

/** RFC 9110 §9.2.1, as 6265bis names them. */
const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS', 'TRACE'];

/**
 * Whether a browser would send the cookie with a request, and why: every check of the
 * retrieval algorithm (6265bis §5.8.3) in order — could the cookie be stored at all (§5.7),
 * host or Domain match, path-match, Secure against the scheme (localhost excepted), expiry,
 * SameSite against same-site computed from registrable domains and schemes. Never throws.
 */
export function willBeSent(cookie: ParsedCookie, query: SendQuery): SendResult {
  const urls = { setBy: readUrl('setBy', query.setBy), page: readUrl('page', query.page), request: readUrl('request', query.request) };
  for (const url of Object.values(urls)) if (!(url instanceof URL)) return { ok: false, error: url };
  const setBy = urls.setBy as URL;
  const page = urls.page as URL;
  const request = urls.request as URL;
  const stored = storeCookie(cookie, setBy);
  const common: SendCheck[] = [
    storedCheck(stored, setBy),
    domainCheck(stored, request),
    pathCheck(stored, setBy, request),
    secureCheck(cookie, request),
    expiryCheck(cookie, query.setAt ?? query.now, query.now),
  ];
  const context: SameSiteContext = { page, request, method: (query.method ?? 'GET').trim().toUpperCase() || 'GET', navigation: query.topLevelNavigation };
  const declared = cookie.settings.sameSite;
  const main = verdict([...common, sameSiteCheck(declared === 'Default' ? 'Lax' : declared, declared, context)]);
  if (declared !== 'Default') return { ok: true, value: main };
  return { ok: true, value: { ...main, withoutLaxByDefault: verdict([...common, sameSiteCheck('None', declared, context)]) } };
}

function verdict(checks: SendCheck[]): SendVerdict {
  const failed = checks.find((c) => !c.passed);
  return { sent: !failed, decidedBy: (failed ?? checks[checks.length - 1]!).check, checks };
}

function storedCheck(stored: StoredCookie, setBy: URL): SendCheck {
  const first = stored.problems[0];
  if (first) {
    return {
      check: 'stored',
      passed: false,
      message: `A browser would not store the cookie at all: ${listText(stored.problems.map((p) => p.text))}.`,
      rule: first.rule,
      ruleUrl: first.ruleUrl,
      problems: stored.problems,
    };
  }
  const scope = stored.hostOnly ? `host-only for ${stored.domain}` : `for ${stored.domain} and its subdomains`;
  return { check: 'stored', passed: true, message: `A browser stores the cookie set by ${setBy.origin}: ${scope}, path ${stored.path}.`, ...COOKIE_RULES.storage, problems: [] };
}

/** 6265bis §5.8.3: a host-only cookie needs the very host; otherwise domain-match (§5.1.3). Ports do not count. */
function domainCheck(stored: StoredCookie, request: URL): SendCheck {
  const host = request.hostname;
  if (stored.hostOnly) {
    const passed = host === stored.domain;
    const message = passed
      ? `The cookie is host-only for ${stored.domain}, and the request goes to that host (ports do not count).`
      : `The cookie is host-only (no Domain), so it goes only to ${stored.domain}, not to ${host}.`;
    return { check: 'domain', passed, message, ...COOKIE_RULES.domainMatch };
  }
  const passed = domainMatches(host, stored.domain);
  const message = passed
    ? `Domain=${stored.domain} covers ${host}.`
    : `Domain=${stored.domain} covers that domain and its subdomains, and ${host} is neither.`;
  return { check: 'domain', passed, message, ...COOKIE_RULES.domainMatch };
}

/** 6265bis §5.1.4: path-match; without a Path attribute, the default path of the URL that set the cookie. */
function pathCheck(stored: StoredCookie, setBy: URL, request: URL): SendCheck {
  const passed = pathMatches(request.pathname, stored.path);
  const path = stored.defaultPath ? `The cookie's path ${stored.path} (the default: the directory of ${setBy.pathname})` : `Path=${stored.path}`;
  const message = `${path} ${passed ? 'matches' : 'does not match'} the request path ${shown(request.pathname)}.`;
  return { check: 'path', passed, message, ...COOKIE_RULES.paths };
}

/** 6265bis §5.8.3: a Secure cookie goes only over a secure channel; browsers count localhost as one (fact 21). */
function secureCheck(cookie: ParsedCookie, request: URL): SendCheck {
  const rule = COOKIE_RULES.retrieval;
  if (!cookie.settings.secure) return { check: 'secure', passed: true, message: 'The cookie is not Secure, so it goes over http and https alike.', ...rule };
  if (request.protocol === 'https:' || request.protocol === 'wss:') {
    return { check: 'secure', passed: true, message: `The cookie is Secure, and the request uses ${request.protocol.slice(0, -1)}.`, ...rule };
  }
  const passed = isSecureUrl(request);
  const message = passed
    ? `The cookie is Secure, and the request goes to ${request.hostname}, which browsers treat as secure even over plain http.`
    : `The cookie is Secure, so it does not go over plain http to ${request.hostname}.`;
  return { check: 'secure', passed, message, ...rule };
}

function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Expiry by Max-Age (§5.6.2) or Expires (§5.6.1), capped at 400 days (§5.5); neither makes a session cookie. */
function expiryCheck(cookie: ParsedCookie, setAt: Date, now: Date): SendCheck {
  const { maxAgeSeconds, expires } = cookie.settings;
  const cap = setAt.getTime() + MAX_LIFETIME_SECONDS * 1000;
  if (maxAgeSeconds === null && expires === null) {
    return {
      check: 'expiry',
      passed: true,
      message: 'With no Max-Age or Expires it is a session cookie: it lasts until the browser session ends, and session restore can keep it longer.',
      ...COOKIE_RULES.storage,
    };
  }
  if (maxAgeSeconds !== null && maxAgeSeconds <= 0) {
    return { check: 'expiry', passed: false, message: `Max-Age=${maxAgeSeconds} expires the cookie as soon as it is set: the line deletes it.`, ...COOKIE_RULES.maxAge };
  }
  const asked = maxAgeSeconds !== null ? setAt.getTime() + maxAgeSeconds * 1000 : expires!.getTime();
  const capped = asked > cap;
  const at = Math.min(asked, cap);
  const passed = now.getTime() < at;
  const source = maxAgeSeconds !== null ? `Max-Age=${maxAgeSeconds} from ${rfc3339(setAt.getTime())}` : 'Expires';
  const when = `${rfc3339(at)} (${capped ? `capped at 400 days after it was set, sooner than ${source} asks` : `by ${source}`})`;
  const message = passed ? `The cookie lasts until ${when}, after now.` : `The cookie expired at ${when}, before now.`;
  const rule = capped ? COOKIE_RULES.lifetimeLimit : maxAgeSeconds !== null ? COOKIE_RULES.maxAge : COOKIE_RULES.expires;
  return { check: 'expiry', passed, message, ...rule };
}

interface SameSiteContext {
  page: URL;
  request: URL;
  method: string;
  navigation: boolean;
}

/** Why two URLs are same-site or not, as a clause. */
function siteRelation(page: URL, request: URL): string {
  const a = siteOf(page);
  const b = siteOf(request);
  if (a.scheme === b.scheme && a.host === b.host) return `the request is same-site with the page (both ${a.scheme}://${a.host})`;
  if (a.host === b.host) return `the request is cross-site, since the page uses ${a.scheme} and the request ${b.scheme} (a different scheme makes a different site)`;
  return `the request is cross-site, since the page's site is ${a.host} and the request's ${b.host}`;
}

/**
 * 6265bis §5.8.3 with §5.2: Strict goes only same-site; Lax also with a cross-site top-level
 * navigation by a safe method; None always. `enforced` is what is applied, `declared` what the
 * cookie says ('Default' when it has no valid SameSite).
 */
function sameSiteCheck(enforced: SameSiteValue, declared: SameSiteValue | 'Default', context: SameSiteContext): SendCheck {
  const { page, request, method, navigation } = context;
  const same = isSameSite(page, request);
  const relation = siteRelation(page, request);
  const lead =
    declared !== 'Default'
      ? `SameSite=${declared}`
      : enforced === 'Lax'
        ? 'With no SameSite the cookie counts as Lax (the draft, Chromium-based browsers)'
        : 'With no SameSite and no Lax default (Firefox, Safari) the cookie goes like SameSite=None';
  const check = (passed: boolean, clause: string): SendCheck => ({ check: 'same-site', passed, message: `${lead}: ${clause}.`, ...COOKIE_RULES.retrieval });
  if (enforced === 'None') {
    const caveat = same || navigation ? '' : ', though browsers that block third-party cookies still hold it back from such a request';
    return check(true, `it goes with same-site and cross-site requests alike, and ${relation}${caveat}`);
  }
  if (same) return check(true, relation);
  if (enforced === 'Strict') return check(false, `${relation}, and a Strict cookie goes with no cross-site request, not even a top-level navigation`);
  if (!navigation) return check(false, `${relation}, and Lax lets a cookie go cross-site only with a top-level navigation, which this request is not`);
  if (!SAFE_METHODS.includes(method)) {
    return check(false, `${relation}, and Lax lets a cookie go cross-site only with a safe method (GET, HEAD, OPTIONS, TRACE), not ${shown(method, 20)}`);
  }
  return check(true, `${relation}, but it is a top-level navigation with ${method}, which Lax allows`);
}
