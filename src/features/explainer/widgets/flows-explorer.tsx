import { useEffect, useId, useState } from 'react';
import { findFlow, findStep } from '../../../lib/explainer/flows';
import type { FlowKind, Model } from '../../../lib/explainer/flow-types';
import { useHydrated } from '../../../runtime/use-hydrated';
import { FlowStepper } from './flow-stepper';

const KINDS: ReadonlyArray<{ kind: FlowKind; label: string }> = [
  { kind: 'login', label: 'Login' },
  { kind: 'request', label: 'An API request' },
  { kind: 'logout', label: 'Logout' },
];

interface State {
  kind: FlowKind;
  step: Record<Model, number>;
}

/** A link to one step (#jwt-logout-2) opens its flow at that step. */
const initialState = (kind: FlowKind): State => ({ kind, step: { session: 0, jwt: 0 } });

function stateFromFragment(fallback: FlowKind): State {
  if (typeof window === 'undefined') return initialState(fallback);
  const found = findStep(decodeURIComponent(window.location.hash.slice(1)));
  const state: State = { kind: found?.flow.kind ?? fallback, step: { session: 0, jwt: 0 } };
  if (found) state.step[found.flow.model] = found.flow.steps.indexOf(found.step);
  return state;
}

/** Login, a request and logout, for a session and for JWTs side by side, step by step. */
export function FlowsExplorer({ initialKind = 'login' }: { initialKind?: FlowKind }) {
  const name = useId();
  const [linkedState, setState] = useState<State>(() => stateFromFragment(initialKind));
  // The build renders the first step: a linked step shows once the page is hydrated.
  const state = useHydrated() ? linkedState : initialState(initialKind);
  useEffect(() => {
    const follow = () => {
      if (findStep(decodeURIComponent(window.location.hash.slice(1)))) setState(stateFromFragment(initialKind));
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [initialKind]);

  return (
    <div className="space-y-3 print:hidden" data-testid="flows-explorer">
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="sr-only">Which flow</legend>
        {KINDS.map(({ kind, label }) => (
          <label
            key={kind}
            className="cursor-pointer rounded-md border border-slate-300 px-3 py-1 text-sm has-[:checked]:border-indigo-700 has-[:checked]:bg-indigo-700 has-[:checked]:text-white has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-500 dark:border-slate-600"
          >
            <input type="radio" name={name} className="sr-only" checked={state.kind === kind} onChange={() => setState({ kind, step: { session: 0, jwt: 0 } })} data-testid={`flow-kind-${kind}`} />
            {label}
          </label>
        ))}
      </fieldset>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        {(['session', 'jwt'] as const).map((model) => (
          <FlowStepper key={`${model}-${state.kind}`} flow={findFlow(model, state.kind)} current={state.step[model]} onStep={(index) => setState({ ...state, step: { ...state.step, [model]: index } })} />
        ))}
      </div>
    </div>
  );
}
