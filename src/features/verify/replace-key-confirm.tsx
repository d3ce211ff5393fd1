interface Props {
  /** Where the fetched keys came from. */
  url: string;
  onReplace: () => void;
  onKeep: () => void;
}

const BUTTON = 'min-h-9 rounded-md px-3 py-1.5 text-sm font-semibold';

/** Fetched keys never take the place of a key the user typed without asking first. */
export function ReplaceKeyConfirm({ url, onReplace, onKeep }: Props) {
  return (
    <div
      role="group"
      aria-labelledby="replace-key-question"
      data-testid="replace-key-confirm"
      className="rounded-lg border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-100"
    >
      <p id="replace-key-question" className="font-semibold">
        Replace the key you pasted?
      </p>
      <p className="mt-1 [overflow-wrap:anywhere]">The keys fetched from {url} would take its place in the key field; keep it, and they are set aside.</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" onClick={onReplace} className={`${BUTTON} bg-indigo-700 text-white hover:bg-indigo-800`}>
          Replace
        </button>
        <button
          type="button"
          onClick={onKeep}
          className={`${BUTTON} border border-slate-400 bg-white text-slate-900 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800`}
        >
          Keep
        </button>
      </div>
    </div>
  );
}
