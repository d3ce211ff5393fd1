import type { KeyboardEvent } from 'react';
import { ACTORS, type Flow } from '../../../lib/explainer/flow-types';
import { CopyButton } from '../../../ui/copy-button';
import { shareHref, sharePath } from '../section';
import { ExchangeText } from './exchange-text';
import { FlowDiagram } from './flow-diagram';

const BUTTON = 'min-h-8 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700';

interface Props {
  flow: Flow;
  current: number;
  onStep: (index: number) => void;
}

const actorName = (id: string) => ACTORS.find((actor) => actor.id === id)?.name ?? id;

/** One flow, a step at a time: the diagram, the step in words, and its HTTP messages. */
export function FlowStepper({ flow, current, onStep }: Props) {
  const step = flow.steps[current]!;
  const last = flow.steps.length - 1;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'ArrowRight' && current < last) onStep(current + 1);
    if (event.key === 'ArrowLeft' && current > 0) onStep(current - 1);
  };
  return (
    <div
      role="group"
      aria-label={`${flow.title}: step through`}
      tabIndex={0}
      onKeyDown={onKeyDown}
      className="min-w-0 space-y-3 rounded-xl border border-slate-200 bg-slate-50/60 p-3 outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:border-slate-800 dark:bg-slate-900/60"
      data-testid={`flow-${flow.id}`}
    >
      <div>
        <h4 className="font-semibold">{flow.title}</h4>
        <p className="text-sm text-slate-700 dark:text-slate-300">{flow.summary}</p>
      </div>
      <FlowDiagram flow={flow} current={current} />
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={BUTTON} onClick={() => onStep(current - 1)} disabled={current === 0} aria-label={`Back to the previous step of ${flow.title}`}>
          ← Back
        </button>
        <span className="text-sm tabular-nums" aria-live="polite" data-testid={`flow-${flow.id}-position`}>
          Step {current + 1} of {flow.steps.length}
        </span>
        <button type="button" className={BUTTON} onClick={() => onStep(current + 1)} disabled={current === last} aria-label={`Next step of ${flow.title}`}>
          Next →
        </button>
      </div>
      <div id={step.slug} className="scroll-mt-4 space-y-2" data-testid="flow-step" data-step={step.slug}>
        <div className="flex flex-wrap items-baseline gap-x-2">
          <h5 tabIndex={-1} className="font-semibold outline-none focus-visible:underline">
            {current + 1}. {step.title}
          </h5>
          <span className="text-xs text-slate-600 dark:text-slate-400">
            {actorName(step.from)} → {actorName(step.to)}
          </span>
          <span className="ml-auto flex items-center gap-2">
            <a href={sharePath(step.slug)} className="text-xs text-indigo-700 underline dark:text-indigo-300" aria-label={`Link to step “${step.title}”`}>
              #
            </a>
            <CopyButton text={() => shareHref(step.slug)} label={`Copy link to step “${step.title}”`}>
              Copy link
            </CopyButton>
          </span>
        </div>
        <p className="text-sm">{step.explanation}</p>
        <ExchangeText exchange={step.exchange} />
        {step.sources.length > 0 && (
          <p className="text-xs">
            {step.sources.map((source) => (
              <a key={source.sourceUrl + source.source} href={source.sourceUrl} target="_blank" rel="noreferrer noopener" className="mr-3 text-indigo-700 underline dark:text-indigo-300">
                {source.source}
              </a>
            ))}
          </p>
        )}
      </div>
    </div>
  );
}
