/** The verifier's public entry: the decoder loads it lazily, so jose stays out of the first view. */
export { VerifyPanel } from './verify-panel';
export { VerifyPanel as default } from './verify-panel';
