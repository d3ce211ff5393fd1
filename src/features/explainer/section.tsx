import type { ReactNode } from 'react';
import { hrefTo } from '../../runtime/view-href';
import { explainerView } from './index';
import { CopyButton } from '../../ui/copy-button';

/** The explainer's path with a part's id as fragment: a link the build can render. */
export function sharePath(id: string): string {
  return hrefTo(explainerView, `#${id}`);
}

/** The whole link to share for a part of the explainer, made when it is copied. */
export function shareHref(id: string): string {
  return new URL(sharePath(id), window.location.href).href;
}

interface Props {
  slug: string;
  title: string;
  children: ReactNode;
}

/** A section with its id, a focusable heading, and its link to share. */
export function Section({ slug, title, children }: Props) {
  return (
    <section id={slug} aria-labelledby={`${slug}-title`} className="scroll-mt-4 border-t border-slate-200 pt-6 first:border-t-0 first:pt-0 dark:border-slate-800">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id={`${slug}-title`} tabIndex={-1} className="text-xl font-bold tracking-tight outline-none focus-visible:underline">
          {title}
        </h2>
        <span className="flex items-center gap-2 print:hidden">
          <a href={sharePath(slug)} data-testid={`section-link-${slug}`} className="text-sm text-indigo-700 underline dark:text-indigo-300" aria-label={`Link to “${title}”`}>
            #
          </a>
          <CopyButton text={() => shareHref(slug)} label={`Copy link to “${title}”`}>
            Copy link
          </CopyButton>
        </span>
      </div>
      <div className="mt-3 space-y-3 leading-relaxed text-slate-800 dark:text-slate-200 [&>p]:max-w-3xl">{children}</div>
    </section>
  );
}
