/** The encoder's public API: read the edited JSON and the key, sign, help with claims. */
export { readJsonObject, prettyJson, type EditedPart } from './json-input';
export { readSigningKey, signingAlgorithms, keyMismatch } from './signing-key';
export { sign, SIGNING_ALGORITHMS } from './sign';
export { LIFETIMES, browserRandom, epochSeconds, newHmacSecret, newJwtId, setExpiry, setIssuedAt, setJwtId, setNotBefore, type EpochSeconds, type Lifetime, type RandomBytes } from './claims';
export { CLAIM_TEMPLATES, applyTemplate, type ClaimTemplate } from './templates';
export { secretStrength, type SecretStrength, type StrengthLevel } from './strength';
export type * from './types';
