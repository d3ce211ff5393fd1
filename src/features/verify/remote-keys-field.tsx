import { useId, useRef, useState } from 'react';
import { fetchRemoteKeys, type RemoteKeysResult } from '../../lib/verify';
import type { TokenKeySource } from './key-origin';

/** A URL the token itself names, offered to fill the field; never fetched without a click. */
export interface TokenUrl {
  /** Where the token names it: its "iss" claim, or its "jku" or "x5u" header. */
  from: TokenKeySource;
  url: string;
}

/** Whether fetched keys went into the key field, or wait for the user to say so. */
export type KeysPlacement = 'placed' | 'asking';

interface Props {
  tokenUrls: readonly TokenUrl[];
  /** Receives the fetched keys as text for the key field (JWKS JSON or PEM) and the URL typed. */
  onKeys: (keysText: string, url: string) => KeysPlacement;
}

const BUTTON =
  'min-h-9 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';

const OFFER_TEXT: Readonly<Record<TokenKeySource, string>> = {
  iss: 'Use the token’s issuer',
  jku: 'Use the URL in the token’s jku header',
  x5u: 'Use the URL in the token’s x5u header',
};

function plural(count: number, word: string): string {
  return `${count} ${count === 1 ? word : `${word}s`}`;
}

function fetchedText(result: RemoteKeysResult & { ok: true }, placement: KeysPlacement): string {
  const what =
    result.kind === 'jwks'
      ? `Fetched ${plural(Array.isArray(result.jwks.keys) ? result.jwks.keys.length : 0, 'key')} from ${result.jwksUrl}`
      : `Fetched a PEM certificate chain of ${plural(result.certificateCount, 'certificate')} from ${result.url}`;
  if (placement === 'asking') return `${what}. The key you pasted is still in the key field: choose below whether to replace it.`;
  return `${what}; ${result.kind === 'jwks' ? 'they are' : 'it is'} in the key field above, in memory for this page only.`;
}

/**
 * A JWKS, issuer or certificate URL the user types, fetched only on their click. What
 * comes back goes into the key field, so it is shown, and lives in memory for the page's life.
 */
export function RemoteKeysField({ tokenUrls, onKeys }: Props) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<{ result: RemoteKeysResult; placement: KeysPlacement } | null>(null);
  const latest = useRef(0);

  const fetchKeys = async () => {
    const request = ++latest.current;
    setBusy(true);
    const result = await fetchRemoteKeys(url, { fetch: window.fetch.bind(window), online: () => navigator.onLine });
    if (request !== latest.current) return;
    setBusy(false);
    const placement = result.ok ? onKeys(result.kind === 'jwks' ? JSON.stringify(result.jwks, null, 2) : result.pem, url.trim()) : 'placed';
    setAnswer({ result, placement });
  };

  const result = answer?.result;
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-semibold">
        Or fetch keys from a JWKS, issuer or certificate URL
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          type="url"
          data-testid="jwks-url-input"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && url.trim()) void fetchKeys();
          }}
          placeholder="https://login.example.com/"
          spellCheck={false}
          className="min-w-0 flex-1 rounded-lg border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
        />
        <button type="button" className={BUTTON} disabled={busy || url.trim() === ''} onClick={() => void fetchKeys()} data-testid="jwks-url-fetch">
          {busy ? 'Fetching…' : 'Fetch keys'}
        </button>
      </div>
      {tokenUrls
        .filter((offer) => offer.url !== url)
        .map((offer) => (
          <button key={offer.from} type="button" className="block text-left text-sm text-indigo-700 underline [overflow-wrap:anywhere] dark:text-indigo-300" onClick={() => setUrl(offer.url)}>
            {OFFER_TEXT[offer.from]}: {offer.url}
          </button>
        ))}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Fetched only when you press the button, with no cookies and no referrer. Nothing is fetched because a token names a URL.
      </p>
      {result && answer && (
        <div role="status" data-testid="jwks-url-result" data-ok={result.ok} className="space-y-1 text-sm">
          <p className={result.ok ? 'text-emerald-800 dark:text-emerald-300' : 'text-red-800 dark:text-red-200'} data-code={result.ok ? 'ok' : result.code}>
            {result.ok ? fetchedText(result, answer.placement) : result.message}
          </p>
          {result.steps.length > 0 && (
            <ol className="list-decimal pl-5 font-mono text-xs text-slate-700 dark:text-slate-300">
              {result.steps.map((step, i) => (
                <li key={i} className="[overflow-wrap:anywhere]">
                  {step.url} — {step.outcome}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  );
}
