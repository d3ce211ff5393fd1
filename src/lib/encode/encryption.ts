/**
 * The encoder's encryption (RFC 7516), apart from its public API in index.ts: the encoder
 * loads it, with jose's encryption, only when a token is to be encrypted.
 */
export { readEncryptionKey } from './encryption-key';
export {
  CONTENT_ENCRYPTION_ALGORITHMS,
  KEY_MANAGEMENT_ALGORITHMS,
  isContentEncryption,
  isKeyManagementAlgorithm,
  type ContentEncryption,
  type KeyManagementAlgorithm,
} from './encryption-names';
export { encryptToken, encryptNested, type EncryptRequest, type NestedRequest } from './encrypt';
export { planJweHeader, DEFAULT_PBES2_COUNT, MAX_PBES2_COUNT, type JweHeaderPlan } from './jwe-header';
export { newEncryptionKey, type FreshKey } from './fresh-key';
export { CONTENT_ENCRYPTION, KEY_MANAGEMENT, keyKindFor, needsAes192, symmetricKeyBytes, type KeyFamily } from './encryption-algorithms';
export { mapEncryptError } from './encrypt-errors';
export type * from './encryption-types';
