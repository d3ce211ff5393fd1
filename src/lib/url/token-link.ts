/** Names a link may carry a token under, in the fragment or (wrongly) in the query. */
export const TOKEN_PARAMS = ['token', 'id_token', 'access_token'] as const;

export interface LinkedToken {
  token: string;
  param: (typeof TOKEN_PARAMS)[number];
  /** Where it was: the fragment never leaves the browser, the query is sent to the host. */
  from: 'fragment' | 'query';
}

function readParams(text: string): URLSearchParams {
  return new URLSearchParams(text.replace(/^[#?]/, ''));
}

function firstToken(params: URLSearchParams, from: LinkedToken['from']): LinkedToken | null {
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
 * The same location with the token moved from the query to the fragment, which
 * browsers never send to a server (RFC 3986 §3.5).
 */
export function moveTokenToFragment(pathname: string, search: string, linked: LinkedToken): string {
  const query = readParams(search);
  query.delete(linked.param);
  const rest = query.toString();
  return `${pathname}${rest ? `?${rest}` : ''}#${linked.param}=${encodeURIComponent(linked.token)}`;
}

/** A share link that carries the token in the fragment only. */
export function shareLink(origin: string, pathname: string, token: string): string {
  return `${origin}${pathname}#token=${encodeURIComponent(token)}`;
}
