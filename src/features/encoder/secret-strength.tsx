import type { SecretStrength } from '../../lib/encode';
import { SourceLink } from '../../ui/source-link';
import { CAUTION_BOX_CLASS } from './styles';

const LEVEL_TEXT = { weak: 'Weak', fair: 'Fair', strong: 'Strong' } as const;
const LEVEL_CLASS = {
  weak: 'bg-red-700 text-white dark:bg-red-400 dark:text-red-950',
  fair: 'bg-amber-300 text-amber-950 dark:bg-amber-300 dark:text-amber-950',
  strong: 'bg-emerald-700 text-white dark:bg-emerald-400 dark:text-emerald-950',
} as const;

const RULE_URLS: Readonly<Record<string, string>> = {
  'RFC 7518 §3.2': 'https://www.rfc-editor.org/rfc/rfc7518#section-3.2',
  'RFC 8725 §3.5': 'https://www.rfc-editor.org/rfc/rfc8725#section-3.5',
};

/** The secret's estimated strength against what the algorithm asks for, and the verifier's weak-secret findings. */
export function SecretStrengthView({ strength, alg }: { strength: SecretStrength; alg: string }) {
  return (
    <div className="space-y-2">
      <p data-testid="encoder-secret-strength" data-level={strength.level} className="flex flex-wrap items-center gap-2 text-sm">
        <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${LEVEL_CLASS[strength.level]}`}>{LEVEL_TEXT[strength.level]}</span>
        <span>
          About {strength.bits} bits of {strength.minimumBits} that {alg} asks for ({strength.bytes} {strength.bytes === 1 ? 'byte' : 'bytes'}).
        </span>
      </p>
      {strength.reasons.length > 0 && (
        <div role="status" data-testid="warning-weak-secret" className={CAUTION_BOX_CLASS}>
          <strong>Weak secret.</strong>
          <ul className="mt-1 list-disc space-y-1 pl-5 [overflow-wrap:anywhere]">
            {strength.reasons.map((reason) => (
              <li key={reason.code}>
                {reason.message} <SourceLink href={RULE_URLS[reason.rule] ?? 'https://www.rfc-editor.org/rfc/rfc8725'}>{reason.rule}</SourceLink>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
