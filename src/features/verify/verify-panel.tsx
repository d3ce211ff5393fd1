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

interface Props {
  /** The token text the decoder decodes. */
  token: string;
  now: Date;
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
export function VerifyPanel({ token, now }: Props) {
  const [keyText, setKeyText] = useState('');
  const [encoding, setEncoding] = useState<SecretEncoding>('utf8');
  const [form, setForm] = useState<ClaimsForm>(EMPTY_CLAIMS_FORM);
  const [useTokenKey, setUseTokenKey] = useState(false);
  const claims = useMemo(() => readClaims(token), [token]);
  // The panel appears once a token is shown: when the page is idle after that, the secret
  // search's worker is started, so that its first search does not wait for it.
  useEffect(() => whenIdle(warmSecretSearch), []);
  const offers = useMemo(() => tokenUrls(claims?.header, claims?.payload), [claims]);
  const fetched = useFetchedKeys(keyText, setKeyText, offers);
  const carriesKey = claims !== null && (claims.header.jwk !== undefined || claims.header.x5c !== undefined);
  const { parsed, result, shown, checking } = useVerification(token, keyText, encoding, carriesKey && useTokenKey);
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
        <KeyWarnings parsed={parsed} alg={alg} result={result} />
        <VerifyVerdict verdict={shown} checking={checking} keyOrigin={fetched.keyOrigin} />
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
