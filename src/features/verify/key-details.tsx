import { toRfc3339Utc } from '../../lib/jwt/time-claims';
import type { CertificateInfo, VerifyResult } from '../../lib/verify';
import { CopyButton } from '../../ui/copy-button';
import { SourceLink } from '../../ui/source-link';
import { VisibleText } from '../../ui/visible-text';
import { SkippedKeys } from './skipped-keys';

const TERM = 'text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400';
const VALUE = 'font-mono text-xs [overflow-wrap:anywhere]';

function CertificateDetails({ certificate, chainLength, now }: { certificate: CertificateInfo; chainLength?: number | undefined; now: Date }) {
  const expired = now.getTime() > certificate.notAfter.getTime();
  const early = now.getTime() < certificate.notBefore.getTime();
  return (
    <div data-testid="certificate-info" className="space-y-1 text-sm">
      <p className="font-semibold">Certificate{chainLength !== undefined && chainLength > 1 ? ` (first of ${chainLength}; its key is used)` : ''}</p>
      <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1">
        <dt className={TERM}>Subject</dt>
        <dd className={VALUE}>{certificate.subject}</dd>
        <dt className={TERM}>Issuer</dt>
        <dd className={VALUE}>{certificate.issuer}</dd>
        <dt className={TERM}>Valid</dt>
        <dd className={VALUE}>
          {toRfc3339Utc(certificate.notBefore)} to {toRfc3339Utc(certificate.notAfter)}
          {(expired || early) && <span className="ml-1 font-sans font-semibold text-amber-900 dark:text-amber-200">{expired ? '(expired)' : '(not valid yet)'}</span>}
        </dd>
      </dl>
      <p className="text-xs text-slate-600 dark:text-slate-400">Only the key is used; the certificate’s chain and dates are shown, not checked.</p>
    </div>
  );
}

interface Props {
  result: VerifyResult;
  certificate?: CertificateInfo | undefined;
  chainLength?: number | undefined;
  now: Date;
}

/**
 * Which key was used (kid, RFC 7638 thumbprint), its certificate, and for a JWK Set the keys
 * skipped and why. `now` only dates the certificate; the list of skipped keys ignores it.
 */
export function KeyDetails({ result, certificate, chainLength, now }: Props) {
  const key = result.key;
  const shownCertificate = result.certificate ?? certificate;
  return (
    <div className="space-y-3">
      {key?.source === 'jwks' && (
        <p data-testid="jwks-key-used" className="text-sm">
          {result.status === 'verified' ? 'Used' : 'Tried'} key {key.index} of the JWK Set{key.kid !== undefined ? <> — kid <code className={VALUE}><VisibleText text={key.kid} /></code></> : ' (no kid)'}.
        </p>
      )}
      {key?.thumbprint !== undefined && (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className={TERM}>Thumbprint</span>
          <code data-testid="key-thumbprint" className={VALUE}>
            {key.thumbprint}
          </code>
          <CopyButton text={key.thumbprint} label="Copy the key thumbprint" />
          <SourceLink href="https://www.rfc-editor.org/rfc/rfc7638">RFC 7638</SourceLink>
        </div>
      )}
      {key?.kid !== undefined && key.source !== 'jwks' && (
        <p className="text-sm">
          <span className={TERM}>kid</span> <code className={VALUE}><VisibleText text={key.kid} /></code>
        </p>
      )}
      {shownCertificate && <CertificateDetails certificate={shownCertificate} chainLength={chainLength} now={now} />}
      {result.skipped.length > 0 && <SkippedKeys skipped={result.skipped} />}
    </div>
  );
}
