import { useState } from 'react';
import type { JsonObject } from '../../lib/core/json';
import { ChainCertRow } from './chain-cert-row';
import { ChainVerdictBox } from './chain-verdict';
import { TrustAnchorField } from './trust-anchor-field';
import { useChainCheck } from './use-chain-check';

interface Props {
  token: string;
  /** The token's header, which holds "x5c". */
  header: JsonObject;
  /** The verifier's effective "now": the live clock, or the time set in the claim checks. */
  now: Date;
}

/**
 * The certificate chain a token carries (RFC 7515 §4.1.6): every certificate, the checks on
 * each, and the verdict against a trust anchor the user pastes. The checks run after the
 * first paint, in a chunk of their own.
 */
export function ChainPanel({ token, header, now }: Props) {
  const [anchorText, setAnchorText] = useState('');
  const { verdict, facts, link, anchorText: linkedText, checking, failure } = useChainCheck(token, header, anchorText, now);
  const anchorIndex = link?.kind === 'in-chain' ? link.index : -1;
  const entries = facts?.entries ?? [];
  return (
    <section aria-labelledby="chain-title" data-testid="chain-panel" className="min-w-0 space-y-3 border-t border-slate-200 pt-3 dark:border-slate-800">
      <div>
        <h3 id="chain-title" className="text-sm font-semibold">
          Certificate chain (x5c)
        </h3>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Each certificate must be signed by the next, valid at the verifier’s time, and the leaf’s key must verify the token. Trust comes only from a root you paste below.
        </p>
      </div>
      {failure ? (
        <p role="alert" className="text-sm text-red-900 dark:text-red-200">
          {failure}
        </p>
      ) : (
        <ChainVerdictBox verdict={verdict} checking={checking} rowCount={entries.length} />
      )}
      <TrustAnchorField value={anchorText} onChange={setAnchorText} link={linkedText === anchorText ? link : null} />
      {entries.length > 0 && (
        <ol aria-label="Certificates in the chain, leaf first" className="space-y-2">
          {entries.map((entry) => (
            <ChainCertRow
              key={entry.index}
              entry={entry}
              last={entry.index === entries.length - 1}
              problems={verdict?.problems.filter((problem) => problem.index === entry.index) ?? []}
              isAnchor={entry.index === anchorIndex}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
