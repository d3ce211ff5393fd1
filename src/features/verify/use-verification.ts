import { useEffect, useMemo, useState } from 'react';
import { looksLikeJsonKey, parseKey, verifyToken, type ParsedKey, type SecretEncoding, type VerifyInput, type VerifyResult } from '../../lib/verify';
import { LARGE_KEY_CHARS } from '../../lib/core/limits';
import { parseLargeKey } from './key-parse';
import { useDebounced } from './use-debounced';

export const KEY_TYPING_DELAY_MS = 150;

/** A verdict with the key it was reached for, so its words name that key and not a newer one. */
export interface ShownVerdict {
  result: VerifyResult;
  parsed: ParsedKey;
}

interface Verification {
  parsed: ParsedKey;
  /** The verdict for exactly this token and key, or null while it is being worked out. */
  result: VerifyResult | null;
  /** The latest verdict reached: kept on screen, marked busy, while a newer check runs. */
  shown: ShownVerdict | null;
  /** True from the moment the token, key or options change until their verdict is in. */
  checking: boolean;
}

/** What else the verdict depends on: detached content, and one key of a set chosen alone. */
export interface VerifyChoices {
  detachedPayload: string;
  onlyKey: number | null;
}

const NO_CHOICES: VerifyChoices = { detachedPayload: '', onlyKey: null };

interface Settled {
  token: string;
  parsed: ParsedKey;
  allowEmbeddedKey: boolean;
  choices: VerifyChoices;
  result: VerifyResult;
}

const NOTHING_YET: ParsedKey = { kind: 'empty' };

/**
 * The pasted key as read: at once for ordinary keys, and for a large JWK Set away from the
 * page's thread, so that pasting it does not freeze the page. Null while a large key is read.
 */
export function useParsedKey(text: string, encoding: SecretEncoding): ParsedKey | null {
  const large = text.length >= LARGE_KEY_CHARS && looksLikeJsonKey(text);
  const [read, setRead] = useState<{ text: string; encoding: SecretEncoding; parsed: ParsedKey } | null>(null);
  useEffect(() => {
    if (!large) return;
    let live = true;
    void parseLargeKey(text, encoding).then((parsed) => {
      if (live && parsed) setRead({ text, encoding, parsed });
    });
    return () => {
      live = false;
    };
  }, [text, encoding, large]);
  const small = useMemo(() => (large ? null : parseKey(text, encoding)), [text, encoding, large]);
  if (!large) return small;
  return read !== null && read.text === text && read.encoding === encoding ? read.parsed : null;
}

/**
 * Parses the pasted key and verifies the token with it. Each run is tagged with the
 * inputs it was for, so a slow result never stands in for a newer token or key.
 */
export function useVerification(token: string, keyText: string, encoding: SecretEncoding, allowEmbeddedKey = false, choices: VerifyChoices = NO_CHOICES): Verification {
  const settledKey = useDebounced(keyText, KEY_TYPING_DELAY_MS);
  const parsed = useParsedKey(settledKey, encoding);
  const [settled, setSettled] = useState<Settled | null>(null);
  const { detachedPayload, onlyKey } = choices;

  useEffect(() => {
    if (parsed === null) return;
    let superseded = false;
    const chosen = { detachedPayload, onlyKey };
    const input: VerifyInput = { token, key: parsed, allowEmbeddedKey, detachedPayload };
    if (onlyKey !== null) input.onlyKey = onlyKey;
    verifyToken(input).then(
      (result) => {
        if (!superseded) setSettled({ token, parsed, allowEmbeddedKey, choices: chosen, result });
      },
      (error: unknown) => {
        if (superseded) return;
        const message = error instanceof Error ? error.message : String(error);
        setSettled({ token, parsed, allowEmbeddedKey, choices: chosen, result: { status: 'error', code: 'unknown-error', message: `The check failed: ${message}`, skipped: [], privateKeyPasted: false } });
      },
    );
    return () => {
      superseded = true;
    };
  }, [token, parsed, allowEmbeddedKey, detachedPayload, onlyKey]);

  const current =
    settled !== null &&
    settled.token === token &&
    settled.parsed === parsed &&
    settled.allowEmbeddedKey === allowEmbeddedKey &&
    settled.choices.detachedPayload === detachedPayload &&
    settled.choices.onlyKey === onlyKey &&
    settledKey === keyText;
  return {
    parsed: parsed ?? NOTHING_YET,
    result: current ? settled.result : null,
    shown: settled === null ? null : { result: settled.result, parsed: settled.parsed },
    checking: !current,
  };
}
