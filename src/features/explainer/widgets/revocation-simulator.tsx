import { useId, useState, type ReactNode } from 'react';
import type { EndReason, ExposureWindow, RevocationInputs } from '../../../lib/explainer/revocation-types';
import { BBA_EXAMPLE, simulateRevocation } from '../../../lib/explainer/revocation-window';
import { durationText } from './duration';
import { RevocationTimeline } from './revocation-timeline';

const END_REASON: Record<EndReason, string> = {
  expiry: 'when it expires',
  'deny-list': 'when the deny-list entry reaches the API',
  'introspection-cache': 'when the API’s cached introspection answer runs out',
  revocation: 'because logout revoked it',
  'reuse-detection': 'when the user’s next refresh presents the spent token and the server revokes the family',
  'family-expiry': 'when the refresh-token family reaches its maximum lifetime',
  'session-deleted': 'because logout deleted the session',
  'session-cache': 'when the app servers’ cached session lookup runs out',
};

const FIELD = 'w-24 rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-sm dark:border-slate-600 dark:bg-slate-950';

function NumberField({ label, value, unit, onChange, testId, min = 0 }: { label: string; value: number; unit: string; onChange: (value: number) => void; testId: string; min?: number }) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="min-w-0 flex-1 text-sm">
        {label}
      </label>
      <input id={id} type="number" min={min} value={value} onChange={(e) => onChange(Number(e.target.value))} className={FIELD} data-testid={testId} />
      <span className="w-8 text-sm text-slate-600 dark:text-slate-400">{unit}</span>
    </div>
  );
}

function Toggle({ label, checked, onChange, testId, children }: { label: string; checked: boolean; onChange: (value: boolean) => void; testId: string; children?: ReactNode }) {
  return (
    <div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} className="size-4" />
        {label}
      </label>
      {checked && children && <div className="mt-1.5 pl-6">{children}</div>}
    </div>
  );
}

function Outcome({ title, window: w, testId }: { title: string; window: ExposureWindow | null; testId: string }) {
  return (
    <li className="text-sm">
      <span className="font-semibold">{title}:</span>{' '}
      {w === null ? (
        <span data-testid={testId} data-seconds={0}>
          useless from the start.
        </span>
      ) : (
        <>
          works for{' '}
          <strong data-testid={testId} data-seconds={w.afterLogoutSeconds} className={w.afterLogoutSeconds > 0 ? 'text-red-800 dark:text-red-300' : 'text-emerald-800 dark:text-emerald-300'}>
            {durationText(w.afterLogoutSeconds)}
          </strong>{' '}
          after logout, ending {END_REASON[w.endsBy]}.
        </>
      )}
    </li>
  );
}

const minutes = (seconds: number) => Math.round(seconds / 60);

/**
 * How long a thief's copy keeps working after the user logs out, for the settings chosen,
 * against a server-side session's cut-off. Starts from the browser-apps guidance's example.
 */
