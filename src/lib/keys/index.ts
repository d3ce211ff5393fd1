/** Key tools' public API: generate keys and secrets for signing and encryption, show them as PEM and JWK, convert pasted keys. */
export { generateKey, type GeneratedKey, type GeneratedPair, type GeneratedSecret, type GenerateResult } from './generate';
export { KEY_KINDS, keyKindInfo, isKeyKind, type KeyKind } from './kinds';
export { generateEncryptionKey } from './generate-enc';
export { ENC_KEY_KINDS, encKeyKindInfo, isEncKeyKind, needsAes192, type EncKeyKind, type EncKeyKindInfo } from './enc-kinds';
export { jwkWithMembers, formatJson, type KeyUse } from './jwk-members';
export { convertKey, type ConvertResult, type ConvertError } from './convert';
export { keyForms } from './forms';
