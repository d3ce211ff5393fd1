/// <reference lib="webworker" />
import { findForgeableSecret, WELL_KNOWN_SECRETS } from '../../lib/verify';

// Off the main thread: trying a few hundred HMAC keys must never stall typing.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<{ id: number; token: string }>) => {
  const { id, token } = event.data;
  const secret = await findForgeableSecret(token, WELL_KNOWN_SECRETS).catch(() => null);
  scope.postMessage({ id, secret });
};
