import { ROUTES, matchRoute, matchViewParam, routeHref, viewParamHref, type RouteId, type RouteInfo } from './routes';

const BASE = import.meta.env.BASE_URL;

/** The build made to be opened from disk as one file (`npm run build:single`). */
export const SINGLE_FILE = import.meta.env.MODE === 'single';

/** The href of a view, with an optional fragment ('#t=…'), for this build. */
export function viewHref(id: RouteId, fragment = ''): string {
  const route = ROUTES.find((r) => r.id === id)!;
  return (SINGLE_FILE ? viewParamHref(route) : routeHref(route, BASE)) + fragment;
}

/** The view a location shows, or null for the not-found view. */
export function routeAt(location: { pathname: string; search: string }): RouteInfo | null {
  return SINGLE_FILE ? matchViewParam(location.search) : matchRoute(location.pathname, BASE);
}

/** The home link: the decoder. */
export const HOME_HREF = viewHref('decoder');
