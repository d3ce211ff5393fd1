import type { Finding, Severity } from '../../lib/jwt/findings';
import { SourceLink } from '../../ui/source-link';

const SEVERITY_CLASS: Record<Severity, string> = {
  critical: 'bg-red-700 text-white',
  high: 'bg-orange-700 text-white',
  medium: 'bg-amber-200 text-amber-950 dark:bg-amber-300',
  low: 'bg-sky-100 text-sky-950 dark:bg-sky-200',
  info: 'bg-slate-200 text-slate-900',
};

interface Props {
  findings: readonly Finding[];
  /** Some parts could not be decoded, so they were not checked. */
  partial: boolean;
}

export function FindingsList({ findings, partial }: Props) {
  const scope = partial ? <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">Only the parts that could be decoded were checked.</p> : null;
  if (findings.length === 0) {
    return (
      <>
        {scope}
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {partial ? 'No problems found in them.' : 'No problems found without a key. Verify the signature to trust the contents.'}
        </p>
      </>
    );
  }
  return (
    <>
      {scope}
      <ul className="space-y-2">
        {findings.map((finding) => (
          <li
            key={`${finding.code}:${finding.claim ?? ''}`}
            data-testid={`warning-${finding.code}`}
            data-severity={finding.severity}
            data-claim={finding.claim}
            className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm dark:border-slate-800 dark:bg-slate-950"
          >
            <div className="flex flex-wrap items-center gap-2">
              <span className={`rounded px-1.5 py-0.5 text-xs font-bold uppercase ${SEVERITY_CLASS[finding.severity]}`}>{finding.severity}</span>
              <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{finding.code}</span>
              <span className="ml-auto">
                <SourceLink href={finding.ruleUrl}>{finding.rule}</SourceLink>
              </span>
            </div>
            <p className="mt-1 [overflow-wrap:anywhere]">{finding.message}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
