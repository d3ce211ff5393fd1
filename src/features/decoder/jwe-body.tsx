import { Suspense, useMemo } from 'react';
import type { DecodedJwe } from '../../lib/jwt/types';
import { ErrorBoundary } from '../../ui/error-boundary';
import { DecryptedView } from './decrypted-view';
import { DecryptPanel } from './lazy-decrypt';
import { JweParts } from './jwe-parts';
import type { DecoderParts } from './decoder-parts';


interface Props {
  /** The compact JWE as shown. */
  jwe: string;
  token: DecodedJwe;
  now: Date;
  depth: number;
  idPrefix: string;
  parts: DecoderParts;
}

/** A compact JWE's parts, the field that opens it, and what it holds once opened. */
export function JweBody({ jwe, token, now, depth, idPrefix, parts }: Props) {
  // What is decrypted is the token as copied: whitespace that wrapped it in a log is not part of it.
  const compact = useMemo(() => jwe.replace(/\s+/g, ''), [jwe]);
  return (
    <>
      <JweParts token={token} idPrefix={idPrefix} />
      <ErrorBoundary resetKey={compact}>
        <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading the decryption…</p>}>
          <DecryptPanel jwe={compact} header={token.header} renderResult={(result) => <DecryptedView result={result} now={now} depth={depth} idPrefix={idPrefix} parts={parts} />} />
        </Suspense>
      </ErrorBoundary>
    </>
  );
}
