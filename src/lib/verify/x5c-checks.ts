/**
 * The chain checks that need @peculiar/x509, in one module: the verifier loads it only when a
 * token carries "x5c", so the X.509 library stays out of every view's first load.
 */
export { readChain } from './x5c-chain';
export { linkAnchor } from './x5c-anchor';
