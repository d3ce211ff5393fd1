import { useEffect, useMemo, useState } from 'react';
import { applyTemplate, browserRandom, epochSeconds, newHmacSecret, prettyJson, readJsonObject, readSigningKey, SIGNING_ALGORITHMS, type ClaimTemplate } from '../../lib/encode';
import type { JsonObject } from '../../lib/core/json';
import type { SecretEncoding } from '../../lib/verify/types';
import { SEGMENT_CLASS } from '../decoder';
import { useHydrated } from '../../runtime/use-hydrated';
import { ClaimHelpers } from './claim-helpers';
import { readEditedToken, type EditorTexts } from './edited-token';
import { JsonEditor } from './json-editor';
import { KeyField } from './key-field';
import { DANGER_BOX_CLASS, SELECT_CLASS } from './styles';
import { TokenOutput } from './token-output';
import { useSignedToken } from './use-signed-token';

const DEFAULT_TEXTS: EditorTexts = {
  header: prettyJson({ alg: 'HS256', typ: 'JWT' }),
  payload: prettyJson({ sub: '1234567890', name: 'Jane Doe', iat: 1516239022 }),
};

function algOf(headerText: string): string | null {
  const read = readJsonObject(headerText, 'header');
  return read.ok && typeof read.value.alg === 'string' && SIGNING_ALGORITHMS.includes(read.value.alg) ? read.value.alg : null;
}

/** What the link brings, read once: the build renders the defaults, the browser the link's token. */
function initialTexts(): EditorTexts {
  if (typeof window === 'undefined') return DEFAULT_TEXTS;
  return readEditedToken(window.location.hash) ?? DEFAULT_TEXTS;
}

interface StartingKey {
  text: string;
  encoding: SecretEncoding;
}

/**
 * For an HMAC algorithm, a random secret as "Generate a random secret" makes it, so the
 * first view shows a signed token. Made in the browser only: the build renders an empty
 * field, and no secret is ever in the pre-rendered page.
 */
function startingKey(alg: string): StartingKey {
  if (typeof window === 'undefined' || !alg.startsWith('HS')) return { text: '', encoding: 'utf8' };
  return { text: newHmacSecret(alg, browserRandom), encoding: 'base64url' };
}

export function EncoderPage() {
  const [initial] = useState(initialTexts);
  const hydrated = useHydrated();
  const [headerTyped, setHeaderText] = useState(initial.header);
  const [payloadTyped, setPayloadText] = useState(initial.payload);
  const [chosenAlg, setChosenAlg] = useState(() => algOf(initial.header) ?? 'HS256');
  const [startKey] = useState(() => startingKey(chosenAlg));
  const [keyTyped, setKeyText] = useState(startKey.text);
  const [encodingChosen, setEncoding] = useState<SecretEncoding>(startKey.encoding);
  const headerText = hydrated ? headerTyped : DEFAULT_TEXTS.header;
  const payloadText = hydrated ? payloadTyped : DEFAULT_TEXTS.payload;
  const keyText = hydrated ? keyTyped : '';
  const encoding = hydrated ? encodingChosen : 'utf8';

  // The token was only the way in: once in the editors, it leaves the address bar.
  useEffect(() => {
    if (/(?:^#|&)(?:token|id_token|access_token)=/.test(window.location.hash)) {
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    }
  }, []);

  const header = useMemo(() => readJsonObject(headerText, 'header'), [headerText]);
  const payload = useMemo(() => readJsonObject(payloadText, 'payload'), [payloadText]);
  const key = useMemo(() => readSigningKey(keyText, encoding), [keyText, encoding]);
  const alg = (header.ok && typeof header.value.alg === 'string' && SIGNING_ALGORITHMS.includes(header.value.alg) ? header.value.alg : null) ?? chosenAlg;
  const signed = useSignedToken(header.ok ? header.value : null, payload.ok ? payload.value : null, key, header.ok ? (payload.ok ? null : payload.error) : header.error);

  const changeHeader = (text: string) => {
    setHeaderText(text);
    const typed = algOf(text);
    if (typed) setChosenAlg(typed);
  };
  const chooseAlg = (next: string) => {
    setChosenAlg(next);
    // RFC 7515 §4.1.1: the algorithm is named in the header, so the header follows the choice.
    if (header.ok) setHeaderText(prettyJson({ ...header.value, alg: next }));
  };
  const setPayload = (value: JsonObject) => setPayloadText(prettyJson(value));
  const startFromTemplate = (template: ClaimTemplate) => {
    const made = applyTemplate(template, epochSeconds(new Date()), browserRandom);
    setHeaderText(prettyJson({ ...made.header, alg }));
    setPayload(made.payload);
  };

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">JWT encoder</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          Edit the header and claims, choose an algorithm and a key: the token is signed in this page as you type. Keys and secrets stay in memory only; nothing is stored or
          sent.
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="min-w-0 space-y-4">
          <JsonEditor label="Header" testId="encoder-header" value={headerText} onChange={changeHeader} error={header.ok ? null : header.error} rows={5} titleClassName={SEGMENT_CLASS.header} />
          <JsonEditor label="Payload" testId="encoder-payload" value={payloadText} onChange={setPayloadText} error={payload.ok ? null : payload.error} rows={10} titleClassName={SEGMENT_CLASS.payload} />
          <ClaimHelpers payload={payload.ok ? payload.value : null} onPayload={setPayload} onTemplate={startFromTemplate} />
        </div>
        <div className="min-w-0 space-y-4">
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor="encoder-alg" className="text-sm font-semibold">
              Algorithm
            </label>
            <select id="encoder-alg" data-testid="encoder-alg" value={alg} onChange={(event) => chooseAlg(event.target.value)} className={SELECT_CLASS}>
              {SIGNING_ALGORITHMS.map((name) => (
                <option key={name} value={name}>
                  {name === 'none' ? 'none (unsecured)' : name}
                </option>
              ))}
            </select>
          </div>
          {alg === 'none' && (
            <div role="alert" data-testid="encoder-alg-none-warning" className={DANGER_BOX_CLASS}>
              <strong>An unsecured token.</strong> With <code>alg: none</code> there is no signature: anyone can write or change such a token, and a server must refuse it
              unless it expects an unprotected token (RFC 7518 §3.6, RFC 8725 §3.1). Use it only to test that your server rejects it.
            </div>
          )}
          <KeyField alg={alg} value={keyText} onChange={setKeyText} encoding={encoding} onEncodingChange={setEncoding} read={key} />
          <TokenOutput token={signed.token} state={signed.state} error={signed.error} />
        </div>
      </div>
    </div>
  );
}
