/**
 * Where each view lives. The build writes an HTML file for each path, so a deep link works
 * on a static host without rewrite rules; the app resolves them at run time. The offline
 * copy, opened from disk, cannot change its path (a file: URL's path is fixed for
 * history.pushState), so there the view is named in the query: `?view=timestamp`.
 */

interface Routed {
  path: string;
}

const VIEW_PARAM = 'view';

/** The href of a view below the deployment's base path (Vite's `base`, ending in '/'). */
export function routeHref(view: Routed, base: string): string {
  return view.path === '' ? base : `${base}${view.path}/`;
}

/** The view a pathname shows, or null for the not-found view. */
export function matchRoute<View extends Routed>(views: readonly View[], pathname: string, base: string): View | null {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const path = rest.replace(/(?:index\.html)?$/, '').replace(/\/+$/, '');
  return views.find((view) => view.path === path) ?? null;
}

/** The href of a view inside the offline copy, relative to it; the decoder is the file itself. */
export function viewParamHref(view: Routed): string {
  return view.path === '' ? '?' : `?${VIEW_PARAM}=${encodeURIComponent(view.path)}`;
}

/** The view an offline copy's query shows, or null for the not-found view. */
export function matchViewParam<View extends Routed>(views: readonly View[], search: string): View | null {
  const name = new URLSearchParams(search).get(VIEW_PARAM) ?? '';
  return views.find((view) => view.path === name) ?? null;
}
