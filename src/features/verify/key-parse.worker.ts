/// <reference lib="webworker" />
import { parseKey, type SecretEncoding } from '../../lib/verify';

// Off the main thread: reading a JWK Set of thousands of keys must never stall typing.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ id: number; text: string; encoding: SecretEncoding }>) => {
  const { id, text, encoding } = event.data;
  try {
    scope.postMessage({ id, parsed: parseKey(text, encoding) });
  } catch {
    // The page reads it itself, and meets the same problem where it can report it.
    scope.postMessage({ id, parsed: null });
  }
};
