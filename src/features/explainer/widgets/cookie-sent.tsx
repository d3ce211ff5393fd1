import { useId, useMemo, useState } from 'react';
import { parseSetCookie, willBeSent, type SendVerdict } from '../../../lib/cookies';

const FIELD = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-950';

function TextField({ label, value, onChange, testId }: { label: string; value: string; onChange: (value: string) => void; testId: string }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} className={FIELD} data-testid={testId} spellCheck={false} autoComplete="off" />
    </div>
  );
}

function Verdict({ verdict, testId }: { verdict: SendVerdict; testId: string }) {
  return (
    <div data-testid={testId} data-sent={verdict.sent} data-decided-by={verdict.decidedBy}>
      <p className={`font-semibold ${verdict.sent ? 'text-emerald-800 dark:text-emerald-300' : 'text-red-800 dark:text-red-300'}`}>
        {verdict.sent ? 'Sent' : 'Not sent'} — decided by the {verdict.decidedBy} rule
      </p>
      <ol className="mt-1 space-y-0.5 text-sm">
        {verdict.checks.map((check) => (
          <li key={check.check} data-testid={`cookie-check-${check.check}`} data-passed={check.passed}>
            <span aria-hidden="true">{check.passed ? '✓' : '✗'}</span> <span className="sr-only">{check.passed ? 'passed:' : 'failed:'}</span> {check.message}{' '}
            <a href={check.ruleUrl} target="_blank" rel="noreferrer noopener" className="text-xs text-indigo-700 underline dark:text-indigo-300">
              {check.rule}
            </a>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Would the browser send this cookie with this request? Every rule, in the order a browser applies them. */
export function CookieSent() {
  const name = useId();
  const [cookie, setCookie] = useState('__Host-session=abc123; Path=/; Secure; HttpOnly; SameSite=Lax');
  const [setBy, setSetBy] = useState('https://app.example.com/login');
  const [page, setPage] = useState('https://blog.example.net/post');
  const [request, setRequest] = useState('https://app.example.com/orders');
  const [method, setMethod] = useState('POST');
  const [navigation, setNavigation] = useState(true);
  const parsed = useMemo(() => parseSetCookie(cookie), [cookie]);
  // Judged once per edit: "now" only matters to an expiry date, not from one second to the next.
  const result = useMemo(
    () => (parsed.ok ? willBeSent(parsed.value, { setBy, page, request, method, topLevelNavigation: navigation, now: new Date() }) : null),
    [parsed, setBy, page, request, method, navigation],
  );
  return (
    <div className="space-y-3 rounded-xl border border-slate-200 bg-slate-50/60 p-4 print:hidden dark:border-slate-800 dark:bg-slate-900/60" data-testid="cookie-sent">
      <h3 className="font-semibold">Will this cookie be sent?</h3>
      <div className="grid gap-3 md:grid-cols-2">
        <TextField label="The cookie (Set-Cookie value)" value={cookie} onChange={setCookie} testId="cookie-sent-cookie" />
        <TextField label="Set by a response from" value={setBy} onChange={setSetBy} testId="cookie-sent-set-by" />
        <TextField label="The page making the request" value={page} onChange={setPage} testId="cookie-sent-page" />
        <TextField label="The request URL" value={request} onChange={setRequest} testId="cookie-sent-request" />
        <div>
          <label htmlFor={`${name}-method`} className="text-sm font-medium">
            Method
          </label>
          <select id={`${name}-method`} value={method} onChange={(e) => setMethod(e.target.value)} className={FIELD} data-testid="cookie-sent-method">
            {['GET', 'HEAD', 'POST', 'PUT', 'DELETE'].map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 self-end text-sm">
          <input type="checkbox" checked={navigation} onChange={(e) => setNavigation(e.target.checked)} className="size-4" data-testid="cookie-sent-navigation" />
          A top-level navigation (a link or a form), not fetch, an image or an iframe
        </label>
      </div>
      <div aria-live="polite">
        {!parsed.ok ? (
          <p role="alert" className="text-sm text-red-800 dark:text-red-200" data-testid="cookie-sent-error">
            {parsed.error.message}
          </p>
        ) : result && !result.ok ? (
          <p role="alert" className="text-sm text-red-800 dark:text-red-200" data-testid="cookie-sent-error">
            {result.error.message}
          </p>
        ) : result?.ok ? (
          <div className="space-y-3">
            <Verdict verdict={result.value} testId="cookie-sent-verdict" />
            {result.value.withoutLaxByDefault && (
              <div className="border-t border-slate-200 pt-2 dark:border-slate-800">
                <p className="text-sm">The cookie has no SameSite: above as Chromium reads it (Lax by default); in Firefox and Safari, which have no such default:</p>
                <Verdict verdict={result.value.withoutLaxByDefault} testId="cookie-sent-verdict-no-default" />
              </div>
            )}
          </div>
        ) : null}
      </div>
    </div>
  );
}
