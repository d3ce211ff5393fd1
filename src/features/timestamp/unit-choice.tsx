import { useId } from 'react';
import type { EpochUnit } from '../../lib/time';

const CHOICES: ReadonlyArray<{ value: EpochUnit | null; label: string; title: string }> = [
  { value: null, label: 'Auto', title: 'Guess the unit from the size of the number' },
  { value: 'seconds', label: 's', title: 'Seconds' },
  { value: 'milliseconds', label: 'ms', title: 'Milliseconds' },
  { value: 'microseconds', label: 'µs', title: 'Microseconds' },
  { value: 'nanoseconds', label: 'ns', title: 'Nanoseconds' },
];

interface Props {
  unit: EpochUnit | null;
  onChange: (unit: EpochUnit | null) => void;
}

/** How epoch numbers are read: guessed from their size, or a unit the user picks. */
export function UnitChoice({ unit, onChange }: Props) {
  const name = useId();
  return (
    <fieldset className="flex flex-wrap items-center gap-2">
      <legend className="sr-only">Read numbers as</legend>
      <span aria-hidden="true" className="text-sm text-slate-700 dark:text-slate-300">
        Numbers in:
      </span>
      <div className="inline-flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-600">
        {CHOICES.map((choice) => (
          <label
            key={choice.label}
            title={choice.title}
            className="cursor-pointer border-l border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 first:border-l-0 has-[:checked]:bg-indigo-700 has-[:checked]:text-white has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-500 dark:border-slate-600 dark:text-slate-200"
          >
            <input
              type="radio"
              name={name}
              className="sr-only"
              checked={unit === choice.value}
              onChange={() => onChange(choice.value)}
              data-testid={`ts-unit-${choice.value ?? 'auto'}`}
            />
            <span aria-hidden="true">{choice.label}</span>
            <span className="sr-only">{choice.title}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
