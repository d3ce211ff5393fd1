/**
 * The explanation tables, in one module so the app can load them after the first view:
 * decoding never waits for prose.
 */
export { claimInfo, isNumericDateClaim } from './claims-registry';
export { headerParamInfo } from './header-registry';
export { describeAlgorithm, expectedSignatureLength } from './algorithms';
