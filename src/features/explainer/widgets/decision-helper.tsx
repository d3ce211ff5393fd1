import { useId, useState } from 'react';
import { DEFAULT_ANSWERS, isAsked, QUESTIONS, recommend, type Answers, type Question, type Reason } from '../../../lib/explainer/decision';
import { EXPLAINER_SECTIONS } from '../../../lib/explainer/sections';

const titleOf = (slug: string) => EXPLAINER_SECTIONS.find((section) => section.slug === slug)?.title ?? slug;

function YesNo({ question, value, onChange }: { question: Question; value: boolean; onChange: (value: boolean) => void }) {
  const name = useId();
  return (
    <fieldset className="space-y-1" data-testid={`decision-question-${question.id}`}>
      <legend className="text-sm font-medium">{question.text}</legend>
      <p className="text-xs text-slate-600 dark:text-slate-400">{question.help}</p>
      <div className="flex gap-4 text-sm">
        {[true, false].map((answer) => (
          <label key={String(answer)} className="flex items-center gap-1.5">
            <input type="radio" name={name} checked={value === answer} onChange={() => onChange(answer)} className="size-4" data-testid={`decision-${question.id}-${answer ? 'yes' : 'no'}`} />
            {answer ? 'Yes' : 'No'}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function ReasonItem({ reason }: { reason: Reason }) {
  return (
    <li>
      {reason.text}{' '}
      <a href={`#${reason.section}`} className="text-indigo-700 underline dark:text-indigo-300">
        {titleOf(reason.section)}
      </a>{' '}
      <a href={reason.source.sourceUrl} target="_blank" rel="noreferrer noopener" className="text-xs text-indigo-700 underline dark:text-indigo-300">
        [{reason.source.source}]
      </a>
    </li>
  );
}

/** A few questions about the app, and what to use, with the sections behind the answer. */
export function DecisionHelper() {
  const [answers, setAnswers] = useState<Answers>(DEFAULT_ANSWERS);
  const result = recommend(answers);
  return (
    <div className="space-y-4 rounded-xl border border-slate-200 bg-slate-50/60 p-4 print:hidden dark:border-slate-800 dark:bg-slate-900/60" data-testid="decision-helper">
      <h3 className="font-semibold">Which fits your app?</h3>
      <div className="space-y-3">
        {QUESTIONS.filter((question) => isAsked(question, answers)).map((question) => (
          <YesNo key={question.id} question={question} value={answers[question.id]} onChange={(value) => setAnswers({ ...answers, [question.id]: value })} />
        ))}
      </div>
      <div aria-live="polite" data-testid="decision-result" data-code={result.code} className="rounded-lg border border-indigo-200 bg-white p-3 dark:border-indigo-900 dark:bg-slate-950">
        <p className="font-semibold">{result.title}</p>
        <p className="mt-1 text-sm">{result.summary}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {result.reasons.map((reason) => (
            <ReasonItem key={reason.text} reason={reason} />
          ))}
        </ul>
        {result.cautions.length > 0 && (
          <>
            <p className="mt-2 text-sm font-medium">Mind that:</p>
            <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
              {result.cautions.map((reason) => (
                <ReasonItem key={reason.text} reason={reason} />
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
