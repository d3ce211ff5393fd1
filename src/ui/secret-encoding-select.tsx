import type { ReactNode } from 'react';
import { SECRET_ENCODINGS, isSecretEncoding, type SecretEncoding } from '../lib/verify/secret-encodings';

interface Props {
  id: string;
  testId: string;
  value: SecretEncoding;
  onChange: (encoding: SecretEncoding) => void;
  /** Shown after the select: what the secret reads as. */
  children?: ReactNode;
}

const SELECT_CLASS =
  'min-h-8 max-w-full rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100';

/** How a typed HMAC secret becomes bytes: the one control the verifier and the encoder share. */
export function SecretEncodingSelect({ id, testId, value, onChange, children }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={id}>Secret encoding</label>
      <select
        id={id}
        data-testid={testId}
        value={value}
        onChange={(event) => {
          if (isSecretEncoding(event.target.value)) onChange(event.target.value);
        }}
        className={SELECT_CLASS}
      >
        {SECRET_ENCODINGS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {children}
    </div>
  );
}
