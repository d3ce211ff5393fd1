import { hrefTo } from '../../../runtime/view-href';
import { decoderView } from '../../decoder';
import { useId, useMemo, useState } from 'react';
import { lintCookie, parseSetCookieHeaders, type CookieFinding, type ParsedCookie } from '../../../lib/cookies';
import { decodeToken } from '../../../lib/jwt/decode';
import { SeverityBadge } from '../../../ui/severity-badge';
import { VisibleText } from '../../../ui/visible-text';

/** Examples to start from, one click each. */
const COOKIE_EXAMPLES: ReadonlyArray<{ label: string; text: string }> = [
  { label: 'A well-made session cookie', text: 'Set-Cookie: __Host-session=Um8bKp-VPj1gAy70-q4lh-VT2K3M4LZDaM-PYsx_hsA; Path=/; Secure; HttpOnly; SameSite=Lax' },
  {
    label: 'A JWT in a cookie, with problems',
    text: 'Set-Cookie: token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c; Domain=example.com; Max-Age=63072000; SameSite=None',
  },
  { label: 'A broken __Host- cookie', text: 'Set-Cookie: __Host-sid=abc123; Domain=app.example.com; Path=/app' },
];

function Finding({ finding }: { finding: CookieFinding }) {
  return (
    <li data-testid={`cookie-finding-${finding.code}`} data-severity={finding.severity} className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm dark:border-slate-800 dark:bg-slate-950">
      <div className="flex flex-wrap items-center gap-2">
        <SeverityBadge severity={finding.severity} />
        <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{finding.code}</span>
        <a href={finding.ruleUrl} target="_blank" rel="noreferrer noopener" className="ml-auto text-xs text-indigo-700 underline dark:text-indigo-300">
          {finding.rule}
        </a>
      </div>
      <p className="mt-1 [overflow-wrap:anywhere]">
        <VisibleText text={finding.message} />
      </p>
      {finding.code === 'contains-jwt' && <DecodedToken token={finding.token} />}
      {finding.code === 'contains-jwt' && (
        <a href={hrefTo(decoderView, `#token=${finding.token}`)} className="mt-1 inline-block text-sm text-indigo-700 underline dark:text-indigo-300" data-testid="cookie-open-jwt">
          Open this {finding.tokenType} ({finding.alg}) in the decoder
        </a>
      )}
    </li>
  );
}

/** The header and payload of a token found in a cookie, as anyone holding the cookie can read them. */
function DecodedToken({ token }: { token: string }) {
  const result = decodeToken(token);
  if (!result.ok) return null;
  const decoded = result.value;
  const payload = decoded.type === 'JWE' ? '(encrypted)' : decoded.payload.type === 'json' ? JSON.stringify(decoded.payload.value, null, 2) : null;
  return (
    <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap break-all rounded-md bg-slate-50 p-2 font-mono text-xs dark:bg-slate-900" data-testid="cookie-jwt-decoded" tabIndex={0} aria-label="The token, decoded">
      {JSON.stringify(decoded.header, null, 2)}
      {payload !== null && `\n${payload}`}
    </pre>
  );
}

function Attributes({ cookie }: { cookie: ParsedCookie }) {
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-sm">
      <dt className="font-medium">Name</dt>
      <dd className="font-mono [overflow-wrap:anywhere]"><VisibleText text={cookie.name || '(empty)'} />
      </dd>
      <dt className="font-medium">Value</dt>
      <dd className="font-mono [overflow-wrap:anywhere]"><VisibleText text={cookie.value.length > 120 ? `${cookie.value.slice(0, 120)}…` : cookie.value || '(empty)'} />
      </dd>
      {cookie.attributes.map((attribute, index) => (
        <div key={index} className="contents">
          <dt className="font-medium [overflow-wrap:anywhere]">
            <VisibleText text={attribute.name} />
          </dt>
          <dd className={`font-mono [overflow-wrap:anywhere] ${attribute.status === 'used' ? '' : 'text-slate-500 line-through dark:text-slate-400'}`}>
            <VisibleText text={attribute.hasValue ? attribute.value || '(empty)' : 'set'} />
            {attribute.status !== 'used' && <span className="ml-2 font-sans text-xs no-underline">({attribute.status})</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Set-Cookie lines read the way a browser reads them, with what to fix in each. */
export function CookieLinter() {
  const id = useId();
  const [text, onChange] = useState('');
  // Linted once per edit: only an Expires date needs "now", and a second either way changes nothing.
  const lines = useMemo(() => {
    const now = new Date();
    return parseSetCookieHeaders(text).map((line) => ({ ...line, findings: line.kind === 'cookie' && line.result.ok ? lintCookie(line.result.value, now) : [] }));
  }, [text]);
  return (
    <div className="space-y-3 rounded-xl border border-slate-200 bg-slate-50/60 p-4 print:hidden dark:border-slate-800 dark:bg-slate-900/60" data-testid="cookie-linter">
      <h3 className="font-semibold">Set-Cookie linter</h3>
      <div>
        <label htmlFor={id} className="text-sm font-medium">
          Set-Cookie lines, or a block of response headers
        </label>
        <textarea
          id={id}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          rows={4}
          spellCheck={false}
          placeholder="Set-Cookie: __Host-session=…; Path=/; Secure; HttpOnly; SameSite=Lax"
          data-testid="cookie-input"
          className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-xs dark:border-slate-700 dark:bg-slate-950"
        />
        <div className="mt-2 flex flex-wrap gap-2">
          {COOKIE_EXAMPLES.map((example) => (
            <button key={example.label} type="button" onClick={() => onChange(example.text)} className="rounded-md border border-slate-300 bg-white px-2 py-0.5 text-xs hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:hover:bg-slate-700">
              {example.label}
            </button>
          ))}
        </div>
      </div>
      <div className="space-y-4" aria-live="polite">
        {lines.map((line) =>
          line.kind === 'skipped' ? null : (
            <div key={line.line} className="space-y-2" data-testid="cookie-result">
              <p className="text-xs text-slate-600 dark:text-slate-400">Line {line.line}</p>
              {line.result.ok ? (
                <>
                  <Attributes cookie={line.result.value} />
                  {line.result.value.notes.length > 0 && (
                    <ul className="list-disc space-y-0.5 pl-5 text-xs text-slate-700 dark:text-slate-300">
                      {line.result.value.notes.map((note, index) => (
                        <li key={index} data-testid={`cookie-note-${note.code}`}>
                          <VisibleText text={note.message} />
                        </li>
                      ))}
                    </ul>
                  )}
                  <ul className="space-y-2">
                    {line.findings.map((finding) => (
                      <Finding key={finding.code} finding={finding} />
                    ))}
                  </ul>
                </>
              ) : (
                <p role="alert" data-testid="cookie-error" data-code={line.result.error.code} className="text-sm text-red-800 dark:text-red-200">
                  <VisibleText text={line.result.error.message} />
                </p>
              )}
            </div>
          ),
        )}
      </div>
    </div>
  );
}
