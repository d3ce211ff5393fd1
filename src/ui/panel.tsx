import type { ReactNode } from 'react';

interface Props {
  title: ReactNode;
  /** Text colour class of the title: the segment's colour in the token editor. */
  titleClassName?: string;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  labelledBy: string;
}

export function Panel({ title, titleClassName = '', actions, children, className = '', labelledBy }: Props) {
  return (
    <section aria-labelledby={labelledBy} className={`min-w-0 rounded-xl border border-slate-200 bg-slate-50/60 dark:border-slate-800 dark:bg-slate-900/60 ${className}`}>
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2 sm:px-4 dark:border-slate-800">
        <h2 id={labelledBy} className={`text-sm font-semibold uppercase tracking-wide ${titleClassName}`}>
          {title}
        </h2>
        <div className="ml-auto flex flex-wrap items-center gap-2">{actions}</div>
      </div>
      <div className="p-3 sm:p-4">{children}</div>
    </section>
  );
}
