import { Suspense } from 'react';
import { JsonView } from '../../ui/json-view';
import { PayloadPanel } from './payload-panel';
import type { JwsJsonParts } from './jws-json-view';
import { JweJsonView, JwsJsonView } from './lazy-details';

// The first view's own JSON components, handed to the lazily loaded view rather than imported
// by it: a chunk loaded later that imported them would have the bundler split the modules
// they share with the verifier out of the first view's chunk, a request and bytes more.
const PARTS: JwsJsonParts = { JsonView, PayloadPanel };

/** A JWS or a JWE in the JSON serialization: its view, and its verifier or decryption, load only when one is pasted. */
export function LazyJoseJsonView({ kind, text, now }: { kind: 'jws' | 'jwe'; text: string; now: Date }) {
  return <Suspense fallback={null}>{kind === 'jws' ? <JwsJsonView text={text} now={now} parts={PARTS} /> : <JweJsonView text={text} now={now} parts={PARTS} />}</Suspense>;
}
