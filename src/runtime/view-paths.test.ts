import { describe, expect, it } from 'vitest';
import { matchRoute, matchViewParam, routeHref, viewParamHref } from './view-paths';

const VIEWS = [{ path: '' }, { path: 'timestamp' }, { path: 'explainer' }] as const;
const [decoder, timestamp, explainer] = VIEWS;

describe('hosted paths', () => {
  it('gives every view a path below the base, and finds it back', () => {
    for (const base of ['/', '/tools/lens/']) {
      for (const view of VIEWS) expect(matchRoute(VIEWS, routeHref(view, base), base)).toBe(view);
    }
    expect(routeHref(timestamp, '/tools/lens/')).toBe('/tools/lens/timestamp/');
    expect(routeHref(decoder, '/tools/lens/')).toBe('/tools/lens/');
  });

  it('accepts index.html and a missing trailing slash, and nothing else', () => {
    expect(matchRoute(VIEWS, '/explainer', '/')).toBe(explainer);
    expect(matchRoute(VIEWS, '/explainer/index.html', '/')).toBe(explainer);
    expect(matchRoute(VIEWS, '/explainer/more', '/')).toBeNull();
  });
});

describe('the offline copy', () => {
  it('names each view in the query, and finds it back', () => {
    for (const view of VIEWS) expect(matchViewParam(VIEWS, viewParamHref(view))).toBe(view);
    expect(viewParamHref(timestamp)).toBe('?view=timestamp');
  });

  it('shows the decoder with no query, and not-found for an unknown view', () => {
    expect(matchViewParam(VIEWS, '')).toBe(decoder);
    expect(matchViewParam(VIEWS, '?token=abc')).toBe(decoder);
    expect(matchViewParam(VIEWS, '?view=nope')).toBeNull();
  });
});
