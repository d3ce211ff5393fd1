import type { ReactNode } from 'react';

/** How a verdict reads at a glance: it held, it did not, it could not be tried, nothing yet. */
export type StatusTone = 'good' | 'bad' | 'warn' | 'idle';

const TONE_CLASS: Record<StatusTone, string> = {
  good: 'border-emerald-400 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-100',
  bad: 'border-red-400 bg-red-50 text-red-950 dark:border-red-700 dark:bg-red-950/60 dark:text-red-100',
  warn: 'border-orange-400 bg-orange-50 text-orange-950 dark:border-orange-700 dark:bg-orange-950/60 dark:text-orange-100',
  idle: 'border-slate-300 bg-white text-slate-800 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-200',
};

const ICON: Record<StatusTone, string> = { good: '✓', bad: '✗', warn: '!', idle: '…' };

interface Props {
  testId: string;
  tone: StatusTone;
  /** The hook's `data-status`. */
  status: string;
  code: string | undefined;
  /** A newer check is running. */
  checking: boolean;
  /** The verdict shown is an earlier one, kept while the newer check runs: shown dimmed. */
  stale: boolean;
  headline: ReactNode;
  children?: ReactNode;
}

/** A verdict's box: a polite live region whose `data-status` and `data-code` are test hooks. */
export function StatusBox({ testId, tone, status, code, checking, stale, headline, children }: Props) {
  return (
    <div
      data-testid={testId}
      data-status={status}
      data-code={code}
      data-checking={checking ? 'true' : undefined}
      role="status"
      aria-live="polite"
      aria-busy={checking}
      className={`rounded-lg border-2 px-3 py-2 text-sm ${TONE_CLASS[tone]} ${stale ? 'opacity-80' : ''}`}
    >
      <p className="font-semibold [overflow-wrap:anywhere]">
        <span aria-hidden="true" className="mr-1.5">
          {ICON[tone]}
        </span>
        {headline}
        {stale && <span className="ml-2 text-xs font-normal">(checking again…)</span>}
      </p>
      {children}
    </div>
  );
}
