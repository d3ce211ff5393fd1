import type { ReactNode } from 'react';
import type { VerifyStatus } from '../../lib/verify';
import { StatusBox, type StatusTone } from '../../ui/status-box';

const TONE: Record<VerifyStatus, StatusTone> = { verified: 'good', invalid: 'bad', error: 'warn', idle: 'idle' };

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

/** The signature verdict's box, for a compact token and for the JSON serialization alike: the hook `verify-status`. */
export function VerdictBox({ status, ...rest }: Props) {
  return <StatusBox testId="verify-status" tone={TONE[status]} status={status} {...rest} />;
}
