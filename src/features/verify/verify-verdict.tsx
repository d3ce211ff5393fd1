import type { VerifyStatus } from '../../lib/verify';
import { VisibleText } from '../../ui/visible-text';
import type { ShownVerdict } from './use-verification';
import { verdictHeadline } from './verdict-text';

export const STATUS_CLASS: Record<VerifyStatus, string> = {
  verified: 'border-emerald-400 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-100',
  invalid: 'border-red-400 bg-red-50 text-red-950 dark:border-red-700 dark:bg-red-950/60 dark:text-red-100',
  error: 'border-orange-400 bg-orange-50 text-orange-950 dark:border-orange-700 dark:bg-orange-950/60 dark:text-orange-100',
  idle: 'border-slate-300 bg-white text-slate-800 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-200',
};

export const ICON: Record<VerifyStatus, string> = { verified: '✓', invalid: '✗', error: '!', idle: '…' };

interface Props {
  /** The latest verdict reached, or null before the first one. */
  verdict: ShownVerdict | null;
  /** A newer check is running: the verdict shown is the previous one until it ends. */
  checking: boolean;
  /** Where the keys came from, when that weakens the verdict (a URL the token names itself). */
  keyOrigin?: { testId: string; text: string } | null;
  /** Spaces or line breaks inside the pasted token were taken out before the check. */
  whitespaceRemoved?: boolean;
}

/**
 * The signature's verdict alone; the claims have their own. While a check runs the last
 * verdict stays, marked busy, so the box neither flickers nor claims "idle" with a key given.
 */
export function VerifyVerdict({ verdict, checking, keyOrigin = null, whitespaceRemoved = false }: Props) {
  const result = verdict?.result ?? null;
  const status: VerifyStatus = result?.status ?? 'idle';
  const headline = verdict ? verdictHeadline(verdict.result, verdict.parsed) : 'Checking the signature…';
  // For a verdict, the headline says it all; otherwise the reason is the useful part.
  const reason = result && result.status !== 'verified' ? result.message : null;
  return (
    <div
      data-testid="verify-status"
      data-status={status}
      data-code={result?.code}
      data-checking={checking ? 'true' : undefined}
      role="status"
      aria-live="polite"
      aria-busy={checking}
      className={`rounded-lg border-2 px-3 py-2 text-sm ${STATUS_CLASS[status]} ${checking && verdict ? 'opacity-80' : ''}`}
    >
      <p className="font-semibold [overflow-wrap:anywhere]">
        <span aria-hidden="true" className="mr-1.5">
          {ICON[status]}
        </span>
        <VisibleText text={headline} />
        {checking && verdict && <span className="ml-2 text-xs font-normal">(checking again…)</span>}
      </p>
      {reason && (
        <p className="mt-1 [overflow-wrap:anywhere]">
          <VisibleText text={reason} />
        </p>
      )}
      {result?.note && <p className="mt-1 [overflow-wrap:anywhere]">{result.note}</p>}
      {result && whitespaceRemoved && (
        <p data-testid="verify-whitespace-note" className="mt-1 [overflow-wrap:anywhere]">
          The spaces and line breaks inside the pasted token were removed: they are not part of it. This verdict is on the token without them, which “Copy the token” gives.
        </p>
      )}
      {result && keyOrigin && (
        <p data-testid={keyOrigin.testId} className="mt-1 [overflow-wrap:anywhere]">
          {keyOrigin.text}
        </p>
      )}
      {result?.detail && (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer">Details from the cryptography library</summary>
          <p className="mt-1 font-mono [overflow-wrap:anywhere]">{result.detail}</p>
        </details>
      )}
    </div>
  );
}
