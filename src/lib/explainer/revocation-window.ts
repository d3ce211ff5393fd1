/**
 * How long stolen credentials keep working after the user logs out, in each model.
 *
 * The model, stated once:
 * - At sign-in (0) the app gets an access token and a refresh token. It refreshes exactly
 *   when its access token expires, at A, 2A, 3A … as long as it is signed in; logging out
 *   at the very moment of a refresh comes first.
 * - The refresh-token family lives at most R seconds from sign-in (BBA: a rotated token never
 *   outlives the first), so logout must come before R.
 * - The thief copies what the browser holds at the moment of theft and, holding a refresh
 *   token, uses it at once: with rotation that forks the family, and the user's next refresh
 *   presents a spent token, which revokes the family (RFC 9700 §4.14.2). Using it at once is
 *   the thief's best play, so every window here is the worst case for the user.
 * - Revoking the grant (at logout or on reuse) lists its unexpired access tokens on the
 *   deny list and makes introspection answer inactive. A token minted just before a
 *   refresh token dies lives a full A after that, unless revocation reaches it first.
 * - A session dies when logout deletes its record; app servers that cache lookups accept
 *   it for at most their cache time.
 */

import type {
  EndReason,
  ExposureWindow,
  RevocationError,
  RevocationInputs,
  RevocationResult,
  RevocationWindows,
  StolenAccessToken,
  TimelineLane,
  TimelineMarker,
  TimelineSegment,
} from './revocation-types';

/** BBA's worked example (10-minute access token, 8-hour refresh family, rotation), logout 65 minutes in. */
export const BBA_EXAMPLE: RevocationInputs = {
  accessTokenLifetimeSeconds: 600,
  refreshTokenLifetimeSeconds: 8 * 60 * 60,
  rotation: true,
  revokeOnLogout: true,
  denyList: false,
  denyListDelaySeconds: 0,
  introspectionCacheSeconds: null,
  sessionCacheSeconds: 0,
  logoutAtSeconds: 65 * 60,
  stolenAt: 'at-issue',
};

/** The lanes of the timeline, top to bottom, with their titles. */
export const TIMELINE_LANES: readonly { lane: TimelineLane; title: string }[] = [
  { lane: 'user', title: 'The user' },
  { lane: 'access-token', title: 'Stolen access token' },
  { lane: 'refresh-token', title: 'Stolen refresh token' },
  { lane: 'minted-access', title: 'Access tokens the thief mints with it' },
  { lane: 'session-cookie', title: 'Stolen session cookie' },
];

function invalid(field: keyof RevocationInputs, code: RevocationError['code'], message: string): RevocationResult {
  return { ok: false, error: { code, field, message } };
}

function check(inputs: RevocationInputs): RevocationResult | null {
  const durations: [keyof RevocationInputs, number | null, number][] = [
    ['accessTokenLifetimeSeconds', inputs.accessTokenLifetimeSeconds, 1],
    ['refreshTokenLifetimeSeconds', inputs.refreshTokenLifetimeSeconds, 1],
    ['denyListDelaySeconds', inputs.denyListDelaySeconds, 0],
    ['introspectionCacheSeconds', inputs.introspectionCacheSeconds, 0],
    ['sessionCacheSeconds', inputs.sessionCacheSeconds, 0],
    ['logoutAtSeconds', inputs.logoutAtSeconds, 0],
    ['stolenAt', inputs.stolenAt === 'at-issue' ? null : inputs.stolenAt, 0],
  ];
  for (const [field, value, least] of durations) {
    if (value !== null && !(Number.isSafeInteger(value) && value >= least)) {
      return invalid(field, 'invalid-duration', `${field} must be a whole number of seconds, at least ${least}`);
    }
  }
  if (inputs.logoutAtSeconds >= inputs.refreshTokenLifetimeSeconds) {
    return invalid('logoutAtSeconds', 'logout-after-refresh-expiry', 'logout must come before the refresh-token family expires: by then the user is signed out already');
  }
  if (inputs.stolenAt !== 'at-issue' && inputs.stolenAt > inputs.logoutAtSeconds) {
    return invalid('stolenAt', 'stolen-after-logout', 'the theft must come no later than logout: after it the browser holds nothing to steal');
  }
  return null;
}

/** How the API learns of a revocation: the quickest check it makes, or null when it makes none. */
function revocationCheck(inputs: RevocationInputs): { delay: number; by: EndReason } | null {
  const checks: { delay: number; by: EndReason }[] = [];
  if (inputs.denyList) checks.push({ delay: inputs.denyListDelaySeconds, by: 'deny-list' });
  if (inputs.introspectionCacheSeconds !== null) checks.push({ delay: inputs.introspectionCacheSeconds, by: 'introspection-cache' });
  return checks.reduce<{ delay: number; by: EndReason } | null>((best, c) => (best === null || c.delay < best.delay ? c : best), null);
}

