import { useId, useState, type ReactNode } from 'react';
import type { JsonObject } from '../../lib/core/json';
import { keyNeeded } from '../../lib/jwe/key-needed';
import type { DecryptResult, DecryptStatus, SecretEncoding } from '../../lib/jwe/types';
import { Panel } from '../../ui/panel';
import { PlainTextarea } from '../../ui/plain-textarea';
import { SecretEncodingSelect } from '../../ui/secret-encoding-select';
import { StatusBox, type StatusTone } from '../../ui/status-box';
import { decryptHeadline } from './decrypt-headline';
import { SkippedDecryptKeys } from './skipped-decrypt-keys';
import { useDecryption } from './use-decryption';

const TONE: Record<DecryptStatus, StatusTone> = { decrypted: 'good', failed: 'bad', error: 'warn', idle: 'idle' };

export interface DecryptPanelProps {
  /** A compact JWE, or the text of one in the JSON serialization. */
  jwe: string;
  /** The header that names the algorithms, to say which key is needed. */
  header: JsonObject;
  /** What the decoder shows of a verdict: the findings, and once decrypted, the content. */
  renderResult: (result: DecryptResult) => ReactNode;
}

/**
 * Opens a JWE with the key its recipient holds. The key stays in this field: it is never
 * stored, and the page sends nothing anywhere.
 */
export function DecryptPanel({ jwe, header, renderResult }: DecryptPanelProps) {
  const id = useId();
  const [keyText, setKeyText] = useState('');
  const [encoding, setEncoding] = useState<SecretEncoding>('utf8');
  const { result, checking, stale } = useDecryption(jwe, keyText, encoding);
  const needed = keyNeeded(header);
  const symmetric = needed.kind === 'symmetric' || needed.kind === 'password' || needed.kind === 'unknown';
  const shown = result ?? { status: 'idle' as const, code: 'no-key' as const, message: `Paste ${needed.text} to read the content.`, skipped: [], findings: [] };
  return (
    <>
      <Panel labelledBy={`${id}-decrypt`} title="Decrypt">
        <div className="space-y-3">
          <label htmlFor={`${id}-key`} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
            Key: {needed.text}
          </label>
          <PlainTextarea
            id={`${id}-key`}
            testId="decrypt-key-input"
            value={keyText}
            onChange={setKeyText}
            rows={needed.kind === 'private' ? 5 : 2}
            placeholder={needed.kind === 'private' ? '-----BEGIN PRIVATE KEY-----  or  {"kty": …, "d": …}' : needed.kind === 'password' ? 'password' : 'shared key'}
            aria-describedby={`${id}-status`}
          />
          {symmetric && <SecretEncodingSelect id={`${id}-encoding`} testId="decrypt-key-encoding" value={encoding} onChange={setEncoding} />}
          <div id={`${id}-status`}>
            <StatusBox testId="decrypt-status" tone={TONE[shown.status]} status={shown.status} code={shown.code} checking={checking} stale={stale} headline={decryptHeadline(shown)}>
              <p className="mt-1 [overflow-wrap:anywhere]">{shown.message}</p>
              {shown.keyDescription && <p className="mt-1 text-xs">Key: {shown.keyDescription}</p>}
            </StatusBox>
          </div>
          {shown.skipped.length > 0 && <SkippedDecryptKeys skipped={shown.skipped} />}
          <p className="text-xs text-slate-600 dark:text-slate-400">The key and the decrypted content stay in this page: nothing is stored or sent.</p>
        </div>
      </Panel>
      {result && !stale && renderResult(result)}
    </>
  );
}
