import type { ChainStatus, ChainVerdict } from '../../lib/verify/x5c-chain-types';
import { VisibleText } from '../../ui/visible-text';
import { ChainProblemItem } from './chain-cert-row';

const STATUS_CLASS: Record<ChainStatus, string> = {
  trusted: 'border-emerald-400 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-100',
  untrusted: 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100',
  broken: 'border-red-400 bg-red-50 text-red-950 dark:border-red-700 dark:bg-red-950/60 dark:text-red-100',
  none: 'border-slate-300 bg-white text-slate-800 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-200',
};

const HEADLINE: Record<ChainStatus, string> = {
  trusted: 'Chain trusted',
  untrusted: 'Chain not trusted',
  broken: 'Chain broken',
  none: 'Chain not checked against a trust anchor',
};

const ICON: Record<ChainStatus, string> = { trusted: '✓', untrusted: '?', broken: '✗', none: '!' };

interface Props {
  verdict: ChainVerdict | null;
  checking: boolean;
  /** How many certificates have a row of their own; problems past them are listed here. */
  rowCount: number;
}

/** The chain's verdict; while a newer check runs the last one stays, marked busy. */
export function ChainVerdictBox({ verdict, checking, rowCount }: Props) {
  if (!verdict) {
    return (
      <p aria-busy="true" className="text-sm text-slate-600 dark:text-slate-400">
        Checking the certificate chain…
      </p>
    );
  }
  const { status } = verdict;
  const unplaced = verdict.problems.filter((problem) => problem.index >= rowCount);
  return (
    <div
      data-testid="chain-status"
      data-status={status}
      data-code={verdict.code}
      data-checking={checking ? 'true' : undefined}
      aria-busy={checking}
      className={`rounded-lg border-2 px-3 py-2 text-sm ${STATUS_CLASS[status]} ${checking ? 'opacity-80' : ''}`}
    >
      {/* Only the headline is announced: the message names the time, which ticks every second. */}
      <p className="font-semibold" role="status" aria-live="polite">
        <span aria-hidden="true" className="mr-1.5">
          {ICON[status]}
        </span>
        {HEADLINE[status]}
        {checking && <span className="ml-2 text-xs font-normal">(checking again…)</span>}
      </p>
      <p className="mt-1 [overflow-wrap:anywhere]">
        <VisibleText text={verdict.message} />
      </p>
      {unplaced.length > 0 && (
        <ul className="mt-1 space-y-1">
          {unplaced.map((problem, i) => (
            <ChainProblemItem key={`${problem.code}-${i}`} problem={problem} />
          ))}
        </ul>
      )}
    </div>
  );
}
