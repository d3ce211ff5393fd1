import type { MouseEvent } from 'react';
import { useHydrated } from '../runtime/use-hydrated';
import { hrefTo } from '../runtime/view-href';
import { VIEWS } from './views';

interface Props {
  /** The path that matched no route. */
  pathname: string;
  onFollow: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/** A token in the fragment travels on to the decoder rather than being lost. */
function keptFragment(): string {
  if (typeof window === 'undefined') return '';
  return /(?:^#|&)(?:id_|access_)?token=/.test(window.location.hash) ? window.location.hash : '';
}

export function NotFound({ pathname, onFollow }: Props) {
  const hydrated = useHydrated();
  const fragment = hydrated ? keptFragment() : '';
  return (
    <section aria-labelledby="not-found-title" className="max-w-xl" data-testid="not-found">
      <h1 id="not-found-title" className="text-2xl font-bold">
        This page does not exist
      </h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Nothing lives at{' '}
        {hydrated ? <code className="rounded bg-slate-100 px-1 font-mono text-sm dark:bg-slate-800">{pathname}</code> : 'this address'}. Perhaps the link was cut short. These pages do:
      </p>
      <ul className="mt-3 list-disc pl-6">
        {VIEWS.map((view) => (
          <li key={view.id}>
            <a className="text-indigo-700 underline dark:text-indigo-300" href={hrefTo(view, fragment)} onClick={onFollow}>
              {view.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
