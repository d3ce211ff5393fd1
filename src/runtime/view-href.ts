import { routeHref, viewParamHref } from './view-paths';

const BASE = import.meta.env.BASE_URL;

/** The build made to be opened from disk as one file (`npm run build:single`). */
export const SINGLE_FILE = import.meta.env.MODE === 'single';

/**
 * The href of a view, with an optional fragment ('#token=…'), for this build: a path below
 * the base on a host, `?view=…` in the offline copy. A feature links to another through
 * that feature's index.ts: `hrefTo(encoderView, '#token=…')`.
 */
export function hrefTo(view: { path: string }, fragment = ''): string {
  return (SINGLE_FILE ? viewParamHref(view) : routeHref(view, BASE)) + fragment;
}
