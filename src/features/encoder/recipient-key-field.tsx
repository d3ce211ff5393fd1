import { browserRandom } from '../../lib/encode';
import { KEY_MANAGEMENT, keyKindFor, newEncryptionKey, type RecipientKeyResult } from '../../lib/encode/encryption';
import type { ContentEncryption, KeyManagementAlgorithm } from '../../lib/encode';
import type { SecretEncoding } from '../../lib/verify/types';
import { hrefTo } from '../../runtime/view-href';
import { SecretEncodingSelect } from '../../ui/secret-encoding-select';
import { keysView } from '../keys';
import { BUTTON_CLASS, ERROR_TEXT_CLASS, FIELD_CLASS } from './styles';

interface Props {
  alg: KeyManagementAlgorithm;
  enc: ContentEncryption;
  value: string;
  onChange: (value: string) => void;
  encoding: SecretEncoding;
  onEncodingChange: (encoding: SecretEncoding) => void;
  read: RecipientKeyResult;
}

const LABEL = {
  rsa: 'Recipient’s public key: SPKI PEM, certificate, JWK or JWK Set',
  ecdh: 'Recipient’s public key: SPKI PEM, certificate, JWK or JWK Set (EC or X25519)',
  pbes2: 'Password',
  symmetric: 'Shared key',
} as const;

/** The key the token is encrypted to, and a way to make one where it can be made on the spot. */
export function RecipientKeyField({ alg, enc, value, onChange, encoding, onEncodingChange, read }: Props) {
  const family = KEY_MANAGEMENT[alg].family;
  const kind = family === 'rsa' || family === 'ecdh' || family === 'pbes2' ? family : 'symmetric';
  const error = read.ok === false ? read.error : null;
  const key = read.ok === true ? read.key : null;
  const makeKey = () => {
    const fresh = newEncryptionKey(alg, enc, browserRandom);
    if (!fresh) return;
    if (fresh.kind === 'symmetric') onEncodingChange('base64url');
    onChange(fresh.text);
  };
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="encoder-enc-key" className="text-sm font-semibold">
          {LABEL[kind]}
        </label>
        {kind !== 'rsa' && kind !== 'ecdh' && (
          <button type="button" onClick={makeKey} data-testid="encoder-enc-generate" className={`${BUTTON_CLASS} ml-auto`}>
            {kind === 'pbes2' ? 'Generate a random password' : 'Generate a random key'}
          </button>
        )}
      </div>
      <textarea
        id="encoder-enc-key"
        data-testid="encoder-enc-key"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        rows={kind === 'rsa' || kind === 'ecdh' ? 5 : 2}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-invalid={error !== null}
        aria-describedby="encoder-enc-key-hint encoder-enc-key-error"
        className={`${FIELD_CLASS} resize-y`}
      />
      <p id="encoder-enc-key-hint" className="text-xs text-slate-600 dark:text-slate-400">
        {alg} encrypts to {keyKindFor(alg, enc)}.{' '}
        {kind === 'rsa' || kind === 'ecdh' ? (
          <>
            Only the public key is needed. To make a key pair, use{' '}
            <a href={hrefTo(keysView)} data-testid="encoder-enc-keys-link" className="text-indigo-700 underline dark:text-indigo-300">
              Keys
            </a>
            .
          </>
        ) : (
          'It stays in this page’s memory only.'
        )}
      </p>
      {kind === 'symmetric' && (
        <SecretEncodingSelect id="encoder-enc-key-encoding" testId="encoder-enc-key-encoding" value={encoding} onChange={onEncodingChange}>
          {key && <span className="text-slate-600 dark:text-slate-400">{key.description}</span>}
        </SecretEncodingSelect>
      )}
      {key && kind !== 'symmetric' && (
        <p data-testid="encoder-enc-key-info" className="text-sm text-slate-700 dark:text-slate-300">
          {key.description}
          {key.kid !== undefined && <> — its kid {JSON.stringify(key.kid)} goes into the JWE header.</>}
        </p>
      )}
      {key?.privateKeyPasted && (
        <p role="status" data-testid="encoder-enc-private-notice" className="text-sm text-sky-900 dark:text-sky-200">
          This is a private key. Encrypting needs only the recipient’s public key, so only its public part is used; keep the private key with the recipient.
        </p>
      )}
      {kind === 'symmetric' && key?.kid !== undefined && (
        <p className="text-sm text-slate-700 dark:text-slate-300">Its kid {JSON.stringify(key.kid)} goes into the JWE header.</p>
      )}
      <p id="encoder-enc-key-error" aria-live="polite" data-testid="encoder-enc-key-error" data-code={error?.code} className={ERROR_TEXT_CLASS}>
        {error && (
          <>
            {error.line !== undefined && <span className="font-semibold">Line {error.line}:{error.column} </span>}
            {error.message}
          </>
        )}
      </p>
      {read.ok === true && read.suggestion && <p className="text-sm text-sky-900 dark:text-sky-200">{read.suggestion.message}</p>}
    </div>
  );
}
