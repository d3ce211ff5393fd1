import { SIGNING_ALGORITHMS, type SigningKeyResult } from '../../lib/encode';
import type { SecretEncoding } from '../../lib/verify/types';
import { KeyField } from './key-field';
import { DANGER_BOX_CLASS, SELECT_CLASS } from './styles';

interface Props {
  alg: string;
  onAlg: (alg: string) => void;
  /** Under a nested token the signature is the inner token's. */
  nested: boolean;
  keyText: string;
  onKeyText: (text: string) => void;
  encoding: SecretEncoding;
  onEncoding: (encoding: SecretEncoding) => void;
  read: SigningKeyResult;
}

/** The signature's algorithm and key. */
export function SigningControls({ alg, onAlg, nested, keyText, onKeyText, encoding, onEncoding, read }: Props) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="encoder-alg" className="text-sm font-semibold">
          {nested ? 'Signature algorithm' : 'Algorithm'}
        </label>
        <select id="encoder-alg" data-testid="encoder-alg" value={alg} onChange={(event) => onAlg(event.target.value)} className={SELECT_CLASS}>
          {SIGNING_ALGORITHMS.map((name) => (
            <option key={name} value={name}>
              {name === 'none' ? 'none (unsecured)' : name}
            </option>
          ))}
        </select>
      </div>
      {alg === 'none' && (
        <div role="alert" data-testid="encoder-alg-none-warning" className={DANGER_BOX_CLASS}>
          <strong>An unsecured token.</strong> With <code>alg: none</code> there is no signature: anyone can write or change such a token, and a server must refuse it unless it
          expects an unprotected token (RFC 7518 §3.6, RFC 8725 §3.1). Use it only to test that your server rejects it.
        </div>
      )}
      <KeyField alg={alg} value={keyText} onChange={onKeyText} encoding={encoding} onEncodingChange={onEncoding} read={read} />
    </>
  );
}
