/**
 * What the decoder shows one render after a token's header and payload: the claims
 * table, the header parameters and the signature explained, the findings, a JWE's parts and its decryption.
 * A chunk of its own with the claim and header tables, loaded after the first paint
 * (lazy-details.tsx), so that the first view and the first frame after a paste hold only
 * what the user sees first.
 */
export { ClaimsTable } from './claims-table';
export { HeaderParams } from './header-params';
export { JweBody } from './jwe-body';
export { SignaturePanel } from './signature-panel';
export { TokenFindings } from './token-findings';
/** The view of a JWS in the JSON serialization, which loads only when one is pasted. */
export const loadJwsJsonView = () => import('./jws-json-view');
/** The view of a JWE in the JSON serialization, which loads only when one is pasted. */
export const loadJweJsonView = () => import('./jwe-json-view');