function exposure(from: number, until: number, logoutAt: number, endsBy: EndReason): ExposureWindow {
  return { from, until, afterLogoutSeconds: Math.max(0, until - logoutAt), endsBy };
}

/**
 * An access token that would expire at `expiresAt`, against a revocation at `revokedAt`
 * (null: never revoked): it stops at whichever comes first, exp or the API hearing of it.
 */
function accessUntil(expiresAt: number, revokedAt: number | null, inputs: RevocationInputs): { until: number; by: EndReason } {
  const check = revokedAt === null ? null : revocationCheck(inputs);
  if (check === null || revokedAt === null || expiresAt <= revokedAt + check.delay) return { until: expiresAt, by: 'expiry' };
  return { until: revokedAt + check.delay, by: check.by };
}

/** Computes every window and the timeline that shows them. Pure: same inputs, same result. */
export function simulateRevocation(inputs: RevocationInputs): RevocationResult {
  const error = check(inputs);
  if (error) return error;
  const A = inputs.accessTokenLifetimeSeconds;
  const R = inputs.refreshTokenLifetimeSeconds;
  const L = inputs.logoutAtSeconds;
  const revokedAtLogout = inputs.revokeOnLogout ? L : null;

  // The user refreshes at kA for every kA < L; the last access token before logout is the one issued then.
  const lastRefresh = L === 0 ? 0 : Math.ceil(L / A) - 1;
  const issuedAt = (t: number) => A * Math.min(Math.floor(t / A), lastRefresh);
  const S = inputs.stolenAt === 'at-issue' ? issuedAt(L) : inputs.stolenAt;

  const stolenIssuedAt = issuedAt(S);
  const expiresAt = stolenIssuedAt + A;
  const access = accessUntil(expiresAt, revokedAtLogout, inputs);
  const accessToken: StolenAccessToken = { ...exposure(S, Math.max(S, access.until), L, access.by), issuedAt: stolenIssuedAt, expiresAt };

  // With rotation the user's next refresh, if before logout, presents the token the thief already spent.
  const nextUserRefresh = stolenIssuedAt + A;
  const reuseDetected = inputs.rotation && nextUserRefresh < L;
  const refreshEnd: { at: number; by: EndReason } = reuseDetected
    ? { at: nextUserRefresh, by: 'reuse-detection' }
    : inputs.revokeOnLogout
      ? { at: L, by: 'revocation' }
      : { at: R, by: 'family-expiry' };
  const refreshToken = exposure(S, refreshEnd.at, L, refreshEnd.by);

  let mintedAccess: ExposureWindow | null = null;
  if (refreshEnd.at > S) {
    const revokedAt = refreshEnd.by === 'family-expiry' ? null : refreshEnd.at;
    const minted = accessUntil(refreshEnd.at + A, revokedAt, inputs);
    mintedAccess = exposure(S, minted.until, L, minted.by);
  }

  const session = exposure(S, L + inputs.sessionCacheSeconds, L, inputs.sessionCacheSeconds > 0 ? 'session-cache' : 'session-deleted');

  const signedIn: TimelineSegment = { lane: 'user', start: 0, end: L, label: 'Signed in', kind: 'signed-in' };
  const segments = [
    signedIn,
    ...bars('access-token', accessToken, L, 'The stolen access token works'),
    ...bars('refresh-token', refreshToken, L, 'The stolen refresh token works'),
    ...(mintedAccess ? bars('minted-access', mintedAccess, L, 'Access tokens minted with it work') : []),
    ...bars('session-cookie', session, L, 'The stolen session cookie works'),
  ].filter((s) => s.end > s.start);

  const markers: TimelineMarker[] = [
    { at: 0, label: 'Sign-in', kind: 'sign-in' },
    { at: S, label: 'Theft', kind: 'theft' },
    { at: L, label: 'Logout', kind: 'logout' },
    { at: expiresAt, label: 'The stolen access token’s exp', kind: 'access-token-expiry' },
  ];
  if (reuseDetected) markers.push({ at: nextUserRefresh, label: 'Reuse detected: the family is revoked and the user signs in again', kind: 'reuse-detected' });
  markers.sort((a, b) => a.at - b.at);

  const end = Math.max(L, ...segments.map((s) => s.end), ...markers.map((m) => m.at));
  const value: RevocationWindows = { logoutAt: L, stolenAt: S, accessToken, refreshToken, mintedAccess, session, segments, markers, end };
  return { ok: true, value };
}

/** A window as its part before logout and its part after; empty parts are dropped by the caller. */
function bars(lane: TimelineLane, w: ExposureWindow, logoutAt: number, label: string): TimelineSegment[] {
  return [
    { lane, start: w.from, end: Math.min(w.until, logoutAt), label, kind: 'usable' },
    { lane, start: Math.max(w.from, logoutAt), end: w.until, label: `${label} after logout`, kind: 'usable-after-logout' },
  ];
}
