import { useEffect, useState } from 'react';
import type { DecryptResult, SecretEncoding } from '../../lib/jwe/types';
import { decryptInBackground } from './decrypt-latest';

export interface Decryption {
  /** The latest verdict, or null before any key was tried. */
  result: DecryptResult | null;
  /** An attempt with the current key is running. */
  checking: boolean;
  /** The verdict shown is for an earlier key or token. */
  stale: boolean;
}

const TYPING_PAUSE_MS = 120;

interface Attempt {
  jwe: string;
  keyText: string;
  encoding: SecretEncoding;
  result: DecryptResult;
}

/**
 * Opens the JWE with the key as typed. Each change starts a new attempt in the background
 * and the last one wins; the verdict before it stays on screen, dimmed, until it lands.
 */
export function useDecryption(jwe: string, keyText: string, encoding: SecretEncoding): Decryption {
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const empty = keyText.trim() === '';
  useEffect(() => {
    if (empty) return;
    let live = true;
    // A short pause first: a key typed by hand starts one attempt, not one per character.
    const timer = setTimeout(() => {
      void decryptInBackground({ jwe, keyText, encoding }).then((result) => {
        if (live && result) setAttempt({ jwe, keyText, encoding, result });
      });
    }, TYPING_PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [jwe, keyText, encoding, empty]);
  if (empty) return { result: null, checking: false, stale: false };
  // A verdict about another token is no verdict about this one.
  const shown = attempt !== null && attempt.jwe === jwe ? attempt : null;
  const current = shown !== null && shown.keyText === keyText && shown.encoding === encoding;
  return { result: shown?.result ?? null, checking: !current, stale: shown !== null && !current };
}
