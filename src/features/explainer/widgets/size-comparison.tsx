import { useContext, useId, useState } from 'react';
import { compareRequestSizes, http2MegabytesPerMillion, TYPICAL_ACCESS_TOKEN, type CredentialHeaderSize } from '../../../lib/explainer/request-size';
import { DecoderTokenContext } from '../decoder-token';

// A browser keeps one HTTP/2 connection to a site for many requests; 100 is a modest figure.
const REQUESTS_PER_CONNECTION = 100;

const number = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function Row({ title, size, testId }: { title: string; size: CredentialHeaderSize; testId: string }) {
  return (
    <tr className="border-t border-slate-200 dark:border-slate-800">
      <th scope="row" className="py-1.5 pr-3 text-left font-medium">
        {title}
      </th>
      <td className="py-1.5 pr-3 text-right font-mono tabular-nums" data-testid={`${testId}-bytes`}>
        {number(size.bytesPerRequest)}
      </td>
      <td className="py-1.5 pr-3 text-right font-mono tabular-nums">{number(size.megabytesPerMillionRequests)}</td>
      <td className="py-1.5 text-right font-mono tabular-nums">{number(http2MegabytesPerMillion(size.hpack, REQUESTS_PER_CONNECTION), 1)}</td>
    </tr>
  );
}

/** What a session cookie and a JWT cost on every request, from the decoder's token when there is one. */
export function SizeComparison() {
  const id = useId();
  const fromDecoder = useContext(DecoderTokenContext);
  const [token, setToken] = useState(fromDecoder ?? TYPICAL_ACCESS_TOKEN);
  const result = compareRequestSizes(token);
  return (
    <div className="space-y-3 rounded-xl border border-slate-200 bg-slate-50/60 p-4 print:hidden dark:border-slate-800 dark:bg-slate-900/60" data-testid="size-comparison">
      <h3 className="font-semibold">What each costs per request</h3>
      <div>
        <label htmlFor={id} className="text-sm font-medium">
          The JWT {fromDecoder && token === fromDecoder ? '(the token open in the decoder)' : token === TYPICAL_ACCESS_TOKEN ? '(a typical access token)' : ''}
        </label>
        <textarea
          id={id}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          rows={3}
          spellCheck={false}
          data-testid="size-token-input"
          className="mt-1 block w-full break-all rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-xs dark:border-slate-700 dark:bg-slate-950"
        />
      </div>
      {result.ok ? (
        <>
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <thead className="text-xs text-slate-600 dark:text-slate-400">
                <tr>
                  <th scope="col" className="pr-3 text-left font-medium">
                    Header line
                  </th>
                  <th scope="col" className="pr-3 text-right font-medium">
                    Bytes a request (HTTP/1.1)
                  </th>
                  <th scope="col" className="pr-3 text-right font-medium">
                    MB a million requests
                  </th>
                  <th scope="col" className="text-right font-medium">
                    MB a million, HTTP/2
                  </th>
                </tr>
              </thead>
              <tbody>
                <Row title="Cookie: __Host-session=…" size={result.value.session} testId="size-cookie" />
                <Row title="Authorization: Bearer …" size={result.value.jwt} testId="size-jwt" />
              </tbody>
            </table>
          </div>
          <p className="text-sm" aria-live="polite">
            The token costs <strong data-testid="size-extra-bytes">{number(result.value.extraBytesPerRequest)}</strong> bytes more on every request over HTTP/1.1,{' '}
            {number(result.value.ratio, 1)} times the cookie: {number(result.value.extraBytesPerRequest)} MB more for a million requests. HTTP/2 figures assume{' '}
            {REQUESTS_PER_CONNECTION} requests a connection and a browser that indexes the header.
          </p>
          <ul className="list-disc space-y-0.5 pl-5 text-xs text-slate-700 dark:text-slate-300">
            {result.value.notes.map((note) => (
              <li key={note.code} data-testid={`size-note-${note.code}`}>
                {note.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p role="alert" data-testid="size-error" data-code={result.error.code} className="text-sm text-red-800 dark:text-red-200">
          {result.error.message}
        </p>
      )}
    </div>
  );
}
