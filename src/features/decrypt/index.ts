/** Opening a JWE with the recipient's key: the decoder loads this lazily, with jose's decryption, when a JWE is shown. */
export { DecryptPanel, type DecryptPanelProps } from './decrypt-panel';
export type { DecryptResult, Decrypted, JweFinding } from '../../lib/jwe/types';
