import type { ReactNode } from 'react';
import { CopyButton } from '../../ui/copy-button';

interface Props {
  label: ReactNode;
  /** The text shown and copied; null shows `missing` instead, with nothing to copy. */
  value: string | null;
  testId?: string;
  /** Said in place of a value that cannot be given (e.g. beyond the calendar). */
  missing?: string;
  /** Text after the value, not copied. */
  note?: ReactNode;
  copyLabel: string;
}

/** One output of the converter: a name, a value in monospace, and a copy button. */
export function ValueRow({ label, value, testId, missing = 'not available', note, copyLabel }: Props) {
  return (
    <div className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-0.5 border-b border-slate-200 py-1.5 last:border-b-0 sm:grid-cols-[11rem_minmax(0,1fr)_auto] dark:border-slate-800">
      <dt className="col-span-2 text-xs font-medium text-slate-600 sm:col-span-1 sm:text-sm dark:text-slate-400">{label}</dt>
      <dd className="min-w-0 font-mono text-sm [overflow-wrap:anywhere]">
        {value === null ? (
          <span className="font-sans text-slate-600 dark:text-slate-400" data-testid={testId}>
            {missing}
          </span>
        ) : (
          <span data-testid={testId}>{value}</span>
        )}
        {note && <span className="ml-2 font-sans text-xs text-slate-600 dark:text-slate-400">{note}</span>}
      </dd>
      <dd className="justify-self-end">{value !== null && <CopyButton text={value} label={copyLabel} />}</dd>
    </div>
  );
}
