import { useCallback, useRef, useState } from 'react';
import type { GeneratedKey, GenerateResult } from '../../lib/keys';

export type GenerateState<K extends string> =
  | { status: 'idle' }
  | { status: 'busy'; kind: K }
  | { status: 'done'; key: GeneratedKey<K> }
  | { status: 'failed'; code: string; message: string };

/** Makes a key of `kind` for `alg`: the signing generator's or the encryption one's. */
export type Generate<K extends string> = (kind: K, alg: string) => Promise<GenerateResult<K>>;

/**
 * Generates keys with WebCrypto, which works off the page's thread, so even RSA 4096
 * leaves the page responsive. Only the latest request's key is shown. The key lives in
 * this state alone: nothing stores it.
 */
export function useGeneratedKey<K extends string>(make: Generate<K>): [GenerateState<K>, (kind: K, alg: string) => void] {
  const [state, setState] = useState<GenerateState<K>>({ status: 'idle' });
  const latest = useRef(0);
  const generate = useCallback(
    (kind: K, alg: string) => {
      const request = ++latest.current;
      setState({ status: 'busy', kind });
      void make(kind, alg).then((result) => {
        if (request !== latest.current) return;
        setState(result.ok ? { status: 'done', key: result.key } : { status: 'failed', code: result.error.code, message: result.error.message });
      });
    },
    [make],
  );
  return [state, generate];
}
