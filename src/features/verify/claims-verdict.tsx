import type { ClaimsResult } from '../../lib/verify';
import { VisibleText } from '../../ui/visible-text';

const RULE_URLS: Readonly<Record<string, string>> = {
  'RFC 7519 §4.1.1': 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.1',
  'RFC 7519 §4.1.3': 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3',
  'RFC 7519 §4.1.4': 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4',
  'RFC 7519 §4.1.5': 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5',
  'RFC 7519 §4.1.6': 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6',
};

interface Props {
  result: ClaimsResult;
  /** Whether "now" is the live clock or a time the user set. */
  clock: 'live' | 'override';
}

/** The time, issuer and audience checks, apart from the signature: each one with its reason and rule. */
export function ClaimsVerdict({ result, clock }: Props) {
  const failed = result.checks.filter((check) => !check.ok);
  const passed = result.checks.filter((check) => check.ok);
  const valid = result.status === 'valid';
  const when = clock === 'override' ? ' at the time set below' : '';
  return (
    <div
      data-testid="claims-status"
      data-status={result.status}
      className={`rounded-lg border-2 px-3 py-2 text-sm ${
        valid
          ? 'border-emerald-400 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-100'
          : 'border-red-400 bg-red-50 text-red-950 dark:border-red-700 dark:bg-red-950/60 dark:text-red-100'
      }`}
    >
      {/* Only the summary is announced: the relative times below change every second. */}
      <p className="font-semibold" role="status" aria-live="polite">
        {valid
          ? result.checks.length === 0
            ? `Claims: nothing to check${when} (no exp, nbf or iat, and no expectations set)`
            : `Claims valid${when}: ${passed.length} ${passed.length === 1 ? 'check' : 'checks'} passed`
          : `Claims invalid${when}: ${failed.length} of ${result.checks.length} ${result.checks.length === 1 ? 'check' : 'checks'} failed`}
      </p>
      <ul className="mt-1 space-y-1">
        {[...failed, ...passed].map((check, i) => (
          <li key={`${check.code}-${i}`} data-testid={`claim-check-${check.code}`} data-ok={check.ok} className="flex flex-wrap gap-x-2 [overflow-wrap:anywhere]">
            <span aria-hidden="true">{check.ok ? '✓' : '✗'}</span>
            <span className="sr-only">{check.ok ? 'Passed:' : 'Failed:'}</span>
            <span className="min-w-0 flex-1">
              <VisibleText text={check.message} />
            </span>
            <RuleLink rule={check.rule} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function RuleLink({ rule }: { rule: string }) {
  const url = RULE_URLS[rule];
  const classes = 'whitespace-nowrap text-xs underline';
  return url ? (
    <a href={url} target="_blank" rel="noreferrer noopener" className={classes}>
      {rule}
    </a>
  ) : (
    <span className="text-xs">{rule}</span>
  );
}
