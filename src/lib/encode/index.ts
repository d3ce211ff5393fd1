/** The encoder's public API: read the edited JSON and the key, sign, help with claims, name what it encrypts with. */
export { readJsonObject, prettyJson } from './json-input';
export { readSigningKey } from './signing-key';
export { sign, SIGNING_ALGORITHMS } from './sign';
export { LIFETIMES, browserRandom, epochSeconds, newHmacSecret, setExpiry, setIssuedAt, setJwtId, setNotBefore } from './claims';
export { CLAIM_TEMPLATES, applyTemplate, type ClaimTemplate } from './templates';
export { secretStrength, type SecretStrength } from './strength';
export type * from './types';
// The modes only: the encryption itself is in ./encryption, loaded when it is needed.
export { ENCODER_MODES, isEncoderMode, modeOfJweHeader, saysNestedJwt, type EncoderMode } from './encoder-modes';
export type { ContentEncryption, KeyManagementAlgorithm } from './encryption-names';
