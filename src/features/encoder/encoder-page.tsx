import { useEffect, useMemo, useState } from 'react';
import { applyTemplate, browserRandom, epochSeconds, newHmacSecret, prettyJson, readJsonObject, readSigningKey, SIGNING_ALGORITHMS, type ClaimTemplate, type EncoderMode } from '../../lib/encode';
import type { JsonObject } from '../../lib/core/json';
import type { SecretEncoding } from '../../lib/verify/types';
import { SEGMENT_CLASS } from '../decoder';
import { useHydrated } from '../../runtime/use-hydrated';
import { ClaimHelpers } from './claim-helpers';
import { readEditedToken, type EditedToken, type EditorTexts } from './edited-token';
import { useEncryptionState } from './encryption-state';
import { JsonEditor } from './json-editor';
import { LazyEncryption, LazyIncomingNote, loadEncryption } from './lazy-encryption';
import { ModeSelect } from './mode-select';
import { SigningControls } from './signing-controls';
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
function initialToken(): EditedToken | null {
  if (typeof window === 'undefined') return null;
  return readEditedToken(window.location.hash);
}

/** The editors' first texts: a JWS's own, or for a JWE (whose payload is encrypted) the default header and an empty payload. */
function initialTexts(edited: EditedToken | null): EditorTexts {
  if (edited?.kind === 'jws') return edited;
  return edited?.kind === 'jwe' ? { header: DEFAULT_TEXTS.header, payload: '{}' } : DEFAULT_TEXTS;
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
  const [edited] = useState(initialToken);
  const [initial] = useState(() => initialTexts(edited));
  const hydrated = useHydrated();
  const [headerTyped, setHeaderText] = useState(initial.header);
  const [payloadTyped, setPayloadText] = useState(initial.payload);
  const [chosenAlg, setChosenAlg] = useState(() => algOf(initial.header) ?? 'HS256');
  const [startKey] = useState(() => startingKey(chosenAlg));
  const [keyTyped, setKeyText] = useState(startKey.text);
  const [encodingChosen, setEncoding] = useState<SecretEncoding>(startKey.encoding);
  const [encryption, encryptionActions] = useEncryptionState(edited?.kind === 'jwe' ? edited : null);
  const headerText = hydrated ? headerTyped : DEFAULT_TEXTS.header;
  const payloadText = hydrated ? payloadTyped : DEFAULT_TEXTS.payload;
  const keyText = hydrated ? keyTyped : '';
  const encoding = hydrated ? encodingChosen : 'utf8';
  const mode: EncoderMode = hydrated ? encryption.mode : 'jws';

  // The token was only the way in: once in the editors, it leaves the address bar.
  useEffect(() => {
    if (/(?:^#|&)(?:token|id_token|access_token)=/.test(window.location.hash)) {
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    }
  }, []);

  const header = useMemo(() => readJsonObject(headerText, 'header'), [headerText]);
  const jweHeader = useMemo(() => readJsonObject(encryption.headerText, 'header'), [encryption.headerText]);
  const payload = useMemo(() => readJsonObject(payloadText, 'payload'), [payloadText]);
  const key = useMemo(() => readSigningKey(keyText, encoding), [keyText, encoding]);
  const alg = (header.ok && typeof header.value.alg === 'string' && SIGNING_ALGORITHMS.includes(header.value.alg) ? header.value.alg : null) ?? chosenAlg;
  // A JWE of the claims alone signs nothing.
  const signs = mode !== 'jwe';
  const signed = useSignedToken(signs && header.ok ? header.value : null, signs && payload.ok ? payload.value : null, key, header.ok ? (payload.ok ? null : payload.error) : header.error);

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
    // In the jwe mode the header is the JWE's, whose alg is not a signature's: only the template's typ goes in.
    if (mode === 'jwe') encryptionActions.applyHeader(made.header.typ === undefined ? {} : { typ: made.header.typ });
    else setHeaderText(prettyJson({ ...made.header, alg }));
    setPayload(made.payload);
  };

  const jwe = mode === 'jwe';
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">JWT encoder</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          Edit the header and claims, choose an algorithm and a key: the token is signed, or encrypted, in this page as you type. Keys and secrets stay in memory only; nothing
          is stored or sent.
        </p>
        <ModeSelect disabled={!hydrated} value={mode} onChange={encryptionActions.setMode} onIntent={() => void loadEncryption()} />
        {mode !== 'jws' && encryption.incoming && <LazyIncomingNote incoming={encryption.incoming} />}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="min-w-0 space-y-4">
          <JsonEditor
            label={jwe ? 'JWE protected header' : mode === 'nested' ? 'Header of the signed token' : 'Header'}
            testId="encoder-header"
            value={jwe ? encryption.headerText : headerText}
            onChange={jwe ? encryptionActions.setHeaderText : changeHeader}
            error={jwe ? (jweHeader.ok ? null : jweHeader.error) : header.ok ? null : header.error}
            rows={5}
            titleClassName={SEGMENT_CLASS.header}
          />
          <JsonEditor label="Payload" testId="encoder-payload" value={payloadText} onChange={setPayloadText} error={payload.ok ? null : payload.error} rows={10} titleClassName={SEGMENT_CLASS.payload} />
          <ClaimHelpers ready={hydrated} payload={payload.ok ? payload.value : null} onPayload={setPayload} onTemplate={startFromTemplate} />
        </div>
        <div className="min-w-0 space-y-4">
          {!jwe && (
            <SigningControls alg={alg} onAlg={chooseAlg} nested={mode === 'nested'} keyText={keyText} onKeyText={setKeyText} encoding={encoding} onEncoding={setEncoding} read={key} />
          )}
          {mode === 'jws' ? (
            <TokenOutput token={signed.token} state={signed.state} error={signed.error} />
          ) : (
            <LazyEncryption mode={mode} state={encryption} actions={encryptionActions} header={jweHeader} payload={payload} signed={signed} />
          )}
        </div>
      </div>
    </div>
  );
}
