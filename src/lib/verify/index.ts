/** The signature verifier's public API: recognise a pasted key, verify, check claims, judge secrets. */
export { parseKey, parseKeySteps, looksLikeJsonKey } from './parse-key';
export { verifyToken } from './verify';
export { checkClaims, type ClaimCheck, type ClaimCheckCode, type ClaimsOptions, type ClaimsResult } from './claims-check';
export { findForgeableSecret, weakSecretReasons, type WeakSecretCode, type WeakSecretReason } from './weak-secrets';
export { weakKeySecrets, type WeakKeySecret } from './weak-key-secrets';
export { WELL_KNOWN_SECRETS, isWellKnownSecret } from './well-known-secrets';
export { allowedAlgorithms, algorithmsForShape } from './key-algorithms';
export type * from './types';
export { SECRET_ENCODINGS, isSecretEncoding, secretEncodingLabel } from './secret-encodings';
export { fetchRemoteKeys, type FetchStep, type RemoteKeysErrorCode, type RemoteKeysResult, type RemoteKeysDeps } from './remote-keys';
