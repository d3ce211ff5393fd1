import { formatRfc3339Utc, fromDate } from '../../lib/time';

interface Props {
  now: Date;
  paused: boolean;
  onTogglePause: () => void;
  /** Puts the clock's current second into the converter's input. */
  onUse: (seconds: string) => void;
}

const BUTTON = 'min-h-8 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700';

/** The current time, ticking each second; it can be paused and used as the input. */
export function LiveNow({ now, paused, onTogglePause, onUse }: Props) {
  const seconds = String(Math.floor(now.getTime() / 1000));
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-slate-200 bg-slate-50/60 px-3 py-2 text-sm dark:border-slate-800 dark:bg-slate-900/60">
      <span className="font-semibold">Now</span>
      <span className="font-mono" data-testid="ts-now-seconds">
        {seconds}
      </span>
      <span className="font-mono text-slate-600 dark:text-slate-400">{formatRfc3339Utc(fromDate(new Date(Number(seconds) * 1000)))}</span>
      {paused && <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">paused</span>}
      <span className="ml-auto flex gap-2">
        <button type="button" className={BUTTON} onClick={onTogglePause} aria-pressed={paused} data-testid="ts-now-pause">
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" className={BUTTON} onClick={() => onUse(seconds)} data-testid="ts-now-use">
          Use as input
        </button>
      </span>
    </div>
  );
}
