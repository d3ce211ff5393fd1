import { useDeferredValue, useId, useState, type KeyboardEvent } from 'react';
import { canonicalTimeZone, searchTimeZones, type ZoneMatch } from '../../lib/time';

const MAX_SUGGESTIONS = 8;

const MATCHED_BY: Record<ZoneMatch['matchedBy'], string> = {
  name: '',
  'former-name': 'former name',
  abbreviation: 'abbreviation',
};

interface Props {
  label: string;
  /** The text the field starts with. */
  initial?: string;
  onPick: (zone: string) => void;
  /**
   * Adding zones: a zone is taken only when picked from the list (or with Enter), and the
   * field empties after it. Choosing one: an exact zone name is taken as it is typed.
   */
  clearOnPick?: boolean;
  testId?: string;
  year: number;
}

/**
 * A zone field: an exact IANA name is taken as typed; anything else lists the zones it
 * matches by city, former name or abbreviation ("york", "São Paulo", "PST"), to pick from.
 */
export function ZonePicker({ label, initial = '', onPick, clearOnPick = false, testId, year }: Props) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [picked, setPicked] = useState<string | null>(canonicalTimeZone(initial));
  const query = useDeferredValue(text);
  const searching = query.trim() !== '' && picked === null;
  const matches = searching ? searchTimeZones(query, year).slice(0, MAX_SUGGESTIONS) : [];

  const pick = (zone: string) => {
    onPick(zone);
    setText(clearOnPick ? '' : zone);
    setPicked(clearOnPick ? null : zone);
  };
  const change = (value: string) => {
    setText(value);
    const exact = canonicalTimeZone(value.trim());
    if (clearOnPick) return;
    setPicked(exact);
    if (exact) onPick(exact);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && matches[0]) {
      event.preventDefault();
      pick(matches[0].zone);
    }
  };

  return (
    <div className="min-w-0">
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        type="text"
        value={text}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        placeholder="City, zone or abbreviation: Tokyo, Europe/Paris, PST"
        data-testid={testId}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 font-mono text-sm dark:border-slate-600 dark:bg-slate-950"
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
        {!searching
          ? picked && !clearOnPick
            ? `Chosen: ${picked}.`
            : 'Type a city, an IANA zone name or an abbreviation.'
          : matches.length === 0
            ? `No zone matches “${query.trim()}”. Try a city (“Kolkata”), a zone (“Asia/Kolkata”) or an abbreviation (“IST”).`
            : `${matches.length === MAX_SUGGESTIONS ? `The first ${MAX_SUGGESTIONS}` : matches.length} matching ${matches.length === 1 ? 'zone' : 'zones'}; Enter picks the first.`}
      </p>
      {matches.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-1.5">
          {matches.map((match) => (
            <li key={match.zone}>
              <button
                type="button"
                onClick={() => pick(match.zone)}
                className="rounded-md border border-slate-300 bg-white px-2 py-0.5 font-mono text-xs text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
              >
                {match.zone}
                {MATCHED_BY[match.matchedBy] && ' '}
                {MATCHED_BY[match.matchedBy] && <span className="font-sans text-slate-600 dark:text-slate-400">({MATCHED_BY[match.matchedBy]})</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
