/** Key tools' public API: generate keys and secrets, show them as PEM and JWK, convert pasted keys. */
export { generateKey, type GeneratedKey, type GeneratedPair, type GeneratedSecret, type GenerateOptions, type GenerateResult, type GenerateErrorCode } from './generate';
export { KEY_KINDS, keyKindInfo, isKeyKind, type KeyKind, type KeyKindInfo, type KeyFamily } from './kinds';
export { jwkWithMembers, jwksOf, publicJwkOf, formatJson, type JwkMembers } from './jwk-members';
export { convertKey, type ConvertResult, type Converted, type ConvertError, type ConvertErrorCode, type ConvertOptions } from './convert';
export { keyForms, type KeyForms } from './forms';
