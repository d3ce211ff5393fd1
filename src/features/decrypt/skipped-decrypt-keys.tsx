import type { SkippedDecryptKey } from '../../lib/jwe/types';

/** The keys of a pasted JWK Set that were passed over, each with why. */
export function SkippedDecryptKeys({ skipped }: { skipped: readonly SkippedDecryptKey[] }) {
  return (
    <details className="text-sm text-slate-800 dark:text-slate-200" data-testid="decrypt-skipped-keys" open={skipped.length <= 3}>
      <summary className="cursor-pointer">
        {skipped.length} {skipped.length === 1 ? 'key' : 'keys'} of the set passed over
      </summary>
      <ul className="mt-1 space-y-1">
        {skipped.map((key) => (
          <li key={key.index} data-testid={`decrypt-skipped-${key.index}`} data-reason={key.reason} className="[overflow-wrap:anywhere]">
            <span className="font-mono text-xs">
              Key {key.index}
              {key.kid !== undefined && ` (kid ${JSON.stringify(key.kid)})`}
            </span>
            : {key.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
