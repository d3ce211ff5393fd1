import { formatExactDuration, formatOffset, formatRfc3339Utc, zonedView, type EpochNs, type ZoneTransition } from '../../lib/time';
import { CopyButton } from '../../ui/copy-button';

interface Props {
  instant: EpochNs;
  zones: readonly string[];
  onRemove: (zone: string) => void;
  onChoose: (zone: string) => void;
}

function transitionText(transition: ZoneTransition | null, instant: EpochNs): string {
  if (!transition) return 'none within two years';
  const from = formatOffset(transition.offsetBeforeSeconds / 60);
  const to = formatOffset(transition.offsetAfterSeconds / 60);
  const direction = transition.offsetAfterSeconds > transition.offsetBeforeSeconds ? 'clocks go forward' : 'clocks go back';
  return `${formatRfc3339Utc(transition.at) ?? ''} (${formatExactDuration(transition.at - instant)} after this instant): ${from} → ${to}, ${direction}`;
}

/** The instant in each zone side by side: clock, offset, DST and the next change of offset. */
export function ZonesTable({ instant, zones, onRemove, onChoose }: Props) {
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="ts-zones">
      {zones.map((zone, index) => {
        const view = zonedView(instant, zone);
        return (
          <li key={zone} className="py-2.5" data-testid="ts-zone-row" data-zone={zone}>
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-mono text-sm font-semibold">{zone}</span>
              {index === 0 && <span className="rounded bg-indigo-100 px-1.5 py-0.5 text-xs font-semibold text-indigo-900 dark:bg-indigo-900 dark:text-indigo-100">chosen</span>}
              <span className="ml-auto flex gap-1.5">
                {index > 0 && (
                  <button type="button" onClick={() => onChoose(zone)} className="rounded-md border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800">
                    Choose
                  </button>
                )}
                {zones.length > 1 && (
                  <button
                    type="button"
                    onClick={() => onRemove(zone)}
                    aria-label={`Remove ${zone}`}
                    className="rounded-md border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800"
                  >
                    Remove
                  </button>
                )}
              </span>
            </div>
            {view.ok ? (
              <div className="mt-1 space-y-0.5 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-mono" data-testid="ts-zone-time">
                    {view.value.text}
                  </span>
                  <CopyButton text={view.value.rfc3339} label={`Copy the time in ${zone} as RFC 3339`} />
                </div>
                <div className="text-slate-700 dark:text-slate-300">
                  {view.value.abbreviation !== view.value.offset && `${view.value.abbreviation} · `}
                  {view.value.longName} · UTC{view.value.offset} ·{' '}
                  <span data-testid="ts-zone-dst">{view.value.isDst ? 'daylight saving time' : view.value.nextTransition ? 'standard time' : 'no daylight saving time'}</span>
                </div>
                <div className="text-slate-600 dark:text-slate-400">
                  Next change: <span data-testid="ts-zone-next">{transitionText(view.value.nextTransition, instant)}</span>
                </div>
              </div>
            ) : (
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{view.error.message}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
