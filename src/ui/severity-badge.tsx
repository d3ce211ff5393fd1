import type { Severity } from '../lib/jwt/finding-types';

const SEVERITY_CLASS: Record<Severity, string> = {
  critical: 'bg-red-700 text-white',
  high: 'bg-orange-700 text-white',
  medium: 'bg-amber-200 text-amber-950 dark:bg-amber-300',
  low: 'bg-sky-100 text-sky-950 dark:bg-sky-200',
  info: 'bg-slate-200 text-slate-900',
};

/** A finding's severity, in the same colours wherever findings are listed (tokens, cookies). */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={`rounded px-1.5 py-0.5 text-xs font-bold uppercase ${SEVERITY_CLASS[severity]}`}>{severity}</span>;
}
