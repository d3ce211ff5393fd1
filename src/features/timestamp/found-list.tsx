import { formatInUnit, formatRfc3339Utc, type FoundTimestamp, type LineTimestamps } from '../../lib/time';

interface FoundItem {
  key: string;
  line: LineTimestamps;
  found: FoundTimestamp;
}

/** Every timestamp found, a line each, in input order. */
export function foundItems(lines: readonly LineTimestamps[]): FoundItem[] {
  return lines.flatMap((line) => line.found.map((found) => ({ key: `${line.lineNumber}:${found.start}`, line, found })));
}

interface Props {
  lines: readonly LineTimestamps[];
  omittedLines: number;
  selected: string | null;
  onSelect: (key: string) => void;
}

/** One row per timestamp when the input holds several; the chosen one is shown in full. */
export function FoundList({ lines, omittedLines, selected, onSelect }: Props) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="ts-lines">
        <caption className="sr-only">Timestamps found, one row each</caption>
        <thead className="text-xs text-slate-600 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-1 pr-2 font-medium">
              Line
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              Found
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              Read as
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              RFC 3339 (UTC)
            </th>
            <th scope="col" className="py-1 font-medium">
              <span className="sr-only">Details</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {lines.map((line) =>
            line.found.length === 0 ? (
              <tr key={line.lineNumber} data-testid="ts-line-row" data-status="none">
                <td className="py-1.5 pr-2 align-top tabular-nums">{line.lineNumber}</td>
                <td colSpan={4} className="py-1.5 text-slate-600 [overflow-wrap:anywhere] dark:text-slate-400">
                  No timestamp in “{line.text.length > 80 ? `${line.text.slice(0, 80)}…` : line.text}”
                </td>
              </tr>
            ) : (
              line.found.map((found) => {
                const key = `${line.lineNumber}:${found.start}`;
                const result = found.result;
                return (
                  <tr key={key} data-testid="ts-line-row" data-status={result.ok ? 'ok' : 'error'} aria-selected={selected === key} className="aria-selected:bg-indigo-50 dark:aria-selected:bg-indigo-950/60">
                    <td className="py-1.5 pr-2 align-top tabular-nums">{line.lineNumber}</td>
                    <td className="py-1.5 pr-2 align-top font-mono whitespace-nowrap" data-testid="ts-line-text">
                      {found.text}
                    </td>
                    <td className="py-1.5 pr-2 align-top">{result.ok ? result.value.label : <span className="text-red-800 dark:text-red-200">{result.error.message}</span>}</td>
                    <td className="py-1.5 pr-2 align-top font-mono whitespace-nowrap" data-testid="ts-line-iso">
                      {result.ok ? (formatRfc3339Utc(result.value.instant) ?? `${formatInUnit(result.value.instant, 'seconds')} s`) : ''}
                    </td>
                    <td className="py-1.5 align-top">
                      {result.ok && (
                        <button
                          type="button"
                          onClick={() => onSelect(key)}
                          aria-pressed={selected === key}
                          className="rounded-md border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50 aria-pressed:border-indigo-600 dark:border-slate-600 dark:hover:bg-slate-800"
                        >
                          {selected === key ? 'Shown' : 'Show'}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })
            ),
          )}
        </tbody>
      </table>
      {omittedLines > 0 && <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{omittedLines.toLocaleString('en-US')} more lines were not read.</p>}
    </div>
  );
}
