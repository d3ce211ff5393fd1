import { describeInstant, formatOffset, LEAP_SECONDS_NOTE, zonedView, type InstantView, type IsoWeekDate, type ParsedTimestamp } from '../../lib/time';
import { SourceLink } from '../../ui/source-link';
import { ReadingsList } from './readings-list';
import { browserZone } from './use-converter-state';
import { ValueRow } from './value-row';

interface Props {
  parsed: ParsedTimestamp;
  now: Date;
  /** The chosen zone: `ts-in-zone` shows the instant there. */
  zone: string;
}

const isoWeekText = (week: IsoWeekDate) => `${week.weekYear}-W${String(week.week).padStart(2, '0')}-${week.weekday}`;

function readAs(parsed: ParsedTimestamp): string {
  if (parsed.kind === 'epoch') return parsed.unitDetected ? 'guessed from the size of the number' : 'as you chose';
  if (parsed.kind === 'now') return 'the current time';
  return parsed.assumedZone ? `read as wall-clock time in ${parsed.assumedZone}` : 'with its own offset';
}

/** The abbreviation and daylight saving beside a zone's time; an abbreviation that only repeats the zone's name ("UTC" in UTC) is left out. */
function zoneNote(zone: string, abbreviation: string, isDst: boolean): string | undefined {
  const parts = [abbreviation === zone ? '' : abbreviation, isDst ? 'daylight saving time' : ''].filter((part) => part !== '');
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** Every output for one instant, each with a copy button, and what to know about it. */
export function InstantDetails({ parsed, now, zone }: Props) {
  const described = describeInstant(parsed.instant, { now, zone });
  if (!described.ok) {
    return (
      <p role="alert" data-testid="ts-error" data-code={described.error.code} className="text-sm text-red-800 dark:text-red-200">
        {described.error.message}
      </p>
    );
  }
  const view = described.value;
  const zoned = view.zoned;
  const localZone = browserZone();
  const local = localZone === zone || zoned === null ? null : zonedView(parsed.instant, localZone);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Read as <strong data-testid="ts-unit">{parsed.label}</strong> <span className="text-slate-600 dark:text-slate-400">({readAs(parsed)})</span>
      </p>
      <Notices parsed={parsed} view={view} />
      <dl>
        <ValueRow label="RFC 3339 (UTC)" value={view.rfc3339Utc} testId="ts-iso-utc" copyLabel="Copy the RFC 3339 UTC time" missing="beyond the range of a JavaScript Date" />
        <ValueRow
          label={`In ${zone}`}
          value={zoned?.text ?? null}
          testId="ts-in-zone"
          copyLabel={`Copy the time in ${zone}`}
          missing="beyond the range of a JavaScript Date"
          note={zoned ? zoneNote(zone, zoned.abbreviation, zoned.isDst) : undefined}
        />
        {local?.ok && (
          <ValueRow
            label={`Local (${localZone})`}
            value={local.value.text}
            testId="ts-local"
            copyLabel="Copy the local time"
            note={zoneNote(localZone, local.value.abbreviation, local.value.isDst)}
          />
        )}
        <ValueRow label="Unix seconds" value={view.values.seconds} testId="ts-unix-seconds" copyLabel="Copy the Unix time in seconds" />
        <ValueRow label="Unix milliseconds" value={view.values.milliseconds} testId="ts-unix-ms" copyLabel="Copy the Unix time in milliseconds" />
        <ValueRow label="Unix microseconds" value={view.values.microseconds} testId="ts-unix-us" copyLabel="Copy the Unix time in microseconds" />
        <ValueRow label="Unix nanoseconds" value={view.values.nanoseconds} testId="ts-unix-ns" copyLabel="Copy the Unix time in nanoseconds" />
        <ValueRow label="Relative" value={view.relative} testId="ts-relative" copyLabel="Copy the relative time" />
        <ValueRow label="Exactly" value={view.relativeExact} testId="ts-relative-exact" copyLabel="Copy the exact distance from now" />
        {zoned && (
          <>
            <ValueRow label="Weekday" value={zoned.weekday} testId="ts-weekday" copyLabel="Copy the weekday" note={`in ${zone}`} />
            <ValueRow label="ISO week" value={isoWeekText(zoned.isoWeek)} testId="ts-iso-week" copyLabel="Copy the ISO week date" note={`week ${zoned.isoWeek.week} of ${zoned.isoWeek.weekYear}, day ${zoned.isoWeek.weekday}`} />
            <ValueRow label="Day of the year" value={String(zoned.dayOfYear)} testId="ts-day-of-year" copyLabel="Copy the day of the year" />
            <ValueRow
              label={`RFC 2822 (${zoned.offset})`}
              value={zoned.rfc2822}
              testId="ts-rfc2822"
              copyLabel="Copy the RFC 2822 date"
              missing={`RFC 2822 has no form for this date or offset (${formatOffset(zoned.offsetSeconds / 60)})`}
            />
          </>
        )}
        <ValueRow label="HTTP-date" value={view.httpDate} testId="ts-http-date" copyLabel="Copy the HTTP-date" missing="HTTP-dates cover the years 1900 to 9999 only" />
      </dl>
    </div>
  );
}

const NOTE = 'rounded-lg border px-3 py-2 text-sm';
const WARN = `${NOTE} border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100`;
const INFO = `${NOTE} border-slate-200 bg-slate-50 text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200`;

/** What the reading assumed, and the limits the instant crosses: shown, never hidden. */
function Notices({ parsed, view }: { parsed: ParsedTimestamp; view: InstantView }) {
  const wall = parsed.kind === 'date' ? parsed.wallClock : null;
  return (
    <ul className="space-y-2">
      {parsed.notices.map((notice) => (
        <li key={notice.code} data-testid={`ts-notice-${notice.code}`} className={notice.code === 'assumed-zone' || notice.code === 'leap-second' ? INFO : WARN}>
          {notice.message}
          {notice.code === 'leap-second' && <LeapSecondSources />}
          {(notice.code === 'nonexistent-local-time' || notice.code === 'ambiguous-local-time') && wall && <ReadingsList resolution={wall} />}
        </li>
      ))}
      {view.flags.afterInt32 && (
        <li data-testid="ts-notice-after-2038" className={WARN}>
          After 2038-01-19T03:14:07Z: this is more seconds than a signed 32-bit number holds (2,147,483,647), so systems that store time in 32 bits overflow to December 1901.
        </li>
      )}
      {view.flags.beforeInt32 && (
        <li data-testid="ts-notice-before-1901" className={WARN}>
          Before 1901-12-13T20:45:52Z: below the smallest signed 32-bit count of seconds (−2,147,483,648), so 32-bit systems cannot hold it.
        </li>
      )}
      {view.flags.outsideDateRange && (
        <li data-testid="ts-notice-beyond-date-range" className={WARN}>
          Beyond JavaScript’s Date range (±8,640,000,000,000,000 ms, about 275,760 years from 1970): the epoch values below are exact, but there is no calendar date to show.
        </li>
      )}
    </ul>
  );
}

/** Where the leap-second rule is written down. */
export function LeapSecondSources() {
  return (
    <span className="mt-1 block text-xs">
      {LEAP_SECONDS_NOTE.sources.map((source) => (
        <span key={source.sourceUrl} className="mr-3">
          <SourceLink href={source.sourceUrl}>{source.source}</SourceLink>
        </span>
      ))}
    </span>
  );
}
