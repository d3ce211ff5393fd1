import { Suspense, useMemo } from 'react';
import { readJweJson } from '../../lib/jwe/jwe-json-summary';
import type { JweJsonSummary as JweJson } from '../../lib/jwe/types';
import type { JsonObject } from '../../lib/core/json';
import { ErrorBoundary } from '../../ui/error-boundary';
import { Panel } from '../../ui/panel';
import { DecryptedView } from './decrypted-view';
import { DecryptPanel } from './lazy-decrypt';
import type { DecoderParts } from './decoder-parts';


const ID = 'jwe-json';

interface Props {
  /** The pasted text, a JWE in the JSON serialization or an attempt at one. */
  text: string;
  now: Date;
  parts: DecoderParts;
}

function size(bytes: number): string {
  return bytes === 0 ? 'empty' : `${bytes.toLocaleString('en-US')} bytes`;
}

/** The header the first recipient's key is chosen by: RFC 7516 §7.2.1 joins the three. */
function joinedHeader(jwe: JweJson): JsonObject {
  return { ...jwe.protectedHeader, ...jwe.unprotected, ...jwe.recipients[0]?.header };
}

function HeaderJson({ title, value, testId, parts }: { title: string; value: JsonObject; testId: string; parts: DecoderParts }) {
  const { JsonView } = parts;
  return (
    <div>
      <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">{title}</h3>
      <JsonView text={JSON.stringify(value, null, 2)} testId={testId} label={title} />
    </div>
  );
}

/** A JWE in the JSON serialization (RFC 7516 §7.2): its headers, each recipient, the parts' sizes, and the field that opens it. */
export default function JweJsonView({ text, now, parts }: Props) {
  const { DecodeErrors } = parts;
  const result = useMemo(() => readJweJson(text), [text]);
  if (!result.ok) {
    return (
      <div className="space-y-2">
        <DecodeErrors errors={[{ code: 'invalid-json', message: result.error.message }]} />
        <p className="text-sm text-slate-700 dark:text-slate-300">It looks like a JWE in the JSON serialization; the text stays in the editor as you pasted it.</p>
      </div>
    );
  }
  const jwe = result.value;
  const count = jwe.recipients.length;
  return (
    <div className="space-y-4" data-depth={0}>
      <div className="flex flex-wrap items-center gap-2">
        <span data-testid="token-type" className={parts.typeClass}>{`JWE (JSON, ${jwe.form})`}</span>
        <span className="text-sm text-slate-700 dark:text-slate-300">
          JSON Web Encryption in the JSON serialization: one content, {count === 1 ? 'one recipient' : `${count} recipients`}
        </span>
      </div>
      <Panel labelledBy={`${ID}-headers`} title="Headers" titleClassName="seg-header">
        <div className="space-y-3">
          {jwe.protectedHeader && <HeaderJson title="Protected header" value={jwe.protectedHeader} testId="header-json" parts={parts} />}
          {jwe.unprotected && <HeaderJson title="Shared unprotected header" value={jwe.unprotected} testId="jwe-unprotected-json" parts={parts} />}
          {!jwe.protectedHeader && <p className="text-sm text-slate-700 dark:text-slate-300">No protected header: nothing in the headers is covered by the authentication tag.</p>}
        </div>
      </Panel>
      <Panel labelledBy={`${ID}-recipients`} title={count === 1 ? 'Recipient' : `Recipients (${count})`}>
        <ol className="space-y-2 text-sm">
          {jwe.recipients.map((recipient, index) => (
            <li key={index} data-testid={`jwe-recipient-${index}`} className="space-y-1">
              <p className="font-semibold">
                Recipient {index}: encrypted key {size(recipient.encryptedKeyBytes)}
              </p>
              {recipient.header && <HeaderJson title={`Recipient ${index}’s header`} value={recipient.header} testId={`jwe-recipient-${index}-header`} parts={parts} />}
            </li>
          ))}
        </ol>
      </Panel>
      <Panel labelledBy={`${ID}-parts`} title="Encrypted content">
        <ul className="space-y-1 text-sm" data-testid="jwe-json-parts">
          <li>Initialization vector: {size(jwe.ivBytes)}</li>
          <li>Ciphertext: {size(jwe.ciphertextBytes)}</li>
          <li>Authentication tag: {size(jwe.tagBytes)}</li>
          {jwe.aad && <li>Additional authenticated data (aad): {size(jwe.aad.bytes)}</li>}
        </ul>
      </Panel>
      <ErrorBoundary resetKey={text}>
        <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading the decryption…</p>}>
          <DecryptPanel jwe={text} header={joinedHeader(jwe)} renderResult={(verdict) => <DecryptedView result={verdict} now={now} depth={0} idPrefix={ID} parts={parts} />} />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}
