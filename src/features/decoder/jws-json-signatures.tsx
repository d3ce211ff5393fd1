import { memo } from 'react';
import { prettyJson } from '../../lib/core/cached-stringify';
import type { JwsJsonSignature } from '../../lib/jwt/json-serialization-types';
import type { SignatureVerdict } from '../../lib/verify/verify-json';
import { CopyButton } from '../../ui/copy-button';
import type { JsonView } from '../../ui/json-view';
import { VisibleText } from '../../ui/visible-text';

type RowStatus = SignatureVerdict['status'];

const BADGE: Record<RowStatus, { text: string; className: string }> = {
  verified: { text: '✓ Verified', className: 'bg-emerald-700 text-white dark:bg-emerald-300 dark:text-emerald-950' },
  invalid: { text: '✗ Invalid', className: 'bg-red-700 text-white dark:bg-red-300 dark:text-red-950' },
  error: { text: '! Not verified', className: 'bg-orange-700 text-white dark:bg-orange-300 dark:text-orange-950' },
  idle: { text: 'Not checked', className: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100' },
};

const EDGE: Record<RowStatus, string> = {
  verified: 'border-l-emerald-600 dark:border-l-emerald-400',
  invalid: 'border-l-red-600 dark:border-l-red-400',
  error: 'border-l-orange-600 dark:border-l-orange-400',
  idle: 'border-l-slate-300 dark:border-l-slate-600',
};

type Json = typeof JsonView;

function HeaderBlock({ title, note, value, text, testId, json: JsonBlock }: { title: string; note: string; value: object | null; text: string; testId: string; json: Json }) {
  return (
    <div className="min-w-0">
      <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">{title}</h4>
      <p className="mb-1 text-xs text-slate-600 dark:text-slate-400">{note}</p>
      {value ? <JsonBlock text={prettyJson(value, text)} testId={testId} label={`${title} JSON`} /> : <p className="text-sm italic text-slate-600 dark:text-slate-400">None</p>}
    </div>
  );
}

function keyText(verdict: SignatureVerdict): string | null {
  const key = verdict.key;
  if (!key || !verdict.checked) return null;
  const where = key.source === 'jwks' ? `key ${key.index ?? '?'} of the JWK Set` : `the pasted ${key.description}`;
  return `${where}${key.kid !== undefined && key.source === 'jwks' ? ` (kid ${JSON.stringify(key.kid)})` : ''}${key.thumbprint ? ` · thumbprint ${key.thumbprint}` : ''}`;
}

/** The two headers and the value of one signature. */
function SignatureParts({ signature, json }: { signature: JwsJsonSignature; json: Json }) {
  const n = signature.index;
  return (
    <>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <HeaderBlock title="Protected header" note="Signed with the payload." value={signature.protectedHeader} text={signature.protectedText} testId={`signature-${n}-protected`} json={json} />
        <HeaderBlock title="Unprotected header" note="Not signed: anyone could have changed it." value={signature.header} text="" testId={`signature-${n}-header`} json={json} />
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">Value</h4>
        <span className="text-xs text-slate-600 dark:text-slate-400">{signature.signatureBytes === null ? 'not readable' : `${signature.signatureBytes} bytes`}</span>
        {signature.signature && <CopyButton text={signature.signature} label={`Copy signature ${n}`} />}
      </div>
      <p data-testid={`signature-${n}-value`} className="mt-1 font-mono text-xs break-all text-slate-800 dark:text-slate-200">
        {signature.signature || <span className="font-sans italic text-slate-600 dark:text-slate-400">(empty)</span>}
      </p>
    </>
  );
}

interface RowProps {
  signature: JwsJsonSignature;
  verdict: SignatureVerdict | null;
  checking: boolean;
  json: Json;
}

/** One signature: its verdict, what is wrong with it, its two headers and its value. */
const SignatureRow = memo(function SignatureRow({ signature, verdict, checking, json }: RowProps) {
  const status: RowStatus = verdict?.status ?? 'idle';
  const n = signature.index;
  const titleId = `jws-json-signature-${n}`;
  const used = verdict ? keyText(verdict) : null;
  // A refusal that only repeats a problem listed below is said once.
  const reason = verdict && verdict.status !== 'verified' && !signature.errors.some((e) => e.message === verdict.message) ? verdict.message : null;
  // An entry that is not an object has no headers or value to show.
  const readable = signature.errors[0]?.code !== 'entry-not-object';
  return (
    <section
      aria-labelledby={titleId}
      data-testid={`signature-${n}`}
      data-status={status}
      data-code={verdict?.code}
      data-checked={verdict ? String(verdict.checked) : undefined}
      aria-busy={checking}
      className={`min-w-0 rounded-lg border border-l-4 border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-950 ${EDGE[status]}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={titleId} className="text-sm font-semibold">
          Signature {n}
        </h3>
        <span className="font-mono text-xs text-slate-700 dark:text-slate-300">{signature.alg ?? 'no alg'}</span>
        {signature.kid !== undefined && (
          <span className="min-w-0 font-mono text-xs text-slate-700 [overflow-wrap:anywhere] dark:text-slate-300">
            kid <VisibleText text={JSON.stringify(signature.kid)} />
          </span>
        )}
        <span className={`ml-auto rounded-md px-2 py-0.5 text-xs font-semibold ${BADGE[status].className}`}>{BADGE[status].text}</span>
      </div>
      {reason && (
        <p className="mt-2 text-sm [overflow-wrap:anywhere]">
          <VisibleText text={reason} />
        </p>
      )}
      {used && <p className="mt-2 text-xs text-slate-700 [overflow-wrap:anywhere] dark:text-slate-300">Checked with {used}</p>}
      {signature.errors.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-red-900 dark:text-red-200">
          {signature.errors.map((error, i) => (
            <li key={i} data-code={error.code} className="[overflow-wrap:anywhere]">
              {error.message}
            </li>
          ))}
        </ul>
      )}
      {readable && <SignatureParts signature={signature} json={json} />}
    </section>
  );
});

interface Props {
  signatures: readonly JwsJsonSignature[];
  /** Each signature's verdict by position, or null before the verifier has one. */
  verdicts: readonly SignatureVerdict[] | null;
  checking?: boolean;
  /** The first view's JSON block, handed in (see lazy-jose-json.tsx). */
  json: Json;
}

export function JwsJsonSignatures({ signatures, verdicts, checking = false, json }: Props) {
  return (
    <div className="space-y-3">
      {signatures.map((signature) => (
        <SignatureRow key={signature.index} signature={signature} verdict={verdicts?.[signature.index] ?? null} checking={checking} json={json} />
      ))}
    </div>
  );
}
