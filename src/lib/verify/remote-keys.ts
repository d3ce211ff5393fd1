import { parseJson } from '../core/json-parse';
import type { JsonObject, JsonValue } from '../core/json';
import { looksLikePem, readPemBlocks } from './pem';
import { isObject } from '../core/json';

/** One request made while looking for keys, shown to the user as it happened. */
export interface FetchStep {
  url: string;
  /** What came back: "200, JSON Web Key Set with 3 keys", "404", "request failed". */
  outcome: string;
}

export type RemoteKeysErrorCode =
  | 'invalid-url'
  | 'not-https'
  | 'offline'
  | 'network-or-cors'
  | 'timeout'
  | 'http-error'
  | 'not-json'
  | 'no-keys'
  | 'no-jwks-uri'
  | 'issuer-mismatch';

export type RemoteKeysResult =
  | { ok: true; kind: 'jwks'; jwks: JsonObject; jwksUrl: string; issuer?: string; steps: FetchStep[] }
  /** RFC 7515 §4.1.5 "x5u": a PEM certificate chain, the signer's certificate first. */
  | { ok: true; kind: 'certificates'; pem: string; certificateCount: number; url: string; steps: FetchStep[] }
  | { ok: false; code: RemoteKeysErrorCode; message: string; steps: FetchStep[] };

export interface RemoteKeysDeps {
  fetch: typeof fetch;
  /** navigator.onLine: tells "offline" from "refused". */
  online: () => boolean;
  timeoutMs?: number;
}

class Stop extends Error {
  constructor(
    readonly code: RemoteKeysErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function hasKeys(value: JsonObject): boolean {
  return Array.isArray(value.keys);
}

function hasUsableKeys(value: JsonObject): boolean {
  return Array.isArray(value.keys) && value.keys.length > 0;
}

/** A problem in words a user can act on. */
function failure(problem: Problem, url: string, deps: RemoteKeysDeps): Stop {
  switch (problem) {
    case 'request-failed':
      if (!deps.online()) return new Stop('offline', `This browser is offline, so ${url} could not be fetched. Paste the key set's JSON into the key field instead.`);
      return new Stop(
        'network-or-cors',
        `The request to ${url} failed. Most often the server does not let other sites read its keys (its CORS policy), which is common; it can also be a network error. Open the URL in a new tab, copy the JSON and paste it into the key field instead.`,
      );
    case 'timeout':
      return new Stop('timeout', `${url} did not answer in time. Try again, or paste the key set's JSON into the key field instead.`);
    case 'http-error':
      return new Stop('http-error', `${url} answered with an error status (see the requests below): check the URL.`);
    case 'not-json':
      return new Stop('not-json', `${url} did not answer with JSON (a key set looks like {"keys": […]}) nor with PEM certificates. Check the URL.`);
    case 'no-keys':
      return new Stop('no-keys', `${url} answered with JSON that holds no keys ({"keys": […]} with at least one key).`);
  }
}

/** Only https, except for a server on this machine (RFC 8414 §3 and OIDC Discovery §4 require TLS). */
function checkedUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Stop('invalid-url', `“${text.trim()}” is not a URL: it should look like https://login.example.com/ or https://login.example.com/.well-known/jwks.json.`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new Stop('not-https', `Keys are fetched over https only (OIDC Discovery §4, RFC 8414 §3); ${url.protocol} is refused so that nobody on the network can swap them.`);
  }
  return url;
}

const OPENID_CONFIGURATION = '/.well-known/openid-configuration';
const OAUTH_METADATA = '/.well-known/oauth-authorization-server';

/** RFC 8414 §3: the well-known segment goes between the host and the issuer's path. */
function oauthMetadataUrl(issuer: URL): string {
  const path = issuer.pathname === '/' ? '' : issuer.pathname.replace(/\/$/, '');
  return `${issuer.origin}${OAUTH_METADATA}${path}`;
}

/** OpenID Connect Discovery §4: the well-known path is appended to the issuer. */
function openIdConfigurationUrl(issuer: URL): string {
  return `${issuer.href.replace(/\/$/, '')}${OPENID_CONFIGURATION}`;
}

/**
 * The issuer a metadata URL stands for, or null when its path is no well-known one.
 * OpenID Connect Discovery §4 appends /.well-known/openid-configuration to the issuer;
 * RFC 8414 §3.1 inserts /.well-known/oauth-authorization-server between the host and the
 * issuer's path, and §5 allows openid-configuration inserted the same way.
 */
export function issuerOfMetadataUrl(url: URL): string | null {
  const path = url.pathname;
  if (path.endsWith(OPENID_CONFIGURATION)) return `${url.origin}${path.slice(0, -OPENID_CONFIGURATION.length)}`;
  for (const wellKnown of [OAUTH_METADATA, OPENID_CONFIGURATION]) {
    if (path === wellKnown) return url.origin;
    if (path.startsWith(`${wellKnown}/`)) return `${url.origin}${path.slice(wellKnown.length)}`;
  }
  return null;
}

type Problem = 'http-error' | 'not-json' | 'no-keys' | 'request-failed' | 'timeout';
type Fetched = { value: JsonValue } | { pem: string; certificateCount: number } | { problem: Problem };

/** How many certificates a PEM text holds, when it holds nothing else (RFC 7468 §5). */
function certificateCount(text: string): number | null {
  if (!looksLikePem(text)) return null;
  const read = readPemBlocks(text);
  if (!read.ok || read.blocks.length === 0 || read.blocks.some((block) => block.label !== 'CERTIFICATE')) return null;
  return read.blocks.length;
}

/**
 * Fetches JSON, or PEM certificates (an x5u URL); a failure is an answer too ("nothing
 * usable here"), so discovery can try the next URL.
 */
async function getJson(url: string, deps: RemoteKeysDeps, steps: FetchStep[]): Promise<Fetched> {
  const controller = new AbortController();
  // The timer covers the body too: a server that sends headers and then stalls must not hang the page.
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? 10_000);
  try {
    let response: Response;
    let text: string;
    try {
      // No cookies, no referrer: the request says nothing about the page or the token.
      response = await deps.fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', signal: controller.signal });
      text = await response.text();
    } catch {
      const timedOut = controller.signal.aborted;
      steps.push({ url, outcome: timedOut ? 'no answer in time' : 'request failed' });
      return { problem: timedOut ? 'timeout' : 'request-failed' };
    }
    if (!response.ok) {
      steps.push({ url, outcome: `${response.status}` });
      return { problem: 'http-error' };
    }
    const parsed = parseJson(text);
    if (!parsed.ok) {
      const certificates = certificateCount(text);
      if (certificates !== null) {
        steps.push({ url, outcome: `${response.status}, PEM certificate chain of ${certificates} ${certificates === 1 ? 'certificate' : 'certificates'}` });
        return { pem: text, certificateCount: certificates };
      }
      steps.push({ url, outcome: `${response.status}, not JSON` });
      return { problem: 'not-json' };
    }
    const value = parsed.value;
    const count = isObject(value) && hasKeys(value) ? (value.keys as JsonValue[]).length : null;
    steps.push({ url, outcome: count === null ? `${response.status}, JSON` : `${response.status}, JSON Web Key Set with ${count} ${count === 1 ? 'key' : 'keys'}` });
    return { value };
  } finally {
    clearTimeout(timer);
  }
}

