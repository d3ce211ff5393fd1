import type { Finding } from '../../lib/jwt/finding-types';
import { SeverityBadge } from '../../ui/severity-badge';
import { SourceLink } from '../../ui/source-link';
import { VisibleText } from '../../ui/visible-text';

/** A finding as the list shows it: the decoder's, or one found while decrypting. */
export type ListedFinding = Omit<Finding, 'code'> & { code: string };

interface Props {
  findings: readonly ListedFinding[];
  /** Some parts could not be decoded, so they were not checked. */
  partial: boolean;
}

export function FindingsList({ findings, partial, noneText = 'No problems found without a key. Verify the signature to trust the contents.' }: Props & { noneText?: string }) {
  const scope = partial ? <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">Only the parts that could be decoded were checked.</p> : null;
  if (findings.length === 0) {
    return (
      <>
        {scope}
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {partial ? 'No problems found in them.' : noneText}
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
              <SeverityBadge severity={finding.severity} />
              <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{finding.code}</span>
              <span className="ml-auto flex flex-wrap gap-2">
                <SourceLink href={finding.ruleUrl}>{finding.rule}</SourceLink>
                {finding.alsoRules?.map((also) => (
                  <SourceLink key={also.rule} href={also.ruleUrl}>
                    {also.rule}
                  </SourceLink>
                ))}
              </span>
            </div>
            <p className="mt-1 [overflow-wrap:anywhere]">
              <VisibleText text={finding.message} />
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
