import { durationText, MAX_LEEWAY_SECONDS, type ClaimsForm } from './claims-options';

interface Props {
  form: ClaimsForm;
  onChange: (form: ClaimsForm) => void;
}

const INPUT =
  'mt-0.5 w-full rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-600 dark:focus:border-indigo-400 dark:focus:ring-indigo-400 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100 placeholder:text-slate-500 dark:placeholder:text-slate-400 dark:[color-scheme:dark]';
const LABEL = 'block text-xs font-semibold text-slate-700 dark:text-slate-300';

type TextField = 'issuer' | 'audience' | 'typ' | 'requiredClaims' | 'maxAgeSeconds' | 'nowUtc';

const TEXT_FIELDS: { field: TextField; label: string; placeholder?: string; type?: string; hint?: string }[] = [
  { field: 'issuer', label: 'Expected issuer (iss)', placeholder: 'https://issuer.example' },
  { field: 'audience', label: 'Expected audience (aud)', placeholder: 'api, web', hint: 'comma-separated: any one may match' },
  { field: 'typ', label: 'Expected typ', placeholder: 'at+jwt' },
  { field: 'requiredClaims', label: 'Required claims', placeholder: 'sub, exp', hint: 'comma-separated' },
  { field: 'maxAgeSeconds', label: 'Maximum token age (seconds)', type: 'number', hint: 'from iat; empty for none' },
  { field: 'nowUtc', label: 'Check at (UTC)', type: 'datetime-local', hint: 'empty: the live clock' },
];

/** The expectations the claims are checked against; an empty field asks for no check. */
export function ClaimsOptionsForm({ form, onChange }: Props) {
  const set = <K extends keyof ClaimsForm>(field: K, value: ClaimsForm[K]) => onChange({ ...form, [field]: value });
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold">Claim checks</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {TEXT_FIELDS.map(({ field, label, placeholder, type = 'text', hint }) => (
          <div key={field} className="min-w-0">
            <label htmlFor={`claims-${field}`} className={LABEL}>
              {label}
              {hint && <span className="font-normal"> — {hint}</span>}
            </label>
            <input
              id={`claims-${field}`}
              data-testid={`claims-${field}`}
              type={type}
              value={form[field]}
              placeholder={placeholder}
              min={type === 'number' ? 0 : undefined}
              step={type === 'datetime-local' ? 1 : undefined}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => set(field, event.target.value)}
              className={INPUT}
            />
          </div>
        ))}
      </div>
      <div>
        <label htmlFor="claims-leeway" className={LABEL}>
          Clock leeway: <output htmlFor="claims-leeway">{durationText(form.leewaySeconds)}</output>
        </label>
        <input
          id="claims-leeway"
          data-testid="claims-leeway"
          type="range"
          min={0}
          max={MAX_LEEWAY_SECONDS}
          step={5}
          value={form.leewaySeconds}
          aria-valuetext={durationText(form.leewaySeconds)}
          onChange={(event) => set('leewaySeconds', Number(event.target.value))}
          className="w-full accent-indigo-700 dark:accent-indigo-400"
        />
      </div>
    </fieldset>
  );
}
