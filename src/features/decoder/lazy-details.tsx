import { lazy } from 'react';

const loadDetails = () => import('./token-details');

/** Starts loading the details chunk: the page calls it once it has painted. */
export function preloadDetails(): void {
  // Offline before the chunk was cached: the details say so where they would be.
  loadDetails().catch(() => undefined);
}

export const ClaimsTable = lazy(() => loadDetails().then((module) => ({ default: module.ClaimsTable })));
export const HeaderParams = lazy(() => loadDetails().then((module) => ({ default: module.HeaderParams })));
export const JweBody = lazy(() => loadDetails().then((module) => ({ default: module.JweBody })));
export const SignaturePanel = lazy(() => loadDetails().then((module) => ({ default: module.SignaturePanel })));
export const TokenFindings = lazy(() => loadDetails().then((module) => ({ default: module.TokenFindings })));
// A chunk of its own, loaded only when a JWS in the JSON serialization is pasted; reached
// through the details' chunk, which it builds on, so the first view holds one loader for both.
export const JwsJsonView = lazy(() => loadDetails().then((module) => module.loadJwsJsonView()));
export const JweJsonView = lazy(() => loadDetails().then((module) => module.loadJweJsonView()));
