import type { AnchorLink } from '../../lib/verify/x5c-chain-types';
import { VisibleText } from '../../ui/visible-text';
import { Fingerprint } from './chain-cert-row';
import { PlainTextarea } from '../../ui/plain-textarea';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** How the chain met the anchor read from `value`; null until that is known. */
  link: AnchorLink | null;
}

/** The root certificate(s) the user trusts, in PEM; what was typed stays as typed, whatever is wrong with it. */
export function TrustAnchorField({ value, onChange, link }: Props) {
  const error = link?.kind === 'invalid' ? link.error : null;
  const anchors = link && link.kind !== 'none' && link.kind !== 'invalid' ? link.anchors : [];
  return (
    <div className="space-y-1">
      <label htmlFor="trust-anchor" className="block text-sm font-semibold">
        Trust anchor: the root certificate you trust (PEM)
      </label>
      <PlainTextarea
        id="trust-anchor"
        testId="trust-anchor-input"
        value={value}
        onChange={onChange}
        placeholder="-----BEGIN CERTIFICATE-----"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'trust-anchor-error' : undefined}
      />
      {error && (
        <p id="trust-anchor-error" data-testid="trust-anchor-error" data-code={error.code} role="alert" className="text-sm text-red-900 [overflow-wrap:anywhere] dark:text-red-200">
          {error.message}
        </p>
      )}
      {anchors.length > 0 && (
        <ul data-testid="trust-anchor-info" className="space-y-0.5 text-xs text-slate-700 dark:text-slate-300">
          {anchors.map((anchor, i) => (
            <li key={`${anchor.sha256}-${i}`} className="[overflow-wrap:anywhere]">
              Anchor: <VisibleText text={anchor.subject} /> <span className="font-mono">
                SHA-256 <Fingerprint hex={anchor.sha256} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
