import type { VerifyStatus } from '../../lib/verify';
import type { JsonVerifyResult } from '../../lib/verify/verify-json';
import { VisibleText } from '../../ui/visible-text';
import { VerdictBox } from './verdict-box';

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
    <VerdictBox status={status} code={result?.code} checking={checking} stale={checking && result !== null} headline={result ? headline(result) : 'Checking the signatures…'}>
      {result && (
        <p className="mt-1 [overflow-wrap:anywhere]">
          <VisibleText text={result.message} />
        </p>
      )}
    </VerdictBox>
  );
}
