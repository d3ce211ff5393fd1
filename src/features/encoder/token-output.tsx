import { hrefTo } from '../../runtime/view-href';
import { decoderView, SEGMENT_CLASS } from '../decoder';
import { CopyButton } from '../../ui/copy-button';
import type { EncodeError } from '../../lib/encode';
import { ERROR_TEXT_CLASS } from './styles';

/** `signed` and `signing` for a JWS; `encrypted` and `encrypting` for a JWE (and a nested token). */
export type OutputState = 'signed' | 'signing' | 'encrypted' | 'encrypting' | 'error';

interface Props {
  token: string | null;
  state: OutputState;
  error: EncodeError | null;
}

const JWS_NAMES = ['header', 'payload', 'signature'] as const;
// RFC 7516 §7.1: the five parts of a compact JWE.
const JWE_NAMES = ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag'] as const;

/** The signed or encrypted token, coloured by segment as in the decoder, with a way to copy it or open it there. */
export function TokenOutput({ token, state, error }: Props) {
  const pieces = token?.split('.') ?? [];
  const names: readonly (typeof JWS_NAMES[number] | typeof JWE_NAMES[number])[] = pieces.length === 5 ? JWE_NAMES : JWS_NAMES;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="encoder-output-title" className="text-sm font-semibold uppercase tracking-wide">
          Token
        </h2>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          {token && (
            <>
              <CopyButton text={token} label="Copy the token" />
              <a
                href={hrefTo(decoderView, `#token=${encodeURIComponent(token)}`)}
                data-testid="encoder-open-decoder"
                className="inline-flex min-h-8 items-center rounded-md bg-indigo-700 px-2.5 py-1 text-xs font-semibold text-white hover:bg-indigo-800"
              >
                Open in the decoder
              </a>
            </>
          )}
        </div>
      </div>
      <p
        data-testid="encoder-output"
        data-state={state}
        aria-labelledby="encoder-output-title"
        aria-busy={state === 'signing' || state === 'encrypting'}
        className="min-h-16 rounded-lg border border-slate-300 bg-white px-3 py-2.5 font-mono text-sm leading-6 break-all text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
      >
        {pieces.map((piece, i) => (
          <span key={i}>
            {i > 0 && '.'}
            <span className={SEGMENT_CLASS[names[i] ?? 'signature']}>{piece}</span>
          </span>
        ))}
      </p>
      <p aria-live="polite" data-testid="encoder-error" data-code={state === 'error' && error ? error.code : undefined} className={ERROR_TEXT_CLASS}>
        {state === 'error' && error ? error.message : ''}
      </p>
      {token && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          “Open in the decoder” puts the token after “#” in the link, which browsers never send to a server.
        </p>
      )}
    </div>
  );
}
