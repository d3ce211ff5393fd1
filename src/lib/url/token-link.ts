/** Names a link may carry a token under, in the fragment or (wrongly) in the query. */
export const TOKEN_PARAMS = ['token', 'id_token', 'access_token'] as const;

export interface LinkedToken {
  token: string;
  param: (typeof TOKEN_PARAMS)[number];
  /** Where it was: the fragment never leaves the browser, the query is sent to the host. */
  from: 'fragment' | 'query';
}

/**
 * The parameters of a query or fragment. Unlike URLSearchParams, a "+" stays a "+":
 * it belongs to the standard base64 alphabet, and reading it as a space would change the token.
 */
function readParams(text: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of text.replace(/^[#?]/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const name = decodeLenient(pair.slice(0, at));
    if (!params.has(name)) params.set(name, decodeLenient(pair.slice(at + 1)));
  }
  return params;
}

function decodeLenient(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function firstToken(params: Map<string, string>, from: LinkedToken['from']): LinkedToken | null {
  for (const param of TOKEN_PARAMS) {
    const token = params.get(param);
    if (token) return { token, param, from };
  }
  return null;
}

/** The token a link carries: `#token=…` (or `#id_token=`, `#access_token=`), else `?token=…`. */
export function tokenFromLink(search: string, hash: string): LinkedToken | null {
  return firstToken(readParams(hash), 'fragment') ?? firstToken(readParams(search), 'query');
}

/**
 * The same location with every token taken out of the query and `linked` put in the
 * fragment, which browsers never send to a server (RFC 3986 §3.5).
 */
export function moveTokenToFragment(pathname: string, search: string, linked: LinkedToken): string {
  const rest = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !(TOKEN_PARAMS as readonly string[]).includes(decodeLenient(pair.split('=')[0]!)))
    .join('&');
  return `${pathname}${rest ? `?${rest}` : ''}#${linked.param}=${encodeURIComponent(linked.token)}`;
}

/** A share link that carries the token in the fragment only. */
export function shareLink(origin: string, pathname: string, token: string): string {
  return `${origin}${pathname}#token=${encodeURIComponent(token)}`;
}
