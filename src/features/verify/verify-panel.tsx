import { useEffect, useMemo, useState } from 'react';
import { decodeToken } from '../../lib/jwt/decode';
import type { JsonObject } from '../../lib/core/json';
import { checkClaims, type ClaimsResult, type SecretEncoding } from '../../lib/verify';
import { Panel } from '../../ui/panel';
import { ClaimsOptionsForm } from './claims-options-form';
import { EMPTY_CLAIMS_FORM, parseUtcOverride, toClaimsOptions, type ClaimsForm } from './claims-options';
import { ClaimsVerdict } from './claims-verdict';
import { ChainPanel } from './chain-panel';
import { KeyDetails } from './key-details';
import { KeyField } from './key-field';
import { KeyWarnings } from './key-warnings';
import { useVerification } from './use-verification';
import { VerifyVerdict } from './verify-verdict';
import { ForgeableSecret } from './forgeable-secret';
import { RemoteKeysField } from './remote-keys-field';
import { ReplaceKeyConfirm } from './replace-key-confirm';
import { tokenUrls } from './token-urls';
import { useFetchedKeys } from './use-fetched-keys';
import { warmSecretSearch } from './secret-search';
import { whenIdle } from '../../runtime/when-idle';
import { strayTail } from '../../lib/jwt/stray';
import { DetachedPayloadField } from './detached-payload-field';
import { KeySetChoice } from './key-set-choice';
import { useDebounced } from './use-debounced';

const DETACHED_TYPING_DELAY_MS = 150;

interface Props {
  /** The token as shown and copied: inner whitespace removed, any stray characters at its end kept. */
  token: string;
  now: Date;
  /** The pasted text had spaces or line breaks inside the token, which are not part of it. */
  whitespaceRemoved?: boolean;
}

interface Claims {
  header: JsonObject;
  payload: JsonObject | null;
}

/** The header (for alg and typ) and the JSON claims of a signed token, when there are any. */
function readClaims(token: string): Claims | null {
  const decoded = decodeToken(token);
  if (!decoded.ok || decoded.value.type === 'JWE') return null;
  const { header, payload } = decoded.value;
  return { header, payload: payload.type === 'json' ? payload.value : null };
}

/** Verifies the decoded token's signature with a pasted key, and checks its claims apart from it. */
export function VerifyPanel({ token, now, whitespaceRemoved = false }: Props) {
  const [keyText, setKeyText] = useState('');
  const [encoding, setEncoding] = useState<SecretEncoding>('utf8');
  const [form, setForm] = useState<ClaimsForm>(EMPTY_CLAIMS_FORM);
  const [useTokenKey, setUseTokenKey] = useState(false);
  const [detachedText, setDetachedText] = useState('');
  const detachedPayload = useDebounced(detachedText, DETACHED_TYPING_DELAY_MS);
  // A key chosen from an ambiguous set holds only for the key text it was chosen in.
  const [chosenKey, setChosenKey] = useState<{ keyText: string; index: number } | null>(null);
  const onlyKey = chosenKey?.keyText === keyText ? chosenKey.index : null;
  // Stray characters at the end make the token malformed; its header and claims are still read.
  const readable = useMemo(() => strayTail(token)?.readable ?? token, [token]);
  const claims = useMemo(() => readClaims(readable), [readable]);
  // RFC 7515 §7.1: "header..signature", read once per token rather than split on every tick.
  const emptyPayload = useMemo(() => claims !== null && /^[^.]*\.\.[^.]*$/.test(readable), [claims, readable]);
  // The panel appears once a token is shown: when the page is idle after that, the secret
  // search's worker is started, so that its first search does not wait for it.
  useEffect(() => whenIdle(warmSecretSearch), []);
  const offers = useMemo(() => tokenUrls(claims?.header, claims?.payload), [claims]);
  const fetched = useFetchedKeys(keyText, setKeyText, offers);
  const carriesKey = claims !== null && (claims.header.jwk !== undefined || claims.header.x5c !== undefined);
  const choices = useMemo(() => ({ detachedPayload: emptyPayload ? detachedPayload : '', onlyKey }), [emptyPayload, detachedPayload, onlyKey]);
  const { parsed, result, shown, checking } = useVerification(token, keyText, encoding, carriesKey && useTokenKey, choices);
  const claimsResult: ClaimsResult | null = claims?.payload ? checkClaims(claims.payload, toClaimsOptions(form, now, claims.header)) : null;
  const alg = typeof claims?.header.alg === 'string' ? claims.header.alg : undefined;
  const certificate = parsed.kind === 'pem' ? parsed.certificate : undefined;

  return (
    <Panel labelledBy="verify-title" title="Verify signature and claims">
      <div className="space-y-4">
        <KeyField value={keyText} onChange={setKeyText} encoding={encoding} onEncodingChange={setEncoding} parsed={parsed} />
        <RemoteKeysField tokenUrls={offers} onKeys={fetched.onKeys} />
        {fetched.pending && <ReplaceKeyConfirm url={fetched.pending.url} onReplace={fetched.replace} onKeep={fetched.keep} />}
        {carriesKey && keyText.trim() === '' && (
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" data-testid="use-embedded-key" checked={useTokenKey} onChange={(event) => setUseTokenKey(event.target.checked)} className="mt-1" />
            <span>
              Check the signature with the key the token carries in its header ({claims.header.jwk !== undefined ? 'jwk' : 'x5c'}). This only shows the token is
              self-consistent: anyone can sign a token and put their own key in it (RFC 8725 §3.10).
            </span>
          </label>
        )}
        {keyText.trim() === '' && (
          <ForgeableSecret
            token={token}
            alg={alg}
            onUse={(secret) => {
              setEncoding('utf8');
              setKeyText(secret);
            }}
          />
        )}
        {emptyPayload && claims && <DetachedPayloadField value={detachedText} onChange={setDetachedText} unencoded={claims.header.b64 === false} />}
        <KeyWarnings parsed={parsed} alg={alg} result={result} />
        <VerifyVerdict verdict={shown} checking={checking} keyOrigin={fetched.keyOrigin} whitespaceRemoved={whitespaceRemoved} />
        {shown?.result.ambiguity && <KeySetChoice ambiguity={shown.result.ambiguity} chosen={onlyKey} onChoose={(index) => setChosenKey(index === null ? null : { keyText, index })} />}
        {result && <KeyDetails result={result} certificate={certificate} chainLength={parsed.kind === 'pem' ? parsed.chainLength : undefined} now={now} />}
        {claims?.header.x5c !== undefined && <ChainPanel token={token} header={claims.header} now={parseUtcOverride(form.nowUtc) ?? now} />}
        {claimsResult ? (
          <>
            <ClaimsVerdict result={claimsResult} clock={parseUtcOverride(form.nowUtc) ? 'override' : 'live'} />
            <ClaimsOptionsForm form={form} onChange={setForm} />
          </>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">This token has no JSON claims to check.</p>
        )}
      </div>
    </Panel>
  );
}
