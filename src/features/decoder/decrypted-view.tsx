import { lazy, Suspense, useMemo } from 'react';
import { findClaimFindings } from '../../lib/jwt/findings';
import { isNestedToken, readPlaintext } from '../../lib/jwt/decode';
import type { DecryptResult } from '../decrypt';
import { Panel } from '../../ui/panel';
import { ClaimsTable } from './claims-table';
import { FindingsList, type ListedFinding } from './findings-list';
import type { DecoderParts } from './decoder-parts';

// The nested token's own verifier: a JWE carries no signature, the token inside it may.
const VerifyPanel = lazy(() => import('../verify').then((verify) => ({ default: verify.VerifyPanel })));

interface Props {
  result: DecryptResult;
  now: Date;
  depth: number;
  idPrefix: string;
  parts: DecoderParts;
}

/** What opening a JWE found and, once decrypted, its content: claims, times and findings as for a JWS, or the token inside it. */
export function DecryptedView({ result, now, depth, idPrefix, parts }: Props) {
  const { DecodeErrors, PayloadPanel, TokenView } = parts;
  const decrypted = result.decrypted;
  const read = useMemo(() => (decrypted ? readPlaintext(decrypted.plaintext) : null), [decrypted]);
  const payload = read?.payload;
  const claimFindings = payload?.type === 'json' ? findClaimFindings(payload.value, now) : [];
  const findings: ListedFinding[] = [...result.findings, ...claimFindings];
  const inner = decrypted && payload && isNestedToken(decrypted.header, payload) && payload.type === 'text' ? payload.text.trim() : null;
  const prefix = `${idPrefix}-decrypted`;
  return (
    <>
      {(findings.length > 0 || decrypted) && (
        <Panel labelledBy={`${prefix}-findings`} title={decrypted ? 'Findings in the content' : 'Findings'}>
          <FindingsList findings={findings} partial={false} noneText={inner ? 'No problems found in the decrypted content. The token inside it is checked below.' : 'No problems found in the decrypted content.'} />
        </Panel>
      )}
      {decrypted?.inflated && (
        <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="plaintext-inflated">
          Inflated (zip: DEF) from {decrypted.inflated.from.toLocaleString('en-US')} to {decrypted.inflated.to.toLocaleString('en-US')} bytes.
        </p>
      )}
      {read && <DecodeErrors errors={read.errors} />}
      {payload && <PayloadPanel payload={payload} idPrefix={prefix} kind="plaintext" />}
      {payload?.type === 'json' && (
        <Panel labelledBy={`${prefix}-claims`} title="Claims">
          <ClaimsTable payload={payload.value} now={now} />
        </Panel>
      )}
      {inner !== null && (
        <div className="space-y-4 rounded-xl border-2 border-dashed border-indigo-300 p-3 dark:border-indigo-800" data-testid={`nested-token-${depth + 1}`}>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            The content is itself a token{decrypted?.header.cty !== undefined ? ` (cty: ${JSON.stringify(decrypted.header.cty)})` : ''}: signed, then encrypted. Its signature is checked with its
            own key, the signer’s, below.
          </p>
          <TokenView token={inner} now={now} depth={depth + 1} />
          <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading the verifier…</p>}>
            <VerifyPanel token={inner} now={now} whitespaceRemoved={false} />
          </Suspense>
        </div>
      )}
    </>
  );
}
