import { useCallback, useRef, useState } from 'react';
import { generateKey, type GeneratedKey, type KeyKind } from '../../lib/keys';

type GenerateState =
  | { status: 'idle' }
  | { status: 'busy'; kind: KeyKind }
  | { status: 'done'; key: GeneratedKey }
  | { status: 'failed'; code: string; message: string };

/**
 * Generates keys with WebCrypto, which works off the page's thread, so even RSA 4096
 * leaves the page responsive. Only the latest request's key is shown. The key lives in
 * this state alone: nothing stores it.
 */
export function useGeneratedKey(): [GenerateState, (kind: KeyKind, alg: string) => void] {
  const [state, setState] = useState<GenerateState>({ status: 'idle' });
  const latest = useRef(0);
  const generate = useCallback((kind: KeyKind, alg: string) => {
    const request = ++latest.current;
    setState({ status: 'busy', kind });
    void generateKey(kind, { alg }).then((result) => {
      if (request !== latest.current) return;
      setState(result.ok ? { status: 'done', key: result.key } : { status: 'failed', code: result.error.code, message: result.error.message });
    });
  }, []);
  return [state, generate];
}
