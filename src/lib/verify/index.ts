/** The signature verifier's public API: recognise a pasted key, verify, check claims, judge secrets. */
export { parseKey, parseKeySteps, looksLikeJsonKey } from './parse-key';
export { verifyToken } from './verify';
export { checkClaims, type ClaimsOptions, type ClaimsResult } from './claims-check';
export { findForgeableSecret } from './weak-secrets';
export { weakKeySecrets, type WeakKeySecret } from './weak-key-secrets';
export { KEY_WEAKNESSES, weakKeys, type KeyWeaknessInfo, type WeakKey } from './weak-keys';
export { WELL_KNOWN_SECRETS } from './well-known-secrets';
export type * from './types';
export { fetchRemoteKeys, type RemoteKeysResult } from './remote-keys';
