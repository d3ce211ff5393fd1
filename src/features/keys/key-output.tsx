import { CopyButton } from '../../ui/copy-button';

interface Props {
  id: string;
  label: string;
  /** The text shown and copied: a PEM block or pretty-printed JSON. */
  value: string;
  testId: string;
  /** Marks a private key or secret, in words, beside its label. */
  secret?: boolean;
}

/** One generated or converted form of a key: its name, the text, a copy button. */
export function KeyOutput({ id, label, value, testId, secret = false }: Props) {
  return (
    <div className="min-w-0">
      <div className="mb-1 flex flex-wrap items-center gap-2">
        <h3 id={id} className="text-sm font-semibold">
          {label}
        </h3>
        {secret && (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-100">keep private</span>
        )}
        <CopyButton text={value} label={`Copy ${label.toLowerCase()}`} className="ml-auto" />
      </div>
      {/* Long keys scroll inside the block, so it takes focus for the keyboard and is named for screen readers. */}
      <pre
        role="group"
        aria-labelledby={id}
        data-testid={testId}
        className="max-h-72 overflow-y-auto whitespace-pre-wrap rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-xs leading-5 [overflow-wrap:anywhere] dark:border-slate-700 dark:bg-slate-950"
        tabIndex={0}
      >
        {value}
      </pre>
    </div>
  );
}
