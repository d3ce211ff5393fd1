/// <reference lib="webworker" />
import { decryptJwe } from '../../lib/jwe';
import type { DecryptInput } from '../../lib/jwe/types';

// Off the page's thread: a JWE of megabytes, or PBES2 with a high count, must not stall typing.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ id: number; input: DecryptInput }>) => {
  const { id, input } = event.data;
  decryptJwe(input).then(
    (result) => scope.postMessage({ id, result }),
    // decryptJwe never throws; should it, the page decrypts itself and reports what happened.
    () => scope.postMessage({ id, result: null }),
  );
};
