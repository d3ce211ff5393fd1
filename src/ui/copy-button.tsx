import { useEffect, useState } from 'react';

interface Props {
  /** The text to copy, or a function that makes it when the button is pressed. */
  text: string | (() => string);
  /**
   * What is copied, for screen readers and the tooltip: "Copy header JSON". It holds the
   * visible text word for word ("Copy link to …" for "Copy link"), so a person who speaks
   * what they see can press it (WCAG 2.5.3 Label in Name).
   */
  label: string;
  className?: string;
  children?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies to the clipboard and says so in a live region; never stores anything. */
export function CopyButton({ text, label, className = '', children = 'Copy' }: Props) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 1600);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <button
      type="button"
      onClick={copy}
      aria-label={label}
      title={label}
      className={`inline-flex min-h-8 items-center gap-1 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700 ${className}`}
    >
      <span aria-hidden="true">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : children}</span>
      <span className="sr-only" role="status">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select the text and copy it by hand' : ''}
      </span>
    </button>
  );
}
