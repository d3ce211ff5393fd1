import { useId, useMemo, useState } from 'react';
import { findTimestampsByLine, LEAP_SECONDS_NOTE, UNRECOGNISED_MESSAGE, type ConverterState, type EpochUnit } from '../../lib/time';
import { Panel } from '../../ui/panel';
import { useNow } from '../../runtime/use-now';
import { FoundList, foundItems } from './found-list';
import { InstantDetails, LeapSecondSources } from './instant-details';
import { LiveNow } from './live-now';
import { UnitChoice } from './unit-choice';
import { useConverterState } from './use-converter-state';
import { WallClockForm } from './wall-clock-form';
import { ZonePicker } from './zone-picker';
import { ZonesTable } from './zones-table';

const mentionsNow = (input: string) => /\bnow\b/i.test(input);

/** Epoch values and dates, in any unit and zone, both ways; the view lives in the link. */
export function TimestampPage() {
  const id = useId();
  const [state, setState] = useConverterState();
  const [paused, setPaused] = useState(false);
  const now = useNow(paused);
  const zone = state.zones[0] ?? 'UTC';
  const change = (patch: Partial<ConverterState>) => setState({ ...state, ...patch });

  // Reading the input needs the clock only for "now"; otherwise it is read once per edit.
  const readingClock = mentionsNow(state.input) ? now : null;
  const { lines, omittedLines } = useMemo(
    () => findTimestampsByLine(state.input, { now: readingClock ?? new Date(), zone, unit: state.unit ?? undefined }),
    [state.input, zone, state.unit, readingClock],
  );
  const items = foundItems(lines);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const selected = items.find((item) => item.key === selectedKey) ?? items.find((item) => item.found.result.ok) ?? items[0] ?? null;
  const year = now.getUTCFullYear();

  const chooseZone = (next: string) => change({ zones: [next, ...state.zones.filter((z) => z !== next)] });
  const addZone = (next: string) => change({ zones: state.zones.includes(next) ? state.zones : [...state.zones, next] });
  const removeZone = (gone: string) => change({ zones: state.zones.filter((z) => z !== gone) });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-bold tracking-tight">Timestamp converter</h1>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          Epoch seconds, milliseconds, microseconds or nanoseconds, ISO 8601 / RFC 3339, RFC 2822 and HTTP-dates, or log lines holding them: one per line. Converted in this page; the
          link keeps what you typed, after “#”, where no server sees it.
        </p>
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <div className="min-w-0 space-y-3">
          <label htmlFor={`${id}-input`} className="block text-sm font-semibold">
            Timestamps
          </label>
          <textarea
            id={`${id}-input`}
            data-testid="timestamp-input"
            value={state.input}
            onChange={(event) => change({ input: event.target.value })}
            rows={5}
            spellCheck={false}
            autoComplete="off"
            placeholder={'1700000000\n2024-03-10T02:30:00\nSun, 06 Nov 1994 08:49:37 GMT\nbuild-1646914900-abc'}
            aria-describedby={`${id}-hint`}
            className="block w-full resize-y rounded-lg border border-slate-300 bg-white px-3 py-2.5 font-mono text-sm leading-6 dark:border-slate-700 dark:bg-slate-950"
          />
          <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
            A date without an offset is read in the chosen zone ({zone}). “now” is the current time.
          </p>
          <UnitChoice unit={state.unit} onChange={(unit: EpochUnit | null) => change({ unit })} />
          <LiveNow now={now} paused={paused} onTogglePause={() => setPaused(!paused)} onUse={(seconds) => change({ input: seconds })} />
          {items.length > 1 || (lines.length > 1 && items.length > 0) ? (
            <FoundList lines={lines} omittedLines={omittedLines} selected={selected?.key ?? null} onSelect={setSelectedKey} />
          ) : null}
        </div>
        <div className="min-w-0 space-y-4">
          <ZonePicker key={zone} label="Chosen zone" initial={zone} onPick={chooseZone} testId="ts-zone" year={year} />
          <Panel labelledBy={`${id}-result`} title={selected && items.length > 1 ? `Line ${selected.line.lineNumber}: ${selected.found.text}` : 'Result'}>
            {state.input.trim() === '' ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">Type or paste a timestamp, or press “Use as input” to start from now.</p>
            ) : selected === null ? (
              <p role="alert" data-testid="ts-error" data-code="unrecognised" className="text-sm text-red-800 dark:text-red-200">
                No timestamp found. {UNRECOGNISED_MESSAGE}
              </p>
            ) : selected.found.result.ok ? (
              <InstantDetails parsed={selected.found.result.value} now={now} zone={zone} />
            ) : (
              <p role="alert" data-testid="ts-error" data-code={selected.found.result.error.code} className="text-sm text-red-800 dark:text-red-200">
                “{selected.found.text}”: {selected.found.result.error.message}
              </p>
            )}
          </Panel>
          {selected?.found.result.ok && (
            <Panel labelledBy={`${id}-zones`} title="Side by side">
              <ZonesTable instant={selected.found.result.value.instant} zones={state.zones} onChoose={chooseZone} onRemove={removeZone} />
              <div className="mt-3">
                <ZonePicker label="Add a zone" onPick={addZone} clearOnPick testId="ts-zone-add" year={year} />
              </div>
            </Panel>
          )}
        </div>
      </div>
      <Panel labelledBy={`${id}-reverse`} title="Date and time to epoch">
        <WallClockForm initialZone={zone} year={year} />
      </Panel>
      <aside className="rounded-lg border border-slate-200 px-4 py-3 text-sm text-slate-700 dark:border-slate-800 dark:text-slate-300" data-testid="ts-leap-seconds">
        <h2 className="font-semibold">Leap seconds</h2>
        <p className="mt-1">{LEAP_SECONDS_NOTE.text}</p>
        <LeapSecondSources />
      </aside>
    </div>
  );
}
