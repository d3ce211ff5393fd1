import { useEffect, useMemo, useState } from 'react';
import type { EncodeError, JsonObjectResult, SignResult } from '../../lib/encode';
import { encryptToken, type EncryptRequest, type RecipientKeyResult } from '../../lib/encode/encryption';
import type { ContentEncryption, KeyManagementAlgorithm } from '../../lib/encode';
import type { Signed } from './use-signed-token';

interface Input {
  mode: 'jwe' | 'nested';
  header: JsonObjectResult;
  payload: JsonObjectResult;
  /** The signed token a nested JWT encrypts. */
  signed: Signed;
  key: RecipientKeyResult;
  alg: KeyManagementAlgorithm;
  enc: ContentEncryption;
}

function failed(error: EncodeError): Signed {
  return { token: null, state: 'error', error };
}

/** What is to be encrypted, or why nothing can be yet. */
function requestFor({ mode, header, payload, signed, key, alg, enc }: Input): EncryptRequest | Signed {
  if (!header.ok) return failed(header.error);
  if (mode === 'jwe' && !payload.ok) return failed(payload.error);
  if (mode === 'nested' && signed.state === 'error') return failed(signed.error ?? { code: 'sign-failed', message: 'The token could not be signed.' });
  if (mode === 'nested' && signed.state !== 'signed') return { token: null, state: 'encrypting', error: null };
  if (key.ok === 'empty') return failed(key.error);
  // Why is said beside the key field; the output says where to look.
  if (key.ok === false) return failed({ code: key.error.code, message: 'The recipient’s key above cannot be used for this algorithm: see why beneath it.' });
  const plaintext = mode === 'nested' ? signed.token! : JSON.stringify(payload.ok ? payload.value : {});
  return { mode, header: header.value, alg, enc, key: key.key, plaintext };
}

/**
 * Encrypts whenever the header, payload, signed token, key or choices change. Only the
 * latest request's result is shown, and nothing while it is made: each encryption is new
 * (a fresh content key and IV), so an older token would not be what was typed.
 */
export function useEncryptedToken(input: Input): Signed {
  const { mode, header, payload, key, alg, enc } = input;
  // The signed token matters to a nested token only, and by its parts: the object is new on every render.
  const nested = mode === 'nested';
  const signedToken = nested ? input.signed.token : null;
  const signedState = nested ? input.signed.state : 'signed';
  const signedError = nested ? input.signed.error : null;
  const planned = useMemo(
    () => requestFor({ mode, header, payload, signed: { token: signedToken, state: signedState, error: signedError }, key, alg, enc }),
    [mode, header, payload, signedToken, signedState, signedError, key, alg, enc],
  );
  const [done, setDone] = useState<{ request: EncryptRequest; result: SignResult } | null>(null);

  useEffect(() => {
    if (!('plaintext' in planned)) return;
    let live = true;
    void encryptToken(planned).then((result) => {
      if (live) setDone({ request: planned, result });
    });
    return () => {
      live = false;
    };
  }, [planned]);

  if (!('plaintext' in planned)) return planned;
  if (done?.request !== planned) return { token: null, state: 'encrypting', error: null };
  return done.result.ok ? { token: done.result.token, state: 'encrypted', error: null } : failed(done.result.error);
}
