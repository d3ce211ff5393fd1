import { memo } from 'react';
import type { JsonValue } from '../../lib/core/json';
import { CopyButton } from '../../ui/copy-button';
import { Panel } from '../../ui/panel';
import { describeAlgorithm, expectedSignatureLength } from '../../lib/jwt/algorithms';

interface Props {
  /** The signature segment as it stands in the token. */
  text: string;
  byteLength: number;
  alg: JsonValue | undefined;
  idPrefix: string;
}

function lengthNote(alg: string, byteLength: number): string | null {
  const expected = expectedSignatureLength(alg);
  if (expected === undefined || byteLength === 0) return null;
  if (expected === 'modulus') return `${byteLength * 8}-bit RSA key (the signature is as long as the modulus).`;
  if (expected === byteLength) return null;
  // RFC 7518 §3.4: ECDSA signatures are R || S, not the DER sequence many libraries produce.
  if (alg.startsWith('ES') && byteLength >= expected + 6 && byteLength <= expected + 9) {
    return `${alg} needs ${expected} bytes (R ‖ S, RFC 7518 §3.4); ${byteLength} bytes looks like a DER-encoded signature, which verifiers reject.`;
  }
  return `${alg} signatures are ${expected} bytes long; this one is ${byteLength}.`;
}

export const SignaturePanel = memo(function SignaturePanel({ text: segment, byteLength, alg, idPrefix }: Props) {
  // A token wrapped over lines is decoded as it stands; its signature is shown whole.
  const text = segment.replace(/\s+/g, '');
  const algName = typeof alg === 'string' ? alg : null;
  const note = algName ? lengthNote(algName, byteLength) : null;
  return (
    <Panel labelledBy={`${idPrefix}-signature`} title="Signature" titleClassName="seg-signature" actions={text && <CopyButton text={text} label="Copy the signature" />}>
      <p data-testid="signature" className="font-mono text-sm break-all text-slate-800 dark:text-slate-200">
        {text || <span className="font-sans italic text-slate-600 dark:text-slate-400">(empty)</span>}
      </p>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        <span data-testid="signature-length">{byteLength} bytes</span>
        {algName && (
          <>
            {' · '}
            <span data-testid="signature-alg">{describeAlgorithm(algName)}</span>
          </>
        )}
      </p>
      {note && <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{note}</p>}
    </Panel>
  );
});
