import type { TextareaHTMLAttributes } from 'react';

const FIELD_CLASS =
  'w-full resize-y rounded-lg border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-600 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100 dark:focus:border-indigo-400 dark:focus:ring-indigo-400';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className' | 'onChange'> & {
  testId: string;
  onChange: (value: string) => void;
};

/** A field for text that is data, not prose (keys, certificates, content): no spelling, no capitals, no autofill. */
export function PlainTextarea({ testId, onChange, rows = 3, ...rest }: Props) {
  return (
    <textarea
      data-testid={testId}
      rows={rows}
      spellCheck={false}
      autoComplete="off"
      autoCapitalize="off"
      {...rest}
      onChange={(event) => onChange(event.target.value)}
      className={FIELD_CLASS}
    />
  );
}
