import { sizeText } from '../lib/core/text-size';
import { VisibleText } from './visible-text';

interface Props {
  /** What the text is, for the sentence: "token", "key". */
  what: string;
  text: string;
  onShowText: () => void;
  testId: string;
  id?: string;
}

/** Stands in for text too large to lay out: its size, how it starts, and a way to see all of it. */
export function BulkySummary({ what, text, onShowText, testId, id }: Props) {
  return (
    <div id={id} data-testid={testId} className="space-y-2 px-3 py-2.5 text-sm">
      <p>
        <span className="font-semibold">
          A {sizeText(text.length)} {what}
        </span>{' '}
        ({text.length.toLocaleString('en-US')} characters) is held here, in full, without being laid out as text, which would hold up the page
        for seconds. Paste or type below to replace it.
      </p>
      <p className="truncate font-mono text-xs text-slate-600 dark:text-slate-400">
        <VisibleText text={text.slice(0, 200)} />
      </p>
      <button
        type="button"
        onClick={onShowText}
        className="min-h-8 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200"
      >
        Show all of it as text (slow)
      </button>
    </div>
  );
}
