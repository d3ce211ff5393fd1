/// <reference lib="webworker" />
import { readInputNow, toPortable } from '../../lib/jwt/large-input';

// Off the main thread: finding, decoding and printing a token of megabytes must never stall the page.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ id: number; input: string }>) => {
  const { id, input } = event.data;
  try {
    scope.postMessage({ id, reading: toPortable(readInputNow(input), input) });
  } catch {
    // The page reads it itself, and meets the same problem where it can report it.
    scope.postMessage({ id, reading: null });
  }
};
