import type { SkippedKey } from '../../lib/verify';
import { VisibleText } from '../../ui/visible-text';

/** One key of a JWK Set that was not used, with its reason. */
export function SkippedKeyRow({ skipped }: { skipped: SkippedKey }) {
  return (
    <li data-testid={`jwks-skipped-${skipped.index}`} data-reason={skipped.reason} className="[overflow-wrap:anywhere]">
      <span className="font-semibold">Key {skipped.index}</span>
      {skipped.kid !== undefined && (
        <>
          {' '}
          (kid <code className="font-mono text-xs [overflow-wrap:anywhere]"><VisibleText text={skipped.kid} />
          </code>)
        </>
      )}
      : <VisibleText text={skipped.message} />
    </li>
  );
}