function jsonOf(fetched: Fetched): JsonValue | undefined {
  return 'value' in fetched ? fetched.value : undefined;
}

async function keysFromMetadata(metadata: JsonObject, expectedIssuer: string | null, deps: RemoteKeysDeps, steps: FetchStep[]): Promise<RemoteKeysResult> {
  // OIDC Discovery §4.3, RFC 8414 §3.3: the metadata must name the issuer it was fetched for.
  const issuer = typeof metadata.issuer === 'string' ? metadata.issuer : undefined;
  // A trailing slash is the only difference forgiven: "https://a.example" typed for "https://a.example/".
  const bare = (text: string) => text.replace(/\/+$/, '');
  if (expectedIssuer !== null && (issuer === undefined || bare(issuer) !== bare(expectedIssuer))) {
    throw new Stop(
      'issuer-mismatch',
      `The metadata names the issuer “${issuer ?? '(none)'}”, not “${expectedIssuer}”, the one its URL stands for, so its keys cannot be trusted for this issuer (OIDC Discovery §4.3, RFC 8414 §3.3).`,
    );
  }
  if (typeof metadata.jwks_uri !== 'string') throw new Stop('no-jwks-uri', 'The metadata has no jwks_uri, so it does not say where the signing keys are.');
  const jwksUrl = checkedUrl(metadata.jwks_uri).href;
  const fetched = await getJson(jwksUrl, deps, steps);
  const jwks = jsonOf(fetched);
  if (!isObject(jwks) || !hasUsableKeys(jwks)) throw failure('problem' in fetched ? fetched.problem : 'no-keys', jwksUrl, deps);
  return { ok: true, kind: 'jwks', jwks, jwksUrl, ...(issuer === undefined ? {} : { issuer }), steps };
}

/**
 * Fetches signing keys from what the user typed: a JWKS URL, a metadata URL, a PEM
 * certificate chain (a token's x5u), or an issuer resolved through
 * /.well-known/openid-configuration, then RFC 8414's /.well-known/oauth-authorization-server.
 * Only ever called on the user's request.
 */
export async function fetchRemoteKeys(input: string, deps: RemoteKeysDeps): Promise<RemoteKeysResult> {
  const steps: FetchStep[] = [];
  try {
    const url = checkedUrl(input);
    const first = await getJson(url.href, deps, steps);
    // An x5u URL (RFC 7515 §4.1.5): the chain is read as a pasted one would be.
    if ('pem' in first) return { ok: true, kind: 'certificates', pem: first.pem, certificateCount: first.certificateCount, url: url.href, steps };
    const direct = jsonOf(first);
    if (isObject(direct) && hasUsableKeys(direct)) return { ok: true, kind: 'jwks', jwks: direct, jwksUrl: url.href, steps };
    // A metadata URL typed as it is: its issuer must be the one the URL implies, as when discovered.
    if (isObject(direct) && typeof direct.jwks_uri === 'string') return await keysFromMetadata(direct, issuerOfMetadataUrl(url), deps, steps);
    if (!(isObject(direct) && hasKeys(direct))) {
      // Not a key set: perhaps an issuer. Its own page often refuses other sites (CORS) while
      // its metadata does not, so a failure here is no reason to stop.
      for (const metadataUrl of [openIdConfigurationUrl(url), oauthMetadataUrl(url)]) {
        const metadata = jsonOf(await getJson(metadataUrl, deps, steps));
        if (isObject(metadata)) return await keysFromMetadata(metadata, url.href, deps, steps);
      }
    }
    // Nothing found: the URL as typed says best what went wrong.
    throw failure('problem' in first ? first.problem : 'no-keys', url.href, deps);
  } catch (error) {
    if (error instanceof Stop) return { ok: false, code: error.code, message: error.message, steps };
    throw error;
  }
}
