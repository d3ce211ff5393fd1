/**
 * Every route, declared once. The build writes an HTML file for each path, so a deep
 * link works on a static host without rewrite rules; the app resolves them at run time.
 * Plain data: the build reads this file too.
 */
export interface RouteInfo {
  id: 'decoder' | 'timestamp' | 'explainer';
  /** Path below the base, without a leading slash; '' is the root. */
  path: string;
  /** The navigation link's text. */
  label: string;
  /** The document title. */
  title: string;
}

export const ROUTES: readonly RouteInfo[] = [
  { id: 'decoder', path: '', label: 'Decoder', title: 'Token Lens — JWT decoder' },
  { id: 'timestamp', path: 'timestamp', label: 'Timestamps', title: 'Token Lens — Timestamp converter' },
  { id: 'explainer', path: 'explainer', label: 'Sessions vs JWTs', title: 'Token Lens — Server-side sessions vs JWTs' },
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
