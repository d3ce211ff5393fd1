/** The verifier's public entry: the decoder loads it lazily, so jose stays out of the first view. */
export { VerifyPanel } from './verify-panel';
export { VerifyPanel as default } from './verify-panel';

/** The verifier of a JWS in the JSON serialization: a chunk of its own, loaded when one is pasted. */
export const loadJwsJsonVerifier = () => import('./jws-json-verifier');
export type { JwsJsonVerifierProps } from './jws-json-verifier';
