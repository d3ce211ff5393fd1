import { describe, expect, it } from 'vitest';
import { ROUTES, matchRoute, matchViewParam, routeHref, viewParamHref } from './routes';

const route = (id: string) => ROUTES.find((r) => r.id === id)!;

describe('hosted paths', () => {
  it('gives every route a path below the base, and finds it back', () => {
    for (const base of ['/', '/tools/lens/']) {
      for (const r of ROUTES) expect(matchRoute(routeHref(r, base), base)).toBe(r);
    }
    expect(routeHref(route('timestamp'), '/tools/lens/')).toBe('/tools/lens/timestamp/');
  });

  it('accepts index.html and a missing trailing slash, and nothing else', () => {
    expect(matchRoute('/explainer', '/')).toBe(route('explainer'));
    expect(matchRoute('/explainer/index.html', '/')).toBe(route('explainer'));
    expect(matchRoute('/explainer/more', '/')).toBeNull();
  });
});

describe('the single file', () => {
  it('names each view in the query, and finds it back', () => {
    for (const r of ROUTES) expect(matchViewParam(viewParamHref(r))).toBe(r);
    expect(viewParamHref(route('timestamp'))).toBe('?view=timestamp');
  });

  it('shows the decoder with no query, and not-found for an unknown view', () => {
    expect(matchViewParam('')).toBe(route('decoder'));
    expect(matchViewParam('?token=abc')).toBe(route('decoder'));
    expect(matchViewParam('?view=nope')).toBeNull();
  });
});
