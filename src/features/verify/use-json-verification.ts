import { useEffect, useState } from 'react';
import type { DecodedJwsJson } from '../../lib/jwt/json-serialization-types';
import type { ParsedKey, SecretEncoding } from '../../lib/verify';
import { verifyJwsJson, type JsonVerifyResult } from '../../lib/verify/verify-json';
import { useDebounced } from './use-debounced';
import { KEY_TYPING_DELAY_MS, useParsedKey } from './use-verification';

interface JsonVerification {
  parsed: ParsedKey;
  /** The verdict for exactly this JWS and key, or null while it is being worked out. */
  result: JsonVerifyResult | null;
  /** The latest verdict reached: kept on screen, marked busy, while a newer check runs. */
  shown: JsonVerifyResult | null;
  checking: boolean;
}

interface Settled {
  jws: DecodedJwsJson;
  parsed: ParsedKey;
  result: JsonVerifyResult;
}

const NOTHING_YET: ParsedKey = { kind: 'empty' };

/**
 * The pasted key, read as the compact verifier reads it, and every signature of the JWS
 * checked with it. Each run is tagged with its inputs, so a slow one never stands in for newer ones.
 */
export function useJsonVerification(jws: DecodedJwsJson, keyText: string, encoding: SecretEncoding): JsonVerification {
  const settledKey = useDebounced(keyText, KEY_TYPING_DELAY_MS);
  const parsed = useParsedKey(settledKey, encoding);
  const [settled, setSettled] = useState<Settled | null>(null);

  useEffect(() => {
    if (parsed === null) return;
    let superseded = false;
    verifyJwsJson(jws, parsed).then(
      (result) => {
        if (!superseded) setSettled({ jws, parsed, result });
      },
      (error: unknown) => {
        if (superseded) return;
        const message = error instanceof Error ? error.message : String(error);
        setSettled({ jws, parsed, result: { status: 'error', code: 'unknown-error', message: `The check failed: ${message}`, signatures: [], privateKeyPasted: false } });
      },
    );
    return () => {
      superseded = true;
    };
  }, [jws, parsed]);

  const current = settled !== null && settled.jws === jws && settled.parsed === parsed && settledKey === keyText;
  return { parsed: parsed ?? NOTHING_YET, result: current ? settled.result : null, shown: settled?.result ?? null, checking: !current };
}
