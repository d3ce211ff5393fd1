import type { ViewDefinition } from '../runtime/view';
import { SINGLE_FILE } from '../runtime/view-href';
import { matchRoute, matchViewParam } from '../runtime/view-paths';
import { VIEWS } from './views';

const BASE = import.meta.env.BASE_URL;

/** The view a location shows, or null for the not-found view. */
export function viewAt(location: { pathname: string; search: string }): ViewDefinition | null {
  return SINGLE_FILE ? matchViewParam(VIEWS, location.search) : matchRoute(VIEWS, location.pathname, BASE);
}
