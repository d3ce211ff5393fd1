import type { VerifyStatus } from '../../lib/verify';
import type { JsonVerifyResult } from '../../lib/verify/verify-json';
import { VisibleText } from '../../ui/visible-text';
import { ICON, STATUS_CLASS } from './verify-verdict';

function headline(result: JsonVerifyResult): string {
  const checked = result.signatures.filter((s) => s.checked).length;
  const total = result.signatures.length;
  switch (result.status) {
    case 'verified':
      return checked === total ? `Verified — ${total === 1 ? 'the signature' : `all ${total} signatures`}` : `Verified — ${checked} of ${total} signatures checked`;
    case 'invalid':
      return 'Invalid — a signature does not match';
    case 'error':
      return 'Not verified — could not be checked';
    case 'idle':
      return 'Signatures not checked yet';
  }
}

interface Props {
  /** The latest verdict reached, or null before the first one. */
  result: JsonVerifyResult | null;
  /** A newer check is running: the verdict shown is the previous one until it ends. */
  checking: boolean;
}

/** The verdict on all the signatures of a JWS in the JSON serialization; each signature shows its own. */
export function JsonVerdict({ result, checking }: Props) {
  const status: VerifyStatus = result?.status ?? 'idle';
  return (
    <div
      data-testid="verify-status"
      data-status={status}
      data-code={result?.code}
      data-checking={checking ? 'true' : undefined}
      role="status"
      aria-live="polite"
      aria-busy={checking}
      className={`rounded-lg border-2 px-3 py-2 text-sm ${STATUS_CLASS[status]} ${checking && result ? 'opacity-80' : ''}`}
    >
      <p className="font-semibold [overflow-wrap:anywhere]">
        <span aria-hidden="true" className="mr-1.5">
          {ICON[status]}
        </span>
        {result ? headline(result) : 'Checking the signatures…'}
        {checking && result && <span className="ml-2 text-xs font-normal">(checking again…)</span>}
      </p>
      {result && (
        <p className="mt-1 [overflow-wrap:anywhere]">
          <VisibleText text={result.message} />
        </p>
      )}
    </div>
  );
}
