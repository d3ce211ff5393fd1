import { Suspense } from 'react';
import { JweJsonView, JwsJsonView } from './lazy-details';
import { DECODER_PARTS } from './token-view';

/** A JWS or a JWE in the JSON serialization: its view, and its verifier or decryption, load only when one is pasted. */
export function LazyJoseJsonView({ kind, text, now }: { kind: 'jws' | 'jwe'; text: string; now: Date }) {
  return (
    <Suspense fallback={null}>
      {kind === 'jws' ? <JwsJsonView text={text} now={now} parts={DECODER_PARTS} /> : <JweJsonView text={text} now={now} parts={DECODER_PARTS} />}
    </Suspense>
  );
}
