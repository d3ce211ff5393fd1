import { memo, useId, useRef, useState } from 'react';
import type { FoundToken } from '../../lib/jwt/extract';
import type { SegmentName } from '../../lib/jwt/types';
import { useLargePaste } from '../../runtime/use-large-paste';
import { BulkySummary } from '../../ui/bulky-summary';
import { HIGHLIGHT_LIMIT } from '../../lib/core/limits';
import { CopyButton } from '../../ui/copy-button';
import { EXAMPLES, loadExampleTokens } from './examples';
import { SEGMENT_CLASS } from './segment-colours';
import { JWE_SEGMENTS, JWS_SEGMENTS } from '../../lib/jwt/decode';

/** A character the decoder could not read, to be marked in place. */
export interface ErrorMark {
  segment: SegmentName;
  /** Offset in the segment as it stands in the input. */
  offset: number;
}

interface Props {
  value: string;
  found: FoundToken | null;
  errorMark?: ErrorMark | null;
  onChange: (value: string) => void;
}

/** Splits a segment around the character at an offset. */
function splitAt(piece: string, offset: number): [string, string, string] | null {
  if (offset >= piece.length) return null;
  const end = offset + (piece.codePointAt(offset)! > 0xffff ? 2 : 1);
  return [piece.slice(0, offset), piece.slice(offset, end), piece.slice(end)];
}

function Segment({ piece, name, mark }: { piece: string; name: SegmentName; mark: ErrorMark | null }) {
  const parts = mark && mark.segment === name ? splitAt(piece, mark.offset) : null;
  if (!parts) return <span className={SEGMENT_CLASS[name]}>{piece}</span>;
  return (
    <span className={SEGMENT_CLASS[name]}>
      {parts[0]}
      <mark className="rounded-sm bg-red-600 text-white">{parts[1]}</mark>
      {parts[2]}
    </span>
  );
}


const FIELD = 'col-start-1 row-start-1 m-0 min-h-40 w-full whitespace-pre-wrap break-all px-3 py-2.5 font-mono text-sm leading-6';

/** Colours the found token's segments in place; the rest of the pasted text stays muted. */
const Highlight = memo(function Highlight({ value, found, mark }: { value: string; found: FoundToken | null; mark: ErrorMark | null }) {
  if (!found || found.percentEncoded) return <>{value}</>;
  const stray = found.stray?.text ?? '';
  const raw = value.slice(found.start, found.end - stray.length);
  const pieces = raw.split('.');
  const names: readonly SegmentName[] = pieces.length === 5 ? JWE_SEGMENTS : JWS_SEGMENTS;
  return (
    <>
      <span className="text-slate-500 dark:text-slate-400">{value.slice(0, found.start)}</span>
      {pieces.map((piece, i) => (
        <span key={i}>
          {i > 0 && <span className="text-slate-900 dark:text-slate-100">.</span>}
          <Segment piece={piece} name={names[i] ?? 'signature'} mark={mark} />
        </span>
      ))}
      {stray && <mark className="rounded-sm bg-red-600 text-white">{stray}</mark>}
      <span className="text-slate-500 dark:text-slate-400">{value.slice(found.end)}</span>
    </>
  );
});

const TEXT_FIELD =
  'col-start-1 row-start-1 block w-full rounded-lg px-3 py-2.5 font-mono text-sm leading-6 text-slate-900 outline-none dark:text-slate-100';
const LARGE_FIELD = `${TEXT_FIELD} h-72 resize-y`;
const SUMMARISED_FIELD = `${TEXT_FIELD} h-20 resize-none rounded-t-none border-t border-slate-200 bg-transparent placeholder:text-slate-500 dark:border-slate-800 dark:placeholder:text-slate-400`;
const BUTTON =
  'min-h-8 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200';

