import { lazy, Suspense, useDeferredValue, useMemo } from 'react';
import { parseJwsJson } from '../../lib/jwt/json-serialization';
import type { DecodedJwsJson } from '../../lib/jwt/json-serialization-types';
import type { SignatureVerdict } from '../../lib/verify/verify-json';
import { ErrorBoundary } from '../../ui/error-boundary';
import { Panel } from '../../ui/panel';
import { DecodeErrors } from './decode-errors';
import { JwsJsonSignatures } from './jws-json-signatures';
import { ClaimsTable } from './lazy-details';
import type { PayloadPanel } from './payload-panel';
import type { JsonView } from '../../ui/json-view';
import { TYPE_CLASS } from './token-type';

// The verifier's chunk, then this serialization's own: both load only once such a JWS is pasted.
const JwsJsonVerifier = lazy(() => import('../verify').then((verify) => verify.loadJwsJsonVerifier()));

const ID = 'jws-json';

/** Components of the first view this one shows its JSON with, handed in (see lazy-jose-json.tsx). */
export interface JwsJsonParts {
  JsonView: typeof JsonView;
  PayloadPanel: typeof PayloadPanel;
}

interface Props {
  /** The pasted text, a JWS in the JSON serialization or an attempt at one. */
  text: string;
  now: Date;
  parts: JwsJsonParts;
}

function describe(jws: DecodedJwsJson): string {
  const count = jws.signatureCount === 1 ? 'one signature' : `${jws.signatureCount.toLocaleString('en-US')} signatures`;
  return `JSON Web Signature in the JSON serialization: one payload, ${count}${jws.unencoded ? ', payload not base64url-encoded (RFC 7797)' : ''}`;
}

function Signatures({ jws, json }: { jws: DecodedJwsJson; json: JwsJsonParts['JsonView'] }) {
  const unverified = <JwsJsonSignatures signatures={jws.signatures} verdicts={null} json={json} />;
  const render = (verdicts: readonly SignatureVerdict[] | null, checking: boolean) => (
    <JwsJsonSignatures signatures={jws.signatures} verdicts={verdicts} checking={checking} json={json} />
  );
  return (
    <Panel labelledBy={`${ID}-signatures`} title={jws.signatureCount === 1 ? 'Signature' : `Signatures (${jws.signatureCount.toLocaleString('en-US')})`} titleClassName="seg-signature">
      {/* Should the verifier not load (offline before it was cached), it says so here and the payload above stays. */}
      <ErrorBoundary resetKey={jws}>
        <Suspense fallback={unverified}>
          <JwsJsonVerifier jws={jws} renderSignatures={render} />
        </Suspense>
      </ErrorBoundary>
    </Panel>
  );
}

/** A JWS in the JSON serialization (RFC 7515 §7.2): its payload and claims, then each signature with its headers and verdict. */
export default function JwsJsonView({ text, now, parts }: Props) {
  const { PayloadPanel } = parts;
  const result = useMemo(() => parseJwsJson(text), [text]);
  // As for a compact token: the claims follow the payload by one render.
  const explained = useDeferredValue(text, '') === text;
  if (!result.ok) {
    return (
      <div className="space-y-2">
        <DecodeErrors errors={[result.error]} />
        <p className="text-sm text-slate-700 dark:text-slate-300">It looks like a JWS in the JSON serialization; the text stays in the editor as you pasted it.</p>
      </div>
    );
  }
  const jws = result.value;
  const readingClaims = <p className="text-sm text-slate-600 dark:text-slate-400">Reading the claims…</p>;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <span data-testid="token-type" className={TYPE_CLASS}>
          {`JWS (JSON, ${jws.form})`}
        </span>
        <span className="text-sm text-slate-700 dark:text-slate-300">{describe(jws)}</span>
      </div>
      <DecodeErrors errors={jws.errors} />
      <PayloadPanel payload={jws.payload} idPrefix={ID} />
      {jws.payload.type === 'json' && (
        <Panel labelledBy={`${ID}-claims`} title="Claims">
          {explained ? (
            <Suspense fallback={readingClaims}>
              <ClaimsTable payload={jws.payload.value} now={now} />
            </Suspense>
          ) : (
            readingClaims
          )}
        </Panel>
      )}
      <Signatures jws={jws} json={parts.JsonView} />
    </div>
  );
}
