/// <reference lib="webworker" />
import { findForgeableSecret, WELL_KNOWN_SECRETS } from '../../lib/verify';

// Off the main thread: trying a few hundred HMAC keys must never stall typing.
const scope = self as unknown as DedicatedWorkerGlobalScope;

type Message = { type: 'warm' } | { type: 'search'; id: number; token: string };

/** One HMAC over nothing: the first WebCrypto call of a worker is the slow one, so it is made ahead. */
async function warmUp(): Promise<void> {
  const key = await crypto.subtle.importKey('raw', new Uint8Array(32), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  await crypto.subtle.sign('HMAC', key, new Uint8Array(0));
}

scope.onmessage = async (event: MessageEvent<Message>) => {
  const message = event.data;
  if (message.type === 'warm') {
    await warmUp().catch(() => undefined);
    return;
  }
  const secret = await findForgeableSecret(message.token, WELL_KNOWN_SECRETS).catch(() => null);
  scope.postMessage({ id: message.id, secret });
};
