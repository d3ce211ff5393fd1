import { useMemo } from 'react';
import type { JsonObjectResult } from '../../lib/encode';
import { isContentEncryption, isKeyManagementAlgorithm, readEncryptionKey } from '../../lib/encode/encryption';
import { SEGMENT_CLASS } from '../decoder';
import { EncryptionChoice } from './encryption-choice';
import type { EncryptionActions, EncryptionState } from './encryption-state';
import { JsonEditor } from './json-editor';
import { RecipientKeyField } from './recipient-key-field';
import { TokenOutput } from './token-output';
import { useEncryptedToken } from './use-encrypted-token';
import type { Signed } from './use-signed-token';

interface Props {
  mode: 'jwe' | 'nested';
  state: EncryptionState;
  actions: EncryptionActions;
  /** The JWE header as typed, read. */
  header: JsonObjectResult;
  payload: JsonObjectResult;
  /** The signed token a nested JWT encrypts. */
  signed: Signed;
}

/**
 * Encrypting, loaded with jose's encryption only when the mode asks for it: the algorithms,
 * the recipient's key, the JWE header (for a nested token; in the jwe mode it is the header
 * editor itself) and the encrypted token.
 */
export function EncryptionPanel({ mode, state, actions, header, payload, signed }: Props) {
  const { keyText, encoding } = state;
  // The header names the algorithms when it can (RFC 7516 §4.1.1, §4.1.2); the selects show them.
  const alg = header.ok && isKeyManagementAlgorithm(header.value.alg) ? header.value.alg : state.alg;
  const enc = header.ok && isContentEncryption(header.value.enc) ? header.value.enc : state.enc;
  const key = useMemo(() => readEncryptionKey(keyText, encoding, alg, enc), [keyText, encoding, alg, enc]);
  const encrypted = useEncryptedToken({ mode, header, payload, signed, key, alg, enc });
  return (
    <section aria-labelledby="encoder-encryption-title" className="space-y-4">
      <h2 id="encoder-encryption-title" className="text-sm font-semibold uppercase tracking-wide">
        {mode === 'nested' ? 'Then encrypt the signed token' : 'Encrypt'}
      </h2>
      <EncryptionChoice alg={alg} enc={enc} onAlg={actions.chooseAlg} onEnc={actions.chooseEnc} />
      {mode === 'nested' && (
        <JsonEditor
          label="JWE protected header"
          testId="encoder-jwe-header"
          value={state.headerText}
          onChange={actions.setHeaderText}
          error={header.ok ? null : header.error}
          rows={5}
          titleClassName={SEGMENT_CLASS.header}
        />
      )}
      <RecipientKeyField alg={alg} enc={enc} value={keyText} onChange={actions.setKeyText} encoding={encoding} onEncodingChange={actions.setEncoding} read={key} />
      <TokenOutput token={encrypted.token} state={encrypted.state} error={encrypted.error} />
    </section>
  );
}

export default EncryptionPanel;

// Shown above the editors, from this chunk, which a JWE that comes in loads anyway.
export { IncomingJweNote } from './incoming-jwe-note';