export function TokenEditor({ value, found, errorMark = null, onChange }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const textarea = useRef<HTMLTextAreaElement>(null);
  // The select shows the example on screen (or on its way), so arrow keys step through the
  // list; once the text is edited it shows none.
  const [example, setExample] = useState<{ id: string; token: string | null } | null>(null);
  const shownExample = example && (example.token === null || example.token === value) ? example.id : '';
  const chooseExample = (chosen: string) => {
    const listed = EXAMPLES.find((candidate) => candidate.id === chosen);
    if (!listed) return;
    setExample({ id: listed.id, token: null });
    void loadExampleTokens().then((tokens) => {
      const token = tokens[listed.id];
      if (token === undefined) return;
      // A later choice wins over one still loading.
      setExample((current) => (current?.id === listed.id ? { id: listed.id, token } : current));
      onChange(token);
    });
  };
  const large = value.length > HIGHLIGHT_LIMIT;
  // A bulky token is held as a summary until the user asks to see it as text.
  const { summarised, fieldValue, onPaste, replace, showAsText } = useLargePaste(value, onChange);
  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="text-sm font-semibold">
          Token
        </label>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <label className="sr-only" htmlFor={`${id}-example`}>
            Load an example
          </label>
          <select
            id={`${id}-example`}
            data-testid="example-select"
            value={shownExample}
            onChange={(event) => chooseExample(event.target.value)}
            className="min-h-8 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200"
          >
            <option value="">Load an example…</option>
            {EXAMPLES.map((example) => (
              <option key={example.id} value={example.id}>
                {example.label}
              </option>
            ))}
          </select>
          <CopyButton text={found?.token ?? value} label="Copy the token" />
          <button
            type="button"
            onClick={() => {
              replace('');
              textarea.current?.focus();
            }}
            disabled={value === ''}
            className={BUTTON}
          >
            Clear
          </button>
        </div>
      </div>
      {/* One textarea whatever the length, so focus, selection and undo survive a large paste. */}
      <div
        className={`rounded-lg border border-slate-300 bg-white focus-within:ring-2 focus-within:ring-indigo-500 dark:border-slate-700 dark:bg-slate-950 ${large ? '' : 'max-h-[28rem] overflow-auto'}`}
      >
        {summarised && <BulkySummary id={`${id}-summary`} what="token" text={value} onShowText={showAsText} testId="token-summary" />}
        <div className="grid">
          {large ? null : (
            <pre aria-hidden="true" className={`${FIELD} pointer-events-none text-slate-900 dark:text-slate-100`}>
              <Highlight value={value} found={found} mark={errorMark} />
              {/* The extra line matches a textarea whose text ends in a newline. Empty, a
                  space holds the line: HTML drops a newline that opens a <pre>, so the
                  pre-rendered page would not match. */}
              {value === '' ? ' ' : '\n'}
            </pre>
          )}
          <textarea
            ref={textarea}
            id={id}
            data-testid="token-input"
            value={fieldValue}
            onChange={(event) => onChange(event.target.value)}
            onPaste={onPaste}
            aria-describedby={summarised ? `${id}-summary ${hintId}` : hintId}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            autoCorrect="off"
            wrap={large ? 'off' : 'soft'}
            placeholder={summarised ? 'Paste or type here to replace it' : 'Paste a JWT, a Bearer header, a cookie, a URL with id_token=… or a log line'}
            className={
              summarised
                ? SUMMARISED_FIELD
                : large
                ? LARGE_FIELD
                : `${FIELD} resize-none overflow-hidden bg-transparent text-transparent caret-slate-900 outline-none placeholder:text-slate-500 dark:caret-slate-100 dark:placeholder:text-slate-400`
            }
          />
        </div>
      </div>
      <p id={hintId} className="mt-2 text-sm text-slate-600 dark:text-slate-400" data-testid="token-source">
        {found ? (
          <>
            Found: <span className="font-medium text-slate-900 dark:text-slate-100">{found.label}</span>
            {found.stray && ` · ends with “${found.stray.text}”, which makes it malformed`}
            {found.leftOut && ` · “${found.leftOut}” after it is not part of it`}
            {found.others > 0 && ` · ${found.others} more ${found.others === 1 ? 'token' : 'tokens'} in the text: showing the first`}
            {large && !summarised && ` · ${value.length.toLocaleString('en-US')} characters: shown unwrapped and without colours, which the panels keep`}
          </>
        ) : (
          'Decoded in this page; nothing is sent anywhere.'
        )}
      </p>
    </div>
  );
}
