import { useId } from 'react';
import type { EncodeError } from '../../lib/encode';
import { ERROR_TEXT_CLASS, FIELD_CLASS } from './styles';

interface Props {
  label: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
  error: EncodeError | null;
  rows: number;
  titleClassName: string;
}

/** A JSON textarea whose syntax error is shown beneath it, by line and column, as it is typed. */
export function JsonEditor({ label, testId, value, onChange, error, rows, titleClassName }: Props) {
  const id = useId();
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className={`block text-sm font-semibold uppercase tracking-wide ${titleClassName}`}>
        {label}
      </label>
      <textarea
        id={id}
        data-testid={testId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        rows={rows}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-invalid={error !== null}
        aria-describedby={`${id}-error`}
        className={`${FIELD_CLASS} resize-y leading-6`}
      />
      <p id={`${id}-error`} aria-live="polite" data-testid={`${testId}-error`} className={ERROR_TEXT_CLASS}>
        {error && (
          <>
            {error.line !== undefined && <span className="font-semibold">Line {error.line}:{error.column} </span>}
            {error.message}
          </>
        )}
      </p>
    </div>
  );
}
