import { useState } from 'react';
import { compactJson } from '../../lib/core/cached-stringify';
import type { JsonValue } from '../../lib/core/json';
import { VisibleText } from '../../ui/visible-text';

const SHORT = 300;

/** A claim's value: strings as they are, anything else as compact JSON; long ones folded. */
export function ClaimValue({ value }: { value: JsonValue }) {
  const [open, setOpen] = useState(false);
  const text = typeof value === 'string' ? value : compactJson(value, '(nested too deeply to show: see the payload)');
  const long = text.length > SHORT;
  return (
    <div className="min-w-0">
      <code className={`font-mono text-sm break-all ${typeof value === 'string' ? 'text-emerald-800 dark:text-emerald-300' : 'text-slate-900 dark:text-slate-100'}`}>
        {/* A right-to-left override inside a value must neither reorder the text around it nor hide. */}
        <VisibleText text={long && !open ? `${text.slice(0, SHORT)}…` : text} />
      </code>
      {long && (
        <button type="button" onClick={() => setOpen(!open)} className="ml-2 text-xs text-indigo-700 underline dark:text-indigo-300" aria-expanded={open}>
          {open ? 'Show less' : `Show all ${text.length.toLocaleString('en-US')} characters`}
        </button>
      )}
    </div>
  );
}
