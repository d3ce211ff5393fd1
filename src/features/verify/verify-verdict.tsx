import type { VerifyStatus } from '../../lib/verify';
import { VerdictBox } from './verdict-box';
import { VisibleText } from '../../ui/visible-text';
import type { ShownVerdict } from './use-verification';
import { verdictHeadline } from './verdict-text';

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
    <VerdictBox status={status} code={result?.code} checking={checking} stale={checking && verdict !== null} headline={<VisibleText text={headline} />}>
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
    </VerdictBox>
  );
}
