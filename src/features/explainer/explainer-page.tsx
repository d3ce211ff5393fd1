import { useState } from 'react';
import type { ViewProps } from '../../runtime/view';
import { DecoderTokenContext } from './decoder-token';
import { useLanding } from './use-landing';
import { useCurrentSection } from './use-current-section';
import { Section } from './section';
import { SECTIONS } from './section-list';

const SLUGS = SECTIONS.map((section) => section.slug);

/** Sessions vs JWTs: text that stands on its own, with pieces to play with, one link a section. */
export function ExplainerPage({ recentToken }: ViewProps) {
  useLanding(true);
  // Read as the view opens: the decoder is not on screen while the explainer is.
  const [decoderToken] = useState(() => recentToken.get());
  const current = useCurrentSection(SLUGS);
  return (
    <div className="grid grid-cols-1 gap-x-8 gap-y-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
      <header className="max-w-3xl lg:col-start-2">
        <h1 className="text-2xl font-bold tracking-tight">Server-side sessions vs JWTs</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          How each works, what it costs to take access away, where a browser should keep what, and a rule for choosing. Every statement links to its source; every section has
          a link you can send.
        </p>
      </header>
      <nav aria-label="Sections" className="lg:sticky lg:top-4 lg:col-start-1 lg:row-span-2 lg:row-start-1 lg:self-start print:hidden">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">On this page</h2>
        <ol className="mt-2 space-y-1 text-sm">
          {SECTIONS.map((section) => (
            <li key={section.slug}>
              <a
                href={`#${section.slug}`}
                aria-current={current === section.slug ? 'location' : undefined}
                className="block rounded-md px-2 py-1 text-slate-700 hover:bg-slate-100 aria-[current=location]:bg-indigo-50 aria-[current=location]:font-semibold aria-[current=location]:text-indigo-800 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-[current=location]:bg-indigo-950 dark:aria-[current=location]:text-indigo-200"
              >
                {section.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <article className="min-w-0 space-y-8 lg:col-start-2">
        <DecoderTokenContext value={decoderToken}>
          {SECTIONS.map(({ slug, title, Text }) => (
            <Section key={slug} slug={slug} title={title}>
              <Text />
            </Section>
          ))}
        </DecoderTokenContext>
      </article>
    </div>
  );
}
