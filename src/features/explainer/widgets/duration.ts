import { formatExactDuration } from '../../../lib/time/relative';

/** Seconds as the explainer writes durations: '0 s', '9 min 55 s', '7 h 55 min'. */
export function durationText(seconds: number): string {
  return formatExactDuration(BigInt(Math.round(seconds)) * 1_000_000_000n);
}