export function RevocationSimulator() {
  const [inputs, setInputs] = useState<RevocationInputs>(BBA_EXAMPLE);
  const set = (patch: Partial<RevocationInputs>) => setInputs({ ...inputs, ...patch });
  const result = simulateRevocation(inputs);
  const summary = result.ok
    ? `After logout a stolen access token works for ${durationText(result.value.accessToken.afterLogoutSeconds)}, a stolen refresh token for ${durationText(result.value.refreshToken.afterLogoutSeconds)}, a stolen session cookie for ${durationText(result.value.session.afterLogoutSeconds)}.`
    : result.error.message;
  return (
    <div className="rounded-xl border border-slate-200 bg-slate-50/60 p-4 print:hidden dark:border-slate-800 dark:bg-slate-900/60" data-testid="revocation-simulator">
      <h3 className="font-semibold">Simulator: how long does a stolen token work after logout?</h3>
      <div className="mt-3 grid gap-x-6 gap-y-2 md:grid-cols-2">
        <NumberField label="Access-token lifetime" value={minutes(inputs.accessTokenLifetimeSeconds)} unit="min" min={1} onChange={(v) => set({ accessTokenLifetimeSeconds: v * 60 })} testId="sim-access-lifetime" />
        <NumberField label="Refresh-token lifetime" value={minutes(inputs.refreshTokenLifetimeSeconds)} unit="min" min={1} onChange={(v) => set({ refreshTokenLifetimeSeconds: v * 60 })} testId="sim-refresh-lifetime" />
        <NumberField label="Logout, after sign-in" value={minutes(inputs.logoutAtSeconds)} unit="min" onChange={(v) => set({ logoutAtSeconds: v * 60 })} testId="sim-logout-at" />
        <NumberField label="Session lookup cache" value={inputs.sessionCacheSeconds} unit="s" onChange={(v) => set({ sessionCacheSeconds: v })} testId="sim-session-cache" />
        <Toggle label="Rotate refresh tokens (reuse revokes the family)" checked={inputs.rotation} onChange={(rotation) => set({ rotation })} testId="sim-rotation" />
        <Toggle label="Logout revokes the tokens at the authorization server" checked={inputs.revokeOnLogout} onChange={(revokeOnLogout) => set({ revokeOnLogout })} testId="sim-revoke" />
        <Toggle label="APIs check a deny list of (iss, jti)" checked={inputs.denyList} onChange={(denyList) => set({ denyList })} testId="sim-deny-list">
          <NumberField label="Until an entry reaches every API" value={inputs.denyListDelaySeconds} unit="s" onChange={(v) => set({ denyListDelaySeconds: v })} testId="sim-deny-delay" />
        </Toggle>
        <Toggle
          label="APIs introspect tokens instead of checking them alone"
          checked={inputs.introspectionCacheSeconds !== null}
          onChange={(on) => set({ introspectionCacheSeconds: on ? 60 : null })}
          testId="sim-introspection"
        >
          <NumberField label="Answers cached for" value={inputs.introspectionCacheSeconds ?? 0} unit="s" onChange={(v) => set({ introspectionCacheSeconds: v })} testId="sim-introspection-cache" />
        </Toggle>
        <Toggle label="Stolen the moment the last access token was issued (the worst case)" checked={inputs.stolenAt === 'at-issue'} onChange={(on) => set({ stolenAt: on ? 'at-issue' : 0 })} testId="sim-stolen-at-issue" />
        {inputs.stolenAt !== 'at-issue' && (
          <NumberField label="Stolen, after sign-in" value={minutes(inputs.stolenAt)} unit="min" onChange={(v) => set({ stolenAt: v * 60 })} testId="sim-stolen-at" />
        )}
      </div>
      <div aria-live="polite" className="mt-4">
        {result.ok ? (
          <>
            <ul className="space-y-1">
              <Outcome title="A stolen access token" window={result.value.accessToken} testId="sim-access-after-logout" />
              <Outcome title="A stolen refresh token" window={result.value.refreshToken} testId="sim-refresh-after-logout" />
              <Outcome title="Access tokens minted with it" window={result.value.mintedAccess} testId="sim-minted-after-logout" />
              <Outcome title="A stolen session cookie, for comparison" window={result.value.session} testId="sim-session-after-logout" />
            </ul>
            <div className="mt-3">
              <RevocationTimeline windows={result.value} summary={summary} />
              <p className="mt-1 flex flex-wrap gap-x-4 text-xs text-slate-700 dark:text-slate-300" aria-hidden="true">
                <span><span className="mr-1 inline-block size-2.5 rounded-sm bg-slate-400 dark:bg-slate-500" />the user signed in</span>
                <span><span className="mr-1 inline-block size-2.5 rounded-sm bg-amber-500 dark:bg-amber-400" />usable by the thief before logout</span>
                <span><span className="mr-1 inline-block size-2.5 rounded-sm bg-red-600 dark:bg-red-400" />still usable after logout</span>
                <span>Time runs left to right from sign-in to {durationText(result.value.end)} after it.</span>
              </p>
            </div>
          </>
        ) : (
          <p role="alert" data-testid="sim-error" data-code={result.error.code} className="text-sm text-red-800 dark:text-red-200">
            {result.error.message}
          </p>
        )}
      </div>
    </div>
  );
}
