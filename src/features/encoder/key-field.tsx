import { useState } from 'react';
import { hrefTo } from '../../runtime/view-href';
import { keysView } from '../keys';
import { browserRandom, newHmacSecret, secretStrength, type SigningKeyResult } from '../../lib/encode';
import type { SecretEncoding } from '../../lib/verify/types';
import { SecretEncodingSelect } from '../../ui/secret-encoding-select';
import { GeneratedKey } from './generated-key';
import { generatePair, type GeneratedPair } from './generate-key';
import { SecretStrengthView } from './secret-strength';
import { BUTTON_CLASS, ERROR_TEXT_CLASS, FIELD_CLASS } from './styles';

interface Props {
  alg: string;
  value: string;
  onChange: (value: string) => void;
  encoding: SecretEncoding;
  onEncodingChange: (encoding: SecretEncoding) => void;
  read: SigningKeyResult;
}

/** The secret or private key to sign with, and ways to make one. */
export function KeyField({ alg, value, onChange, encoding, onEncodingChange, read }: Props) {
  const hmac = alg.startsWith('HS');
  const [generated, setGenerated] = useState<GeneratedPair | null>(null);
  const [generating, setGenerating] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (alg === 'none') return null;

  const generate = async () => {
    setGenerating(true);
    setFailure(null);
    try {
      const pair = await generatePair(alg);
      setGenerated(pair);
      onChange(pair.privatePem);
    } catch (error) {
      setFailure(`This browser could not generate a ${alg} key pair${error instanceof Error ? ` (${error.message})` : ''}.`);
    } finally {
      setGenerating(false);
    }
  };

  const makeSecret = () => {
    onEncodingChange('base64url');
    onChange(newHmacSecret(alg, browserRandom));
  };

  // The public half is shown only while the field still holds its private half.
  const shownPair = generated && generated.privatePem === value ? generated : null;
  const error = read.ok === false ? read.error : null;
  const secret = read.ok === true && read.key.kind === 'secret' ? read.key : null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="encoder-key" className="text-sm font-semibold">
          {hmac ? 'Secret' : 'Private key: PKCS#8 PEM or private JWK'}
        </label>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          {hmac ? (
            <button type="button" onClick={makeSecret} className={BUTTON_CLASS}>
              Generate a random secret
            </button>
          ) : (
            <button type="button" onClick={() => void generate()} disabled={generating} data-testid="encoder-generate" className={BUTTON_CLASS}>
              {generating ? 'Generating…' : `Generate ${alg.startsWith('P') ? 'a' : 'an'} ${alg} key pair`}
            </button>
          )}
        </div>
      </div>
      <textarea
        id="encoder-key"
        data-testid="encoder-key"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        rows={hmac ? 2 : 5}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-invalid={error !== null}
        aria-describedby="encoder-key-privacy encoder-key-error"
        className={`${FIELD_CLASS} resize-y`}
      />
      <p id="encoder-key-privacy" className="text-xs text-slate-600 dark:text-slate-400">
        Keys and secrets stay in this page’s memory only: they are never stored, sent or put in the address bar, and are gone when you leave or reload.
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        More key types and forms (RSA 3072 and 4096, JWK Sets with a kid, PEM ⇄ JWK):{' '}
        <a href={hrefTo(keysView)} data-testid="encoder-keys-link" className="text-indigo-700 underline dark:text-indigo-300">
          Keys
        </a>
        .
      </p>
      {hmac && (
        <SecretEncodingSelect id="encoder-secret-encoding" testId="encoder-secret-encoding" value={encoding} onChange={onEncodingChange}>
          {secret && <span className="text-slate-600 dark:text-slate-400">{secret.description}</span>}
        </SecretEncodingSelect>
      )}
      <p id="encoder-key-error" aria-live="polite" data-testid="encoder-key-error" className={ERROR_TEXT_CLASS}>
        {error && (
          <>
            {error.line !== undefined && <span className="font-semibold">Line {error.line}:{error.column} </span>}
            {error.message}
          </>
        )}
        {failure}
      </p>
      {secret?.suggestion && <p className="text-sm text-sky-900 dark:text-sky-200">{secret.suggestion.message}</p>}
      {hmac && secret && <SecretStrengthView strength={secretStrength(secret.bytes, secret.encoding, alg)} alg={alg} />}
      {shownPair && <GeneratedKey pair={shownPair} />}
    </div>
  );
}
