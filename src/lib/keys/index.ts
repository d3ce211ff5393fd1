/** Key tools' public API: generate keys and secrets, show them as PEM and JWK, convert pasted keys. */
export { generateKey, type GeneratedKey } from './generate';
export { KEY_KINDS, keyKindInfo, isKeyKind, type KeyKind } from './kinds';
export { jwkWithMembers, formatJson } from './jwk-members';
export { convertKey, type ConvertResult, type ConvertError } from './convert';
export { keyForms } from './forms';
