import { useId, useState } from 'react';
import { formatJson, type ConvertError } from '../../lib/keys';
import { Panel } from '../../ui/panel';
import { KeyOutput } from './key-output';
import { useConvertedKey } from './use-converted-key';

function errorText(error: ConvertError): string {
  // Messages that already say where keep their words; others get the position prefixed.
  if (error.line === undefined || /\bline \d+/i.test(error.message)) return error.message;
  return `Line ${error.line}${error.column !== undefined ? `, column ${error.column}` : ''}: ${error.message}`;
}

const RADIO_CLASS = 'h-4 w-4 accent-indigo-700 dark:accent-indigo-400';

/** "Convert a key": PEM to JWK and JWK to PEM, public part only or with the private part. */
export function ConvertSection() {
  const id = useId();
  const [text, setText] = useState('');
  const [includePrivate, setIncludePrivate] = useState(false);
  const state = useConvertedKey(text, includePrivate);
  const result = state.status === 'done' ? state.result : state.status === 'busy' ? state.previous : null;

  return (
    <Panel labelledBy={`${id}-title`} title="Convert a key">
      <div className="space-y-3" data-testid="keyconv" data-status={state.status}>
        <label htmlFor={`${id}-input`} className="block text-sm font-semibold">
          Key: PEM (public key, private key or certificate) or JWK
        </label>
        <textarea
          id={`${id}-input`}
          data-testid="keyconv-input"
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={6}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          placeholder={'-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----\n\nor {"kty": "EC", "crv": "P-256", …}'}
          aria-describedby={`${id}-hint`}
          className="block w-full resize-y rounded-lg border border-slate-400 bg-white px-3 py-2 font-mono text-sm leading-6 dark:border-slate-600 dark:bg-slate-950"
        />
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          Reads SPKI, PKCS#8, PKCS#1 (“BEGIN RSA …”), SEC1 (“BEGIN EC PRIVATE KEY”) and certificates; RSA, EC P-256/P-384/P-521 and Ed25519.
        </p>
        <fieldset className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
          <legend className="mb-1 font-semibold">Output</legend>
          <label className="inline-flex items-center gap-2">
            <input
              type="radio"
              name={`${id}-part`}
              data-testid="keyconv-part-public"
              checked={!includePrivate}
              onChange={() => setIncludePrivate(false)}
              className={RADIO_CLASS}
            />
            Public key only
          </label>
          <label className="inline-flex items-center gap-2">
            <input
              type="radio"
              name={`${id}-part`}
              data-testid="keyconv-part-private"
              checked={includePrivate}
              onChange={() => setIncludePrivate(true)}
              className={RADIO_CLASS}
            />
            With the private part
          </label>
        </fieldset>
        {result && !result.ok && (
          <p role="alert" data-testid="keyconv-error" data-code={result.error.code} className="text-sm text-red-800 dark:text-red-200">
            {errorText(result.error)}
          </p>
        )}
        {result?.ok && (
          <div className="space-y-3">
            <p data-testid="keyconv-description" className="text-sm text-slate-700 dark:text-slate-300">
              {result.value.description}; RFC 7638 thumbprint <span className="font-mono [overflow-wrap:anywhere]">{result.value.thumbprint}</span>.
            </p>
            {result.value.privateMissing && (
              <p role="status" data-testid="keyconv-private-missing" className="rounded-lg border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-100">
                The pasted key is a public key: it has no private part, so only the public key is shown.
              </p>
            )}
            <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
              <KeyOutput
                id={`${id}-pem`}
                label={result.value.includesPrivate ? 'PEM (PKCS#8 private key)' : 'PEM (SPKI public key)'}
                value={result.value.pem.trimEnd()}
                testId="keyconv-pem"
                secret={result.value.includesPrivate}
              />
              <KeyOutput
                id={`${id}-jwk`}
                label={result.value.includesPrivate ? 'Private JWK' : 'Public JWK'}
                value={formatJson(result.value.jwk)}
                testId="keyconv-jwk"
                secret={result.value.includesPrivate}
              />
            </div>
          </div>
        )}
      </div>
    </Panel>
  );
}
