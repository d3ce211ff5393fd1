import { useEffect, useRef, useState } from 'react';
import { keyOriginNotice, type KeyOriginNotice, type TokenKeySource } from './key-origin';
import type { KeysPlacement, TokenUrl } from './remote-keys-field';

interface Fetched {
  text: string;
  url: string;
  /** Set when the URL is one the token names itself, which weakens any verdict. */
  from: TokenKeySource | null;
}

interface FetchedKeys {
  /** Hands fetched keys to the key field, or holds them while the user is asked. */
  onKeys: (text: string, url: string) => KeysPlacement;
  /** Keys waiting for the user's answer, because the key field holds a key they typed. */
  pending: Fetched | null;
  replace: () => void;
  keep: () => void;
  /** The caveat for the verdict while the key field holds keys from a URL the token names. */
  keyOrigin: KeyOriginNotice | null;
}

/**
 * Where fetched keys go. The key field is filled at once when it is empty or holds keys
 * fetched before; a key the user typed is never replaced without asking.
 */
export function useFetchedKeys(keyText: string, setKeyText: (text: string) => void, offers: readonly TokenUrl[]): FetchedKeys {
  const [pending, setPending] = useState<Fetched | null>(null);
  const [placed, setPlaced] = useState<Fetched | null>(null);
  // Read when a fetch ends, which may be long after the click: the values of that moment count.
  const latest = useRef({ keyText, offers, placed });
  useEffect(() => {
    latest.current = { keyText, offers, placed };
  }, [keyText, offers, placed]);

  const place = (fetched: Fetched) => {
    setKeyText(fetched.text);
    setPlaced(fetched);
    setPending(null);
  };

  const onKeys = (text: string, url: string): KeysPlacement => {
    const now = latest.current;
    const fetched: Fetched = { text, url, from: now.offers.find((offer) => offer.url === url)?.from ?? null };
    if (now.keyText.trim() === '' || now.keyText === now.placed?.text) {
      place(fetched);
      return 'placed';
    }
    setPending(fetched);
    return 'asking';
  };

  return {
    onKeys,
    pending,
    replace: () => {
      if (pending) place(pending);
    },
    keep: () => setPending(null),
    keyOrigin: placed?.from && placed.text === keyText ? keyOriginNotice(placed.from) : null,
  };
}
