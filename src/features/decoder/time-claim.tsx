import { hrefTo } from '../../runtime/view-href';
import { timestampView } from '../timestamp';
import { encodeConverterState } from '../../lib/time/fragment-state';
import { localTimeText, zoneNameText } from '../../lib/time/local-time';
import { formatDurationExact, relativePhrase, toRfc3339Utc, type TimeClaimView, type TimeStatus } from '../../lib/jwt/time-claims';

const STATUS: Record<TimeStatus, { text: string; className: string }> = {
  valid: { text: 'valid', className: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100' },
  expired: { text: 'expired', className: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100' },
  'not-yet-valid': { text: 'not yet valid', className: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100' },
  'in-future': { text: 'in the future', className: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100' },
  past: { text: 'past', className: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100' },
};

function phrase(view: TimeClaimView): string {
  const relative = relativePhrase(view.relativeMs);
  if (view.name === 'exp') return view.relativeMs > 0 ? `expires ${relative}` : `expired ${relative}`;
  if (view.name === 'nbf') return view.relativeMs > 0 ? `becomes valid ${relative}` : `became valid ${relative}`;
  if (view.name === 'iat') return `issued ${relative}`;
  return relative;
}

interface Props {
  view: TimeClaimView;
  /** exp − iat (or − nbf), shown on the exp row. */
  lifetimeSeconds: number | null;
}

/** The timestamp converter, opened on this value (in the fragment: it never reaches a server). */
function ConverterLink({ view }: { view: TimeClaimView }) {
  const href = hrefTo(timestampView, encodeConverterState({ input: String(view.seconds), unit: null, zones: [] }));
  return (
    <a href={href} data-testid="open-in-converter" className="text-xs text-indigo-700 underline dark:text-indigo-300">
      Open {view.name} in the timestamp converter
    </a>
  );
}

/** A NumericDate claim: UTC, local time, relative (ticking) and its status. */
export function TimeClaim({ view, lifetimeSeconds }: Props) {
  if (!view.instant || !view.iso) {
    return (
      <div className="space-y-0.5 text-sm">
        <p className="text-red-800 dark:text-red-200">Beyond the range of dates a browser can show (±273,790 years around 1970).</p>
        <ConverterLink view={view} />
      </div>
    );
  }
  const local = localTimeText(view.instant);
  const status = STATUS[view.status];
  return (
    <div className="space-y-0.5 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <time dateTime={view.iso} className="font-mono" data-testid="utc">
          {view.iso}
        </time>
        <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${status.className}`}>{status.text}</span>
      </div>
      <div className="font-mono text-slate-700 dark:text-slate-300">
        {local.dateTime} {local.offset} <span className="font-sans text-slate-600 dark:text-slate-400">({zoneNameText(local)})</span>
      </div>
      <div className="text-slate-700 dark:text-slate-300">{phrase(view)}</div>
      {lifetimeSeconds !== null && Number.isFinite(lifetimeSeconds * 1000) && (
        <div className="text-slate-700 dark:text-slate-300">
          lifetime {lifetimeSeconds === 0 ? '0 s' : formatDurationExact(lifetimeSeconds * 1000)}
          {lifetimeSeconds < 0 && ' (negative: exp is before the start)'}
        </div>
      )}
      {view.finerReading && (
        <p className="text-amber-900 dark:text-amber-200">
          This looks like {view.finerReading.unit}: NumericDate is in seconds (RFC 7519 §2).{' '}
          {view.finerReading.instant && `Read as ${view.finerReading.unit} it would be ${toRfc3339Utc(view.finerReading.instant)}.`}
        </p>
      )}
      <ConverterLink view={view} />
    </div>
  );
}
