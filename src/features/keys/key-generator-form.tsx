import { useId, useState, type ReactNode } from 'react';
import { useHydrated } from '../../runtime/use-hydrated';
import { GeneratedOutputs, type RenderForms } from './generated-outputs';
import { useGeneratedKey, type Generate } from './use-generated-key';

export const SELECT_CLASS = 'max-w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-950';

/** One row of a generator's list of kinds, as the signing and the encryption tables both give it. */
export interface KindOption<K extends string> {
  kind: K;
  label: string;
  defaultAlg: string;
  algs: readonly string[];
  modulusLength?: number;
}

interface Props<K extends string> {
  kinds: readonly KindOption<K>[];
  initialKind: K;
  /** Stable across renders (a module-level function): the generator is made once. */
  make: Generate<K>;
  /** What to know about the chosen kind and algorithm, shown under the choices. */
  note?: (kind: K, alg: string) => ReactNode;
  /** How the key's forms are shown; a signing key's by default. */
  renderForms?: RenderForms;
}

/** Choose a kind and algorithm, make the key, show every form of it. */
export function KeyGeneratorForm<K extends string>({ kinds, initialKind, make, note, renderForms }: Props<K>) {
  const id = useId();
  const hydrated = useHydrated();
  const infoOf = (value: K) => kinds.find((k) => k.kind === value) ?? kinds[0]!;
  const [kind, setKind] = useState<K>(initialKind);
  const info = infoOf(kind);
  const [alg, setAlg] = useState(info.defaultAlg);
  const [state, generate] = useGeneratedKey(make);
  const busy = state.status === 'busy';

  const chooseKind = (value: string) => {
    const chosen = kinds.find((k) => k.kind === value);
    if (!chosen) return;
    setKind(chosen.kind);
    setAlg(chosen.defaultAlg);
  };

  return (
    <>
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
        <div className="flex min-w-0 max-w-full flex-col gap-1">
          <label htmlFor={`${id}-type`} className="text-sm font-semibold">
            Key type
          </label>
          <select id={`${id}-type`} data-testid="keygen-type" disabled={!hydrated} value={kind} onChange={(event) => chooseKind(event.target.value)} className={SELECT_CLASS}>
            {kinds.map((option) => (
              <option key={option.kind} value={option.kind}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex min-w-0 max-w-full flex-col gap-1">
          <label htmlFor={`${id}-alg`} className="text-sm font-semibold">
            For algorithm
          </label>
          <select id={`${id}-alg`} data-testid="keygen-alg" disabled={!hydrated} value={alg} onChange={(event) => setAlg(event.target.value)} className={SELECT_CLASS}>
            {info.algs.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          data-testid="keygen-generate"
          onClick={() => {
            if (!busy) generate(kind, alg);
          }}
          // Before hydration a click would do nothing. While busy the button keeps focus (a disabled
          // one would drop it), and says it is unavailable instead.
          disabled={!hydrated}
          aria-disabled={busy || undefined}
          aria-describedby={`${id}-status`}
          className="min-h-9 rounded-md bg-indigo-700 px-4 py-1.5 text-sm font-semibold text-white hover:bg-indigo-800 disabled:cursor-not-allowed disabled:bg-slate-500 aria-disabled:cursor-wait aria-disabled:bg-slate-600 dark:disabled:bg-slate-600"
        >
          {busy ? 'Generating…' : 'Generate'}
        </button>
      </div>
      {note?.(kind, alg)}
      <p id={`${id}-status`} role="status" data-testid="keygen-status" data-status={state.status} className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        {state.status === 'busy'
          ? `Generating ${infoOf(state.kind).label}${infoOf(state.kind).modulusLength ? ': large RSA keys can take several seconds; the page stays usable' : ''}…`
          : state.status === 'done'
            ? `New ${infoOf(state.key.kind).label} for ${state.key.alg}.`
            : ''}
      </p>
      {state.status === 'failed' && (
        <p role="alert" data-testid="keygen-error" data-code={state.code} className="mt-2 text-sm text-red-800 dark:text-red-200">
          {state.message}
        </p>
      )}
      {state.status === 'done' && <GeneratedOutputs key={state.key.thumbprint} generated={state.key} renderForms={renderForms} />}
    </>
  );
}
