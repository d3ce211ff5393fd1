import type { KeySetAmbiguity } from '../../lib/verify';

interface Props {
  ambiguity: KeySetAmbiguity;
  /** The key verified alone, or null while the set as a whole is refused. */
  chosen: number | null;
  onChoose: (index: number | null) => void;
}

const BUTTON =
  'min-h-8 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-left text-xs font-medium text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';

/** Keys shown as choices at most: a set with hundreds of look-alike keys is not a list to click through. */
const SHOWN_CHOICES = 12;

/** An ambiguous JWK Set: the user picks the one key to verify with, and may go back to the whole set. */
export function KeySetChoice({ ambiguity, chosen, onChoose }: Props) {
  if (chosen !== null) {
    return (
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span>Checked with key {chosen} of the set alone.</span>
        <button type="button" data-testid="verify-with-whole-set" onClick={() => onChoose(null)} className={BUTTON}>
          Check with the whole set again
        </button>
      </div>
    );
  }
  const shown = ambiguity.keys.slice(0, SHOWN_CHOICES);
  return (
    <div data-testid="key-set-choice" className="space-y-1">
      <p className="text-sm font-semibold">Verify with one key alone</p>
      <ul className="flex flex-col gap-1">
        {shown.map((key) => (
          <li key={key.index}>
            <button type="button" data-testid={`verify-with-key-${key.index}`} onClick={() => onChoose(key.index)} className={BUTTON}>
              Use the {key.description}
            </button>
          </li>
        ))}
      </ul>
      {ambiguity.keys.length > shown.length && <p className="text-xs">…and {ambiguity.keys.length - shown.length} more keys that fit; give each key its own kid.</p>}
    </div>
  );
}
