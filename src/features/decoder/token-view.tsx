import { Suspense, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { decodeToken } from '../../lib/jwt/decode';
import type { DecodedJws } from '../../lib/jwt/types';
import { Panel } from '../../ui/panel';
import { DecodeErrors } from './decode-errors';
import { HeaderPanel } from './header-panel';
import { ClaimsTable, JweBody, SignaturePanel, TokenFindings } from './lazy-details';
import { PayloadPanel } from './payload-panel';
import { TYPE_CLASS } from './token-type';
import type { DecoderParts } from './decoder-parts';
import { JsonView } from '../../ui/json-view';

interface Props {
  token: string;
  now: Date;
  /** 0 for the pasted token, 1 for the token inside it, and so on. */
  depth?: number;
  /** Whether the findings are shown here; the page shows the outer token's beside the editor. */
  withFindings?: boolean;
}

/** Handed to the views that load later: a JWE's body, the JSON serializations (see decoder-parts.ts). */
export const DECODER_PARTS: DecoderParts = { JsonView, PayloadPanel, TokenView, DecodeErrors, typeClass: TYPE_CLASS };

function Later({ children, reading = null }: { children: ReactNode; reading?: ReactNode }) {
  return <Suspense fallback={reading}>{children}</Suspense>;
}

/** Everything that can be learned from a token without a key. */
export function TokenView({ token, now, depth = 0, withFindings = true }: Props) {
  const result = useMemo(() => decodeToken(token), [token]);
  // The decoded parts are painted first; the explanations follow in the next render, so a
  // paste (or a keystroke) shows its result without waiting for the prose around it.
  const explained = useDeferredValue(token, '') === token;
  if (!result.ok) return <DecodeErrors errors={result.errors} />;
  const decoded = result.value;
  const idPrefix = `token-${depth}`;
  return (
    <div className="space-y-4" data-depth={depth}>
      <div className="flex flex-wrap items-center gap-2">
        <span data-testid="token-type" className={TYPE_CLASS}>
          {decoded.type}
        </span>
        <span className="text-sm text-slate-700 dark:text-slate-300">
          {decoded.type === 'JWE' ? 'JSON Web Encryption: five parts, encrypted' : decoded.type === 'Unsecured' ? 'Unsecured JWS: no signature at all' : 'JSON Web Signature: three parts, signed'}
          {depth > 0 && ` · nested ${depth} level${depth > 1 ? 's' : ''} deep`}
        </span>
      </div>
      <DecodeErrors errors={decoded.errors} />
      {withFindings && explained && (
        <Later>
          <TokenFindings token={token} now={now} idPrefix={idPrefix} />
        </Later>
      )}
      <HeaderPanel header={decoded.header} headerText={decoded.headerText} idPrefix={idPrefix} explained={explained} />
      {decoded.type === 'JWE' ? (
        explained && (
          <Later>
            <JweBody jwe={token} token={decoded} now={now} depth={depth} idPrefix={idPrefix} parts={DECODER_PARTS} />
          </Later>
        )
      ) : (
        <JwsBody token={decoded} now={now} depth={depth} idPrefix={idPrefix} explained={explained} />
      )}
    </div>
  );
}

interface BodyProps {
  token: DecodedJws;
  now: Date;
  depth: number;
  idPrefix: string;
  explained: boolean;
}

function JwsBody({ token, now, depth, idPrefix, explained }: BodyProps) {
  // Open for this token only: pasting another one closes it.
  const [openedFor, setOpenedFor] = useState<DecodedJws | null>(null);
  const openNested = openedFor === token;
  const signature = token.segments[2]!;
  const inner = token.nested && token.payload.type === 'text' ? token.payload.text.trim() : null;
  const readingClaims = <p className="text-sm text-slate-600 dark:text-slate-400">Reading the claims…</p>;
  return (
    <>
      <PayloadPanel payload={token.payload} idPrefix={idPrefix} />
      {token.payload.type === 'json' && (
        <Panel labelledBy={`${idPrefix}-claims`} title="Claims">
          {explained ? (
            <Later reading={readingClaims}>
              <ClaimsTable payload={token.payload.value} now={now} />
            </Later>
          ) : (
            readingClaims
          )}
        </Panel>
      )}
      {explained && (
        <Later>
          <SignaturePanel text={signature.text} byteLength={token.signature.length} alg={token.header.alg} idPrefix={idPrefix} />
        </Later>
      )}
      {inner !== null && (
        <div className="rounded-xl border-2 border-dashed border-indigo-300 p-3 dark:border-indigo-800">
          <button
            type="button"
            aria-expanded={openNested}
            onClick={() => setOpenedFor(openNested ? null : token)}
            className="rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-800"
            data-testid={`decode-nested-${depth}`}
          >
            {openNested ? 'Hide the nested token' : 'Decode the nested token'}
          </button>
          <span className="ml-2 text-sm text-slate-700 dark:text-slate-300">The payload is itself a token{token.header.cty ? ' (cty: JWT)' : ''}.</span>
          {openNested && (
            <div className="mt-3">
              <TokenView token={inner} now={now} depth={depth + 1} />
            </div>
          )}
        </div>
      )}
    </>
  );
}
