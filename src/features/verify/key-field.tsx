import { memo } from 'react';
import type { ParsedKey, SecretEncoding } from '../../lib/verify';
import { SecretEncodingSelect } from '../../ui/secret-encoding-select';
import { useLargePaste } from '../../runtime/use-large-paste';
import { BulkySummary } from '../../ui/bulky-summary';

const SECRET_ERRORS = new Set(['secret-invalid-base64', 'secret-invalid-base64url', 'secret-invalid-hex', 'secret-empty']);

/** Whether the pasted text is read as an HMAC secret, so its encoding matters. */
function isSecretInput(parsed: ParsedKey): boolean {
  return parsed.kind === 'secret' || (parsed.kind === 'invalid' && SECRET_ERRORS.has(parsed.error.code));
}

interface Props {
  value: string;
  onChange: (value: string) => void;
  encoding: SecretEncoding;
  onEncodingChange: (encoding: SecretEncoding) => void;
  parsed: ParsedKey;
}

const FIELD_CLASS =
  'w-full rounded-lg border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-600 dark:focus:border-indigo-400 dark:focus:ring-indigo-400 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100';

/** Memoised: the panel repaints with the clock every second, and a pasted key set can be megabytes. */
export const KeyField = memo(function KeyField({ value, onChange, encoding, onEncodingChange, parsed }: Props) {
  const suggestion = parsed.kind === 'secret' || parsed.kind === 'invalid' ? parsed.suggestion : undefined;
  const switchTo = suggestion?.encoding;
  // A bulky key set is held as a summary until the user asks to see it as text.
  const { summarised, fieldValue, onPaste, showAsText } = useLargePaste(value, onChange);
  return (
    <div className="space-y-2">
      <label htmlFor="verify-key" className="block text-sm font-semibold">
        Key: secret, PEM public key, certificate, JWK or JWK Set
      </label>
      {summarised && (
        <div className="rounded-lg border border-slate-400 dark:border-slate-600">
          <BulkySummary id="verify-key-summary" what="key" text={value} onShowText={showAsText} testId="key-summary" />
        </div>
      )}
      <textarea
        id="verify-key"
        data-testid="key-input"
        value={fieldValue}
        onChange={(event) => onChange(event.target.value)}
        onPaste={onPaste}
        placeholder={summarised ? 'Paste or type here to replace it' : undefined}
        rows={summarised ? 2 : 4}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-describedby={summarised ? 'verify-key-summary verify-key-privacy' : 'verify-key-privacy'}
        className={`${FIELD_CLASS} resize-y`}
      />
      <p id="verify-key-privacy" className="text-xs text-slate-600 dark:text-slate-400">
        The key stays in this page: it is never stored, sent or put in the address bar.
      </p>
      {isSecretInput(parsed) && (
        <SecretEncodingSelect id="verify-secret-encoding" testId="secret-encoding" value={encoding} onChange={onEncodingChange} />
      )}
      {suggestion && (
        <div data-testid="secret-suggestion" className="rounded-lg border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-100">
          <p>{suggestion.message}</p>
          {switchTo !== undefined && switchTo !== encoding && (
            <button
              type="button"
              onClick={() => onEncodingChange(switchTo)}
              className="mt-2 rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-800"
            >
              This looks like {switchTo} — use it
            </button>
          )}
        </div>
      )}
    </div>
  );
});
