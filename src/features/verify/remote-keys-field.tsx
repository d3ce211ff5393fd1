import { useId, useRef, useState } from 'react';
import { fetchRemoteKeys, type RemoteKeysResult } from '../../lib/verify';

/** A URL the token itself names, offered to fill the field; never fetched without a click. */
export interface TokenUrl {
  /** Where the token names it: "iss" or "jku". */
  from: 'iss' | 'jku';
  url: string;
}

interface Props {
  tokenUrls: readonly TokenUrl[];
  /** Receives the fetched key set, as JSON text for the key field, and the URL it came from. */
  onKeys: (jwksText: string, url: string) => void;
}

const BUTTON =
  'min-h-9 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';

function keyCount(keys: unknown): string {
  const count = Array.isArray(keys) ? keys.length : 0;
  return `${count} ${count === 1 ? 'key' : 'keys'}`;
}

/**
 * A JWKS or issuer URL the user types, fetched only on their click. The keys that come
 * back go into the key field, so they are shown, and live in memory for the page's life.
 */
export function RemoteKeysField({ tokenUrls, onKeys }: Props) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<RemoteKeysResult | null>(null);
  const latest = useRef(0);

  const fetchKeys = async () => {
    const request = ++latest.current;
    setBusy(true);
    const answer = await fetchRemoteKeys(url, { fetch: window.fetch.bind(window), online: () => navigator.onLine });
    if (request !== latest.current) return;
    setBusy(false);
    setResult(answer);
    if (answer.ok) onKeys(JSON.stringify(answer.jwks, null, 2), url.trim());
  };

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-semibold">
        Or fetch keys from a JWKS or issuer URL
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
            {offer.from === 'iss' ? 'Use the token’s issuer' : 'Use the URL in the token’s jku header'}: {offer.url}
          </button>
        ))}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Fetched only when you press the button, with no cookies and no referrer. Nothing is fetched because a token names a URL.
      </p>
      {result && (
        <div role="status" data-testid="jwks-url-result" data-ok={result.ok} className="space-y-1 text-sm">
          <p className={result.ok ? 'text-emerald-800 dark:text-emerald-300' : 'text-red-800 dark:text-red-200'} data-code={result.ok ? 'ok' : result.code}>
            {result.ok
              ? `Fetched ${keyCount(result.jwks.keys)} from ${result.jwksUrl}; they are in the key field above, in memory for this page only.`
              : result.message}
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
