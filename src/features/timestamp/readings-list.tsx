import { formatInUnit, formatOffset, formatRfc3339Utc, wallClockReadings, type WallClockResolution } from '../../lib/time';

const ROLE_TEXT: Record<ReturnType<typeof wallClockReadings>[number]['role'], string> = {
  only: 'The one reading',
  earlier: 'The first time (before the clocks went back)',
  later: 'The second time (after the clocks went back)',
  'offset-before': 'With the offset before the jump (what most libraries choose)',
  'offset-after': 'With the offset after the jump',
};

/** Both instants a skipped or repeated wall-clock time can stand for. */
export function ReadingsList({ resolution }: { resolution: WallClockResolution }) {
  return (
    <ul className="mt-2 space-y-1" data-testid="ts-readings">
      {wallClockReadings(resolution).map((reading) => (
        <li key={reading.role} data-testid={`ts-reading-${reading.role}`} className="text-sm">
          <span className="font-medium">{ROLE_TEXT[reading.role]}:</span>{' '}
          <span className="font-mono">
            {formatRfc3339Utc(reading.instant) ?? 'beyond the Date range'} · offset {formatOffset(reading.offsetSeconds / 60)} · {formatInUnit(reading.instant, 'seconds')} s
          </span>
        </li>
      ))}
    </ul>
  );
}
