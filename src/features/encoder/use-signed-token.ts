import { useEffect, useMemo, useState } from 'react';
import { sign, type EncodeError, type SignResult, type SigningKeyResult } from '../../lib/encode';
import type { JsonObject } from '../../lib/core/json';
import type { OutputState } from './token-output';

interface Request {
  header: JsonObject;
  payload: JsonObject;
  key: SigningKeyResult;
}

export interface Signed {
  token: string | null;
  state: OutputState;
  error: EncodeError | null;
}

/**
 * Signs whenever the header, payload or key change. Signing is asynchronous (WebCrypto);
 * only the latest request's result is shown, and until it arrives the output says it is
 * signing, so what it shows always matches what was typed once it says "signed".
 */
export function useSignedToken(header: JsonObject | null, payload: JsonObject | null, key: SigningKeyResult, inputError: EncodeError | null): Signed {
  const request = useMemo<Request | null>(() => (header && payload ? { header, payload, key } : null), [header, payload, key]);
  const [done, setDone] = useState<{ request: Request; result: SignResult } | null>(null);
  const [lastToken, setLastToken] = useState<string | null>(null);

  useEffect(() => {
    if (!request) return;
    let live = true;
    const key = request.key.ok === true ? request.key.key : null;
    void sign(request.header, request.payload, key).then((result) => {
      if (!live) return;
      setDone({ request, result });
      if (result.ok) setLastToken(result.token);
    });
    return () => {
      live = false;
    };
  }, [request]);

  if (!request) return { token: null, state: 'error', error: inputError };
  const alg = request.header.alg;
  // A key that cannot be read is reported beside the key field; the output says why it is empty.
  if (request.key.ok === false && alg !== 'none') return { token: null, state: 'error', error: { code: 'key-unreadable', message: 'The key above could not be read.' } };
  if (done?.request !== request) return { token: lastToken, state: 'signing', error: null };
  return done.result.ok ? { token: done.result.token, state: 'signed', error: null } : { token: null, state: 'error', error: done.result.error };
}
