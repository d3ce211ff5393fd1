import { useSyncExternalStore } from 'react';
import { updates, type UpdateStore } from './update-store';

const BUTTON = 'min-h-9 rounded-md px-3 py-1.5 text-sm font-semibold focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500';

/**
 * Says that a new version is ready and lets the user switch to it when it suits them:
 * the page never reloads by itself, so nothing pasted is lost without a choice. A plain
 * reload keeps the running version (the browser swaps workers only once no page uses
 * the old one), so the message names the button. The live region stays in the page so
 * that screen readers announce the message politely.
 */
export function UpdateBanner({ store = updates }: { store?: UpdateStore }) {
  const status = useSyncExternalStore(store.subscribe, store.status, () => 'none' as const);
  const shown = status === 'ready' || status === 'applying';
  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-0 z-20 flex justify-center p-3">
      {shown && (
        <div
          data-testid="update-ready"
          className="pointer-events-auto flex w-full max-w-xl flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-slate-300 bg-white px-4 py-3 text-sm text-slate-900 shadow-lg dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        >
          <p className="min-w-0 flex-1 basis-64">
            <span className="font-semibold">A new version of Token Lens is ready.</span>{' '}
            <span className="text-slate-700 dark:text-slate-300">
              It takes effect when you press Reload now, which clears what you have pasted, or once every Token Lens tab is closed.
            </span>
          </p>
          <div className="ml-auto flex gap-2">
            <button
              type="button"
              data-testid="update-dismiss"
              onClick={store.dismiss}
              disabled={status === 'applying'}
              className={`${BUTTON} text-slate-700 hover:bg-slate-100 disabled:opacity-60 dark:text-slate-200 dark:hover:bg-slate-800`}
            >
              Not now
            </button>
            <button
              type="button"
              data-testid="update-reload"
              onClick={store.apply}
              disabled={status === 'applying'}
              className={`${BUTTON} bg-indigo-700 text-white hover:bg-indigo-800 disabled:opacity-60`}
            >
              {status === 'applying' ? 'Reloading…' : 'Reload now'}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
