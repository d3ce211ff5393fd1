import { memo } from 'react';
import type { SkippedKey, SkipReason } from '../../lib/verify';
import { SkippedKeyRow } from './skipped-key-row';

/** Rows listed at most: a set of thousands of keys must not become thousands of rows. */
export const SHOWN_SKIPPED_KEYS = 50;

const REASON_WORDS: Readonly<Record<SkipReason, string>> = {
  'kid-mismatch': 'another kid',
  'use-enc': 'for encryption',
  'key-ops-no-verify': 'not for verifying',
  'wrong-type': 'another key type',
  'alg-mismatch': 'another alg',
  'not-tried': 'not needed',
  'attempt-limit': 'over the limit of keys tried',
  'signature-mismatch': 'tried, no match',
  unusable: 'unusable',
};

/** "9,968 over the limit of keys tried, 2 another key type". */
function countByReason(rest: readonly SkippedKey[]): string {
  const counts = new Map<SkipReason, number>();
  for (const skipped of rest) counts.set(skipped.reason, (counts.get(skipped.reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => `${count.toLocaleString('en-US')} ${REASON_WORDS[reason]}`).join(', ');
}

/**
 * The keys of a JWK Set that were not used, the first few listed. Memoised on the list
 * itself: the page's clock ticks every second and must not repaint it.
 */
export const SkippedKeys = memo(function SkippedKeys({ skipped }: { skipped: readonly SkippedKey[] }) {
  const shown = skipped.slice(0, SHOWN_SKIPPED_KEYS);
  const rest = skipped.slice(SHOWN_SKIPPED_KEYS);
  return (
    <div>
      <p className="text-sm font-semibold">Other keys in the JWK Set</p>
      <ul tabIndex={0} aria-label="Other keys in the JWK Set" className="mt-1 max-h-48 space-y-1 overflow-auto text-sm">
        {shown.map((key) => (
          <SkippedKeyRow key={key.index} skipped={key} />
        ))}
      </ul>
      {rest.length > 0 && (
        <p data-testid="jwks-skipped-more" className="mt-1 text-sm">
          …and {rest.length.toLocaleString('en-US')} more {rest.length === 1 ? 'key' : 'keys'}, not listed ({countByReason(rest)}).
        </p>
      )}
    </div>
  );
});
