import { useId, useState } from 'react';
import { formatOffset, wallClockToEpoch, type WallClockReading } from '../../lib/time';
import { ValueRow } from './value-row';
import { ZonePicker } from './zone-picker';

const ROLE_TEXT: Record<WallClockReading['role'], string> = {
  only: '',
  earlier: 'First time (before the clocks went back)',
  later: 'Second time (after the clocks went back)',
  'offset-before': 'With the offset before the jump',
  'offset-after': 'With the offset after the jump',
};

const FIELD = 'w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 font-mono text-sm dark:border-slate-600 dark:bg-slate-950';

/** The reverse direction: a date, a time and a zone in, every epoch unit out. */
export function WallClockForm({ initialZone, year }: { initialZone: string; year: number }) {
  const id = useId();
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  // Until a zone is picked here, the form follows the converter's first zone.
  const [picked, setZone] = useState<string | null>(null);
  const zone = picked ?? initialZone;
  const result = date.trim() === '' ? null : wallClockToEpoch(date.trim(), time.trim(), zone);
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[10rem_10rem_minmax(0,1fr)]">
        <div>
          <label htmlFor={`${id}-date`} className="mb-1 block text-sm font-semibold">
            Date
          </label>
          <input id={`${id}-date`} value={date} onChange={(e) => setDate(e.target.value)} placeholder="2024-03-10" className={FIELD} data-testid="ts-wall-date" autoComplete="off" />
        </div>
        <div>
          <label htmlFor={`${id}-time`} className="mb-1 block text-sm font-semibold">
            Time
          </label>
          <input id={`${id}-time`} value={time} onChange={(e) => setTime(e.target.value)} placeholder="02:30:00" className={FIELD} data-testid="ts-wall-time" autoComplete="off" />
        </div>
        <ZonePicker key={picked === null ? initialZone : 'picked'} label="In zone" initial={zone} onPick={setZone} testId="ts-wall-zone" year={year} />
      </div>
      {result === null ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">A date as YYYY-MM-DD (years beyond 9999 and before 0 too), a time as HH:MM or HH:MM:SS.fff (empty for midnight).</p>
      ) : !result.ok ? (
        <p role="alert" data-testid="ts-wall-error" data-code={result.error.code} className="text-sm text-red-800 dark:text-red-200">
          {result.error.message}
        </p>
      ) : (
        <div className="space-y-3" data-testid="ts-wall-result" data-kind={result.value.resolution.kind}>
          {result.value.resolution.kind === 'gap' && (
            <p className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100">
              {time || '00:00'} does not exist on {date} in {zone}: the clocks jumped past it. Both readings follow.
            </p>
          )}
          {result.value.resolution.kind === 'overlap' && (
            <p className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100">
              {time || '00:00'} happens twice on {date} in {zone}: the clocks were turned back. Both instants follow.
            </p>
          )}
          {result.value.readings.map((reading) => (
            <div key={reading.role} data-testid={`ts-wall-reading-${reading.role}`}>
              {ROLE_TEXT[reading.role] && <h3 className="text-sm font-semibold">{ROLE_TEXT[reading.role]}</h3>}
              <dl>
                <ValueRow label={`RFC 3339 (UTC), offset ${formatOffset(reading.offsetSeconds / 60)}`} value={reading.rfc3339Utc} copyLabel="Copy the RFC 3339 UTC time" missing="beyond the range of a JavaScript Date" />
                <ValueRow label="Unix seconds" value={reading.values.seconds} testId="ts-wall-seconds" copyLabel="Copy the Unix time in seconds" />
                <ValueRow label="Unix milliseconds" value={reading.values.milliseconds} copyLabel="Copy the Unix time in milliseconds" />
                <ValueRow label="Unix microseconds" value={reading.values.microseconds} copyLabel="Copy the Unix time in microseconds" />
                <ValueRow label="Unix nanoseconds" value={reading.values.nanoseconds} copyLabel="Copy the Unix time in nanoseconds" />
              </dl>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
