import { toRfc3339Utc } from '../../lib/jwt/time-claims';
import type { ChainEntry, ChainProblem } from '../../lib/verify/x5c-chain-types';
import { CopyButton } from '../../ui/copy-button';
import { VisibleText } from '../../ui/visible-text';

const TERM = 'text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400';
const VALUE = 'min-w-0 font-mono text-xs [overflow-wrap:anywhere]';

/** A fingerprint that wraps between its byte pairs, never inside one. */
export function Fingerprint({ hex }: { hex: string }) {
  return hex.split(':').map((pair, i) => (
    <span key={i}>
      {i > 0 && ':'}
      {i > 0 && <wbr />}
      {pair}
    </span>
  ));
}

function role(entry: ChainEntry, last: boolean): string {
  if (entry.index === 0) return 'leaf: its key must have signed the token';
  if (entry.certificate?.selfIssued) return 'self-issued CA';
  return last ? 'CA, last in the chain' : 'intermediate CA';
}

interface Props {
  entry: ChainEntry;
  last: boolean;
  problems: ChainProblem[];
  /** This certificate is one of the pasted trust anchors. */
  isAnchor: boolean;
}

/** One certificate of the chain: what it says of itself, and what was found wrong with it. */
export function ChainCertRow({ entry, last, problems, isAnchor }: Props) {
  const { index, certificate } = entry;
  const broken = problems.length > 0;
  return (
    <li
      data-testid={`chain-cert-${index}`}
      data-status={broken ? 'broken' : 'ok'}
      className={`min-w-0 rounded-lg border px-3 py-2 text-sm ${broken ? 'border-red-300 dark:border-red-700' : 'border-slate-300 dark:border-slate-700'}`}
    >
      <p className="font-semibold">
        Certificate {index} <span className="font-normal text-slate-600 dark:text-slate-400">({role(entry, last)})</span>
        {isAnchor && <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-950 dark:bg-emerald-900 dark:text-emerald-100">your trust anchor</span>}
      </p>
      {certificate ? (
        <dl className="mt-1 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1">
          <dt className={TERM}>Subject</dt>
          <dd data-testid="chain-cert-subject" className={VALUE}>
            <VisibleText text={certificate.subject} />
          </dd>
          <dt className={TERM}>Issuer</dt>
          <dd data-testid="chain-cert-issuer" className={VALUE}>
            <VisibleText text={certificate.issuer} />
          </dd>
          <dt className={TERM}>Serial</dt>
          <dd data-testid="chain-cert-serial" className={VALUE}>
            {certificate.serialNumber}
          </dd>
          <dt className={TERM}>Valid</dt>
          <dd data-testid="chain-cert-validity" className={VALUE}>
            <span className="whitespace-nowrap">{toRfc3339Utc(certificate.notBefore)}</span> to <span className="whitespace-nowrap">{toRfc3339Utc(certificate.notAfter)}</span>
          </dd>
          <dt className={TERM}>Key</dt>
          <dd data-testid="chain-cert-key" className={VALUE}>
            {certificate.key}, signed with {certificate.signatureAlgorithm}
          </dd>
          <dt className={TERM}>SHA-256</dt>
          <dd className="flex min-w-0 flex-wrap items-start gap-2">
            <code data-testid="chain-cert-sha256" className={VALUE}>
              <Fingerprint hex={certificate.sha256} />
            </code>
            <CopyButton text={certificate.sha256} label={`Copy certificate ${index}'s SHA-256 fingerprint`} />
          </dd>
        </dl>
      ) : (
        <p className="mt-1">Not readable as a certificate.</p>
      )}
      {broken ? (
        <ul className="mt-2 space-y-1">
          {problems.map((problem, i) => (
            <ChainProblemItem key={`${problem.code}-${i}`} problem={problem} />
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-emerald-800 dark:text-emerald-300">
          <span aria-hidden="true">✓ </span>No problem found.
        </p>
      )}
    </li>
  );
}

export function ChainProblemItem({ problem }: { problem: ChainProblem }) {
  return (
    <li data-testid={`chain-problem-${problem.code}`} data-index={problem.index} className="flex gap-1.5 text-red-900 [overflow-wrap:anywhere] dark:text-red-200">
      <span aria-hidden="true">✗</span>
      <span className="sr-only">Problem:</span>
      <span className="min-w-0">
        <VisibleText text={problem.message} />
      </span>
    </li>
  );
}
