import type { ReactNode } from 'react';
import type { VerifyStatus } from '../../lib/verify';

const STATUS_CLASS: Record<VerifyStatus, string> = {
  verified: 'border-emerald-400 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-100',
  invalid: 'border-red-400 bg-red-50 text-red-950 dark:border-red-700 dark:bg-red-950/60 dark:text-red-100',
  error: 'border-orange-400 bg-orange-50 text-orange-950 dark:border-orange-700 dark:bg-orange-950/60 dark:text-orange-100',
  idle: 'border-slate-300 bg-white text-slate-800 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-200',
};

const ICON: Record<VerifyStatus, string> = { verified: '✓', invalid: '✗', error: '!', idle: '…' };

interface Props {
  status: VerifyStatus;
  code: string | undefined;
  /** A newer check is running. */
  checking: boolean;
  /** The verdict shown is an earlier one, kept while the newer check runs: shown dimmed. */
  stale: boolean;
  headline: ReactNode;
  children?: ReactNode;
}

/**
 * The signature verdict's box, for a compact token and for the JSON serialization alike: a
 * polite live region whose status and code are the test hooks `verify-status` promises.
 */
export function VerdictBox({ status, code, checking, stale, headline, children }: Props) {
  return (
    <div
      data-testid="verify-status"
      data-status={status}
      data-code={code}
      data-checking={checking ? 'true' : undefined}
      role="status"
      aria-live="polite"
      aria-busy={checking}
      className={`rounded-lg border-2 px-3 py-2 text-sm ${STATUS_CLASS[status]} ${stale ? 'opacity-80' : ''}`}
    >
      <p className="font-semibold [overflow-wrap:anywhere]">
        <span aria-hidden="true" className="mr-1.5">
          {ICON[status]}
        </span>
        {headline}
        {stale && <span className="ml-2 text-xs font-normal">(checking again…)</span>}
      </p>
      {children}
    </div>
  );
}
