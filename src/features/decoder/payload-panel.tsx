import { memo } from 'react';
import type { Payload } from '../../lib/jwt/types';
import { prettyJson } from '../../lib/core/cached-stringify';
import { CopyButton } from '../../ui/copy-button';
import { JsonView } from '../../ui/json-view';
import { Panel } from '../../ui/panel';

function hex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += (i > 0 ? (i % 16 === 0 ? '\n' : ' ') : '') + bytes[i]!.toString(16).padStart(2, '0');
  return out;
}

interface Props {
  payload: Payload;
  idPrefix: string;
  /** A JWS's payload, or a JWE's content once decrypted: the title and the hooks follow. */
  kind?: 'payload' | 'plaintext';
}

export const PayloadPanel = memo(function PayloadPanel({ payload, idPrefix, kind = 'payload' }: Props) {
  const copyText = payload.type === 'json' ? prettyJson(payload.value, payload.text) : payload.type === 'text' ? payload.text : payload.type === 'binary' ? hex(payload.bytes) : '';
  return (
    <Panel
      labelledBy={`${idPrefix}-${kind}`}
      title={kind === 'payload' ? 'Payload' : 'Decrypted content'}
      titleClassName="seg-payload"
      actions={copyText && <CopyButton text={copyText} label={`Copy the ${kind === 'payload' ? 'payload' : 'decrypted content'}${payload.type === 'json' ? ' JSON' : ''}`} />}
    >
      {payload.type === 'json' && <JsonView text={copyText} testId={`${kind}-json`} label={kind === 'payload' ? 'Payload JSON' : 'Decrypted JSON'} />}
      {payload.type === 'text' && (
        <>
          <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">Not a JSON object: shown as text.</p>
          <pre data-testid={`${kind}-text`} tabIndex={0} className="max-h-[32rem] overflow-auto whitespace-pre-wrap break-all font-mono text-sm">
            {payload.text}
          </pre>
        </>
      )}
      {payload.type === 'binary' && (
        <>
          <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">Not UTF-8 text: {payload.bytes.length} bytes shown as hex.</p>
          <pre data-testid={`${kind}-text`} tabIndex={0} className="max-h-[32rem] overflow-auto font-mono text-sm break-all whitespace-pre-wrap">
            {hex(payload.bytes)}
          </pre>
        </>
      )}
      {payload.type === 'empty' && (
        <p data-testid={`${kind}-text`} className="text-sm text-slate-700 dark:text-slate-300">
          Empty. A JWS with detached content carries its payload elsewhere (RFC 7515 Appendix F).
        </p>
      )}
      {payload.type === 'unreadable' && <p className="text-sm text-slate-700 dark:text-slate-300">The payload could not be decoded: see the problem above.</p>}
    </Panel>
  );
});
