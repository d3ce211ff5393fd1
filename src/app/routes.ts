/**
 * Every route, declared once. The build writes an HTML file for each path, so a deep
 * link works on a static host without rewrite rules; the app resolves them at run time.
 * Plain data: the build reads this file too.
 */
export interface RouteInfo {
  id: 'decoder' | 'timestamp' | 'explainer' | 'encoder' | 'keys';
  /** Path below the base, without a leading slash; '' is the root. */
  path: string;
  /** The navigation link's text. */
  label: string;
  /** The document title. */
  title: string;
}

export const ROUTES: readonly RouteInfo[] = [
  { id: 'decoder', path: '', label: 'Decoder', title: 'Token Lens — JWT decoder' },
  { id: 'encoder', path: 'encoder', label: 'Encoder', title: 'Token Lens — JWT encoder' },
  { id: 'timestamp', path: 'timestamp', label: 'Timestamps', title: 'Token Lens — Timestamp converter' },
  { id: 'explainer', path: 'explainer', label: 'Sessions vs JWTs', title: 'Token Lens — Server-side sessions vs JWTs' },
  { id: 'keys', path: 'keys', label: 'Keys', title: 'Token Lens — Key generator and converter' },
];

export type RouteId = RouteInfo['id'];

/** The href of a route below the deployment's base path (Vite's `base`, ending in '/'). */
export function routeHref(route: RouteInfo, base: string): string {
  return route.path === '' ? base : `${base}${route.path}/`;
}

/** The route a pathname shows, or null for the not-found view. */
export function matchRoute(pathname: string, base: string): RouteInfo | null {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const path = rest.replace(/(?:index\.html)?$/, '').replace(/\/+$/, '');
  return ROUTES.find((route) => route.path === path) ?? null;
}

/**
 * The single file opened from disk cannot change its path (a file: URL's path is fixed
 * for history.pushState), so there the view is named in the query: `?view=timestamp`.
 * The decoder is the file itself, with no query.
 */
export const VIEW_PARAM = 'view';

/** The href of a route inside the single file, relative to it. */
export function viewParamHref(route: RouteInfo): string {
  return route.path === '' ? '?' : `?${VIEW_PARAM}=${encodeURIComponent(route.path)}`;
}

/** The route a single file's query shows, or null for the not-found view. */
export function matchViewParam(search: string): RouteInfo | null {
  const view = new URLSearchParams(search).get(VIEW_PARAM) ?? '';
  return ROUTES.find((route) => route.path === view) ?? null;
}
