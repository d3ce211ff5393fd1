import { useId, useState } from 'react';
import { KEY_KINDS, keyKindInfo, isKeyKind, type KeyKind } from '../../lib/keys';
import { Panel } from '../../ui/panel';
import { useHydrated } from '../../runtime/use-hydrated';
import { GeneratedOutputs } from './generated-outputs';
import { useGeneratedKey } from './use-generated-key';

const SELECT_CLASS = 'rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-950';

/** "Generate a key": choose a kind and algorithm, make the key, show every form of it. */
export function GenerateSection() {
  const id = useId();
  const hydrated = useHydrated();
  const [kind, setKind] = useState<KeyKind>('RSA-2048');
  const info = keyKindInfo(kind);
  const [alg, setAlg] = useState(info.defaultAlg);
  const [state, generate] = useGeneratedKey();
  const busy = state.status === 'busy';

  const chooseKind = (value: string) => {
    if (!isKeyKind(value)) return;
    setKind(value);
    setAlg(keyKindInfo(value).defaultAlg);
  };

  return (
    <Panel labelledBy={`${id}-title`} title="Generate a key">
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-type`} className="text-sm font-semibold">
            Key type
          </label>
          <select id={`${id}-type`} data-testid="keygen-type" value={kind} onChange={(event) => chooseKind(event.target.value)} className={SELECT_CLASS}>
            {KEY_KINDS.map((option) => (
              <option key={option.kind} value={option.kind}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-alg`} className="text-sm font-semibold">
            For algorithm
          </label>
          <select id={`${id}-alg`} data-testid="keygen-alg" value={alg} onChange={(event) => setAlg(event.target.value)} className={SELECT_CLASS}>
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
      <p id={`${id}-status`} role="status" data-testid="keygen-status" data-status={state.status} className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        {state.status === 'busy'
          ? `Generating ${keyKindInfo(state.kind).label}${keyKindInfo(state.kind).modulusLength ? ': large RSA keys can take several seconds; the page stays usable' : ''}…`
          : state.status === 'done'
            ? `New ${keyKindInfo(state.key.kind).label} for ${state.key.alg}.`
            : ''}
      </p>
      {state.status === 'failed' && (
        <p role="alert" data-testid="keygen-error" data-code={state.code} className="mt-2 text-sm text-red-800 dark:text-red-200">
          {state.message}
        </p>
      )}
      {state.status === 'done' && <GeneratedOutputs key={state.key.thumbprint} generated={state.key} />}
    </Panel>
  );
}
