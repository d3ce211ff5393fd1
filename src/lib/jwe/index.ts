/** Opening a JWE (RFC 7516) with the key its recipient holds, and reading one in the JSON serialization. */
export { decryptJwe } from './decrypt';
export { readJweJson } from './jwe-json-summary';
export { looksLikeJweJson } from './json-detect';
export type * from './types';
