import { lazy, startTransition, Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { decodeToken } from '../../lib/jwt/decode';
import { findToken, type FoundToken } from '../../lib/jwt/extract';
import { looksLikeJwsJson } from '../../lib/jwt/jws-json-detect';
import { looksLikeJweJson } from '../../lib/jwe/json-detect';
import { LARGE_INPUT_CHARS } from '../../lib/core/limits';
import { moveTokenToFragment, shareLink, tokenFromLink, type LinkedToken } from '../../lib/url/token-link';
import { CopyButton } from '../../ui/copy-button';
import { sizeText } from '../../lib/core/text-size';
import { ErrorBoundary } from '../../ui/error-boundary';
import { TokenEditor, type ErrorMark } from './token-editor';
import { preloadDetails, TokenFindings } from './lazy-details';
import { LazyJoseJsonView } from './lazy-jose-json';
import { TokenView } from './token-view';
import { useHydrated } from '../../runtime/use-hydrated';
import { useNow } from '../../runtime/use-now';
import { whenIdle } from '../../runtime/when-idle';
import { encoderView } from '../encoder';
import { hrefTo } from '../../runtime/view-href';
import type { ViewProps } from '../../runtime/view';

// Loaded when a token is first shown, or before when the browser is idle: jose and the key
// parsers stay out of the first view, yet are ready when the first token arrives. The panel
// is taken by name: building the module object would add code to the first view.
const loadVerifier = () => import('../verify').then((verify) => verify.VerifyPanel);
const VerifyPanel = lazy(() => loadVerifier().then((panel) => ({ default: panel })));

interface Linked {
  token: LinkedToken | null;
  /** The parameter a token came under in the query string, which the browser sent to the host. */
  sentInQuery: string | null;
}

const NOTHING_LINKED: Linked = { token: null, sentInQuery: null };

/** Reads a token from the link, moving any `?token=` into the fragment. */
function readLinkedToken(): Linked {
  if (typeof window === 'undefined') return NOTHING_LINKED;
  const { pathname, search, hash } = window.location;
  const inFragment = tokenFromLink('', hash);
  const inQuery = tokenFromLink(search, '');
  const token = inFragment ?? inQuery;
  if (inQuery && token) window.history.replaceState(null, '', moveTokenToFragment(pathname, search, token));
  return { token, sentInQuery: inQuery?.param ?? null };
}

/** The first character the decoder could not read, to mark in the editor. */
function firstErrorMark(token: string): ErrorMark | null {
  const result = decodeToken(token);
  const errors = result.ok ? result.value.errors : result.errors;
  const located = errors.find((error) => error.code === 'invalid-base64url' && error.segment && error.offset !== undefined);
  return located?.segment && located.offset !== undefined ? { segment: located.segment, offset: located.offset } : null;
}

/**
 * The token in the input: found at once for ordinary pastes, and for a large one read
 * away from the page's thread, so that the paste itself shows at once. `undefined` while
 * a large paste is being read.
 */
function useFoundToken(input: string): FoundToken | null | undefined {
  const large = input.length >= LARGE_INPUT_CHARS;
  const [read, setRead] = useState<{ input: string; found: FoundToken | null } | null>(null);
  useEffect(() => {
    if (!large) return;
    let live = true;
    // The worker and its reader come only with the first large paste.
    // Should its code not arrive (offline before it was cached), the token is read here.
    void import('./large-input')
      .then(({ readLargeInput }) => readLargeInput(input))
      .catch(() => findToken(input))
      .then((found) => {
        // A transition: the views of a large token render in slices the browser can interrupt.
        if (live) startTransition(() => setRead({ input, found }));
      });
    return () => {
      live = false;
    };
  }, [input, large]);
  const small = useMemo(() => (large ? null : findToken(input)), [input, large]);
  if (!large) return small;
  return read?.input === input ? read.found : undefined;
}

export function DecoderPage({ recentToken }: ViewProps) {
  const [readLink] = useState(readLinkedToken);
  const [typed, setInput] = useState(readLink.token?.token ?? '');
  // The build renders the empty decoder: a linked token appears once the page is hydrated.
  const hydrated = useHydrated();
  const linked = hydrated ? readLink : NOTHING_LINKED;
  const input = hydrated ? typed : '';

  // A new #token= link opened in this tab replaces what is shown.
  useEffect(() => {
    const follow = () => {
      const next = tokenFromLink('', window.location.hash);
      if (next) setInput(next.token);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  // After the first paint, when the page is idle: the details of a token (claims, the
  // explanations, findings) and the verifier, so both are there by the first paste.
  useEffect(
    () =>
      whenIdle(() => {
        preloadDetails();
        void loadVerifier();
      }),
    [],
  );
  const now = useNow();
  // A look at the text, once per input: the page renders again with every tick of the clock.
  const jsonInput = useMemo(() => (looksLikeJwsJson(input) ? 'jws' : looksLikeJweJson(input) ? 'jwe' : null), [input]);
  const found = useFoundToken(jsonInput ? '' : input);
  useEffect(() => recentToken.set(found?.token ?? null), [recentToken, found]);
  const errorMark = useMemo(() => (found && !found.percentEncoded ? firstErrorMark(found.text) : null), [found]);
  const reading = found === undefined;
  // Findings and the verifier follow the decoded panels by one render.
  const deferred = useDeferredValue(found ?? null);
  const findingsFor = deferred?.text ?? null;
  // Once per token, not per tick of the clock: a token may be megabytes.
  const whitespaceRemoved = useMemo(() => (deferred ? /\s/.test(deferred.text) && !/\s/.test(deferred.token) : false), [deferred]);
  // A JWE has no signature: its decryption, after its parts, takes the verifier's place.
  const shownJwe = useMemo(() => {
    const decoded = deferred ? decodeToken(deferred.text) : null;
    return decoded?.ok === true && decoded.value.type === 'JWE';
  }, [deferred]);
  // Once shown, the verifier stays: clearing the token must not throw away a typed key.
  const [verifierShown, setVerifierShown] = useState(false);
  if (findingsFor !== null && !verifierShown) setVerifierShown(true);

  const change = (value: string) => {
    setInput(value);
    if (tokenFromLink('', window.location.hash)) {
      // The link's token no longer matches what is shown: take it out of the address bar.
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    }
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:grid-rows-[auto_1fr]">
      <h1 className="sr-only">JWT decoder</h1>
      <div className="min-w-0 space-y-3 lg:col-start-1 lg:row-start-1 lg:self-start">
        {linked.sentInQuery && (
          <div role="status" data-testid="query-token-notice" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100">
            <strong>This link sent the token to the server.</strong> It was in the query string (<code>?{linked.sentInQuery}=…</code>), which your browser sends to{' '}
            {window.location.host || 'the host'} with the request, so it may be in the host’s logs. It has been moved to the fragment (<code>#{linked.token?.param}=…</code>), which
            stays in your browser. Share links with <code>#token=</code> instead.
          </div>
        )}
        <TokenEditor value={input} found={found ?? null} errorMark={errorMark} onChange={change} />
        {found && (
          <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
            <CopyButton text={() => shareLink(window.location.origin, window.location.pathname, found.token)} label="Copy link with token">
              Copy link with token
            </CopyButton>
            <span>The token goes after “#”, which browsers never send to a server. Anyone with the link can read it.</span>
            <a href={hrefTo(encoderView, `#token=${encodeURIComponent(found.token)}`)} data-testid="edit-token" className="text-indigo-700 underline dark:text-indigo-300">
              Edit this token
            </a>
          </div>
        )}
        {findingsFor !== null && findingsFor === found?.text && (
          <ErrorBoundary resetKey={input}>
            <Suspense fallback={null}>
              <TokenFindings token={findingsFor} now={now} idPrefix="token-0" stray={deferred?.stray} />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
      <div className="min-w-0 lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <ErrorBoundary resetKey={input}>
          {jsonInput ? (
            <LazyJoseJsonView kind={jsonInput} text={input} now={now} />
          ) : reading ? (
            <div role="status" aria-busy="true" data-testid="decoding-status" className="rounded-xl border border-slate-300 p-6 text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300">
              <p className="font-semibold">Decoding {sizeText(input.length)}…</p>
              <p className="mt-1">A large paste is read in the background, so this page keeps answering meanwhile.</p>
            </div>
          ) : found ? (
            <TokenView token={found.text} now={now} withFindings={false} />
          ) : (
            <div className="rounded-xl border border-dashed border-slate-300 p-6 text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300">
              <p className="font-semibold">Paste a token to see its header, claims and signature.</p>
              <p className="mt-1">
                A bare JWT, <code>Bearer …</code>, an <code>Authorization</code>, <code>Cookie</code> or <code>Set-Cookie</code> line, a URL with{' '}
                <code>id_token=</code>, or a log line: the token is found for you. It is decoded here and sent nowhere.
              </p>
            </div>
          )}
        </ErrorBoundary>
      </div>
      {/* Under the findings on wide screens; after the decoded token on narrow ones. */}
      {verifierShown && !jsonInput && (
        <div className="min-w-0 lg:col-start-1 lg:row-start-2 lg:self-start" hidden={shownJwe}>
          <ErrorBoundary resetKey={findingsFor}>
            <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading the verifier…</p>}>
              {/* What is verified is the token as shown and copied: inner whitespace removed, stray characters kept. */}
              <VerifyPanel token={deferred?.token ?? ''} now={now} whitespaceRemoved={whitespaceRemoved} />
            </Suspense>
          </ErrorBoundary>
        </div>
      )}
    </div>
  );
}
